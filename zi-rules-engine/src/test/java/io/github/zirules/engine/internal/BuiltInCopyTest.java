package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.policy.BuiltInRuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder on disk that keeps a built-in id is the built-in if its hash is: a byte-for-byte copy is known to be one
 * by comparing its files (its hash is then the built-in's, not computed again), a copy with other line ends by the
 * hash, and an edited copy is refused.
 */
class BuiltInCopyTest {

    private static final String ID = "permenpan-rb-90-2021";
    private static final String HASH = "11e211f6a0593c235a150d6d7aea099bf9d7f6dbf09c3e2d71250723e6870b7b";

    @TempDir
    Path tmp;

    private Path copy(String name) throws IOException {
        Path dir = tmp.resolve(name);
        BuiltInRuleSets.copy(ID, dir);
        return dir;
    }

    @Test
    void aByteForByteCopyAndACopyWithCrLfLineEndsAreTheBuiltInWithItsHash() throws IOException {
        Path copy = copy("copy");
        assertEquals(HASH, RuleSetCatalog.compileFolder(copy, Map.of()).info().sha256());
        Path crlf = copy("crlf");
        Path weights = crlf.resolve("weights.drl");
        Files.writeString(weights, Files.readString(weights, StandardCharsets.UTF_8).replace("\n", "\r\n"),
                StandardCharsets.UTF_8);
        assertEquals(HASH, RuleSetCatalog.compileFolder(crlf, Map.of()).info().sha256());
        assertEquals(HASH, RuleSetCompiler.builtInHash(ID));
    }

    @Test
    void anEditedCopyKeepingTheBuiltInIdIsRefused() throws IOException {
        Path edited = copy("edited");
        Path weights = edited.resolve("weights.drl");
        Files.writeString(weights, Files.readString(weights, StandardCharsets.UTF_8) + "\n// edited\n",
                StandardCharsets.UTF_8);
        List<Problem> ps = assertThrows(InvalidRuleSetException.class,
                () -> RuleSetCatalog.compileFolder(edited, Map.of())).problems();
        assertEquals(List.of("RULESET_ID_BUILT_IN"), ps.stream().map(Problem::code).toList(), ps::toString);
        assertEquals(HASH, RuleSetCompiler.builtInHash(ID), "the built-in's hash is its own");
    }
}
