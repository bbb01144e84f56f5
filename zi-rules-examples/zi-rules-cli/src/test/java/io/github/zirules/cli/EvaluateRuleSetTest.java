package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.policy.BuiltInRuleSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateRuleSetTest {

    @Test
    void aBrokenRuleSetExitsThreeWithEveryProblemAtItsFileAndLine(@TempDir Path dir) throws Exception {
        Path rs = copyBuiltIn(dir.resolve("rusak"), "aturan-rusak");
        Path drl = rs.resolve("thresholds-wbk.drl");
        Files.writeString(drl, Files.readString(drl).replace("$k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"75\" );",
                "$k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"75\" ) oops;"));
        Cli.Run r = Cli.run("evaluate", "--lang", "en", "--rules", rs.toString(),
                Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.INVALID_RULE_SET, r.exit());
        r.assertNoStackTrace();
        List<String> lines = r.err().lines().toList();
        Pattern fileLine = Pattern.compile(Pattern.quote(drl.toString()) + ":\\d+: .+");
        assertTrue(lines.stream().anyMatch(l -> fileLine.matcher(l).matches()), r.err());
        assertTrue(r.err().endsWith("problem(s); the rule set is refused.\n"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aRuleSetFolderIsLoadedBesideTheBuiltInOnes(@TempDir Path dir) throws Exception {
        Path rs = copyBuiltIn(dir.resolve("salinan"), "salinan-90-2021");
        Cli.Run r = Cli.run("evaluate", "--format", "json", "--rules", rs.toString(), "--ruleset", "salinan-90-2021",
                Cli.example("random-1001-01").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"id\": \"salinan-90-2021\""), r.out());
        Cli.Run builtIn = Cli.run("evaluate", "--format", "json", "--rules", rs.toString(),
                Cli.example("random-1001-01").toString());
        assertTrue(builtIn.out().contains("\"id\": \"permenpan-rb-90-2021\""), "the file names its rule set");
    }

    /** Copies the built-in rule set into {@code dir} under another id (and no default years). */
    static Path copyBuiltIn(Path dir, String id) throws IOException {
        BuiltInRuleSets.copy("permenpan-rb-90-2021", dir);
        Path desc = dir.resolve("ruleset.properties");
        Files.writeString(desc, Files.readString(desc).replace("id = permenpan-rb-90-2021", "id = " + id)
                .replace("years = 2022-", "years = 2090-"));
        return dir;
    }
}
