package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.engine.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in rule set is loaded from the file compiled when the engine was built, and only when that file was made
 * from exactly the same rule files; it scores exactly as the DRL compiled at run time does.
 */
class PrecompiledRuleSetTest {

    private static final String ID = "permenpan-rb-90-2021";
    private static final Path DRL_FOLDER = Path.of("src/main/resources", RuleSetCatalog.BUILT_IN_ROOT, ID);
    private static final ClassLoader LOADER = PrecompiledRuleSetTest.class.getClassLoader();

    private static RuleSetSource builtIn() {
        return RuleSetSource.classpath(RuleSetCatalog.BUILT_IN_ROOT + "/" + ID, LOADER);
    }

    private static String sha256() {
        return RuleSetCatalog.load(List.of(), true).get(ID).info().sha256();
    }

    @Test
    void theBuildPrecompiledTheBuiltInRuleSetForItsCurrentFiles() {
        assertNotNull(PrecompiledRuleSet.read(builtIn(), sha256()), "the build should have written "
                + PrecompiledRuleSet.FILE + " for the current files (exec-maven-plugin, process-classes)");
    }

    @Test
    void precompiledAndCompiledFromDrlScoreEveryExampleAlike() throws Exception {
        CompiledRuleSet precompiled = RuleSetCatalog.load(List.of(), true).get(ID);
        CompiledRuleSet fromDrl = RuleSetCatalog.compileFolder(DRL_FOLDER, Map.of());
        assertEquals(precompiled.info(), fromDrl.info());
        assertEquals(precompiled.rules().values().stream().map(r -> r.name() + ":" + r.line() + ":" + r.salience())
                .sorted().toList(), fromDrl.rules().values().stream().map(r -> r.name() + ":" + r.line() + ":"
                + r.salience()).sorted().toList());
        for (Path f : Examples.exampleFiles()) {
            Assessment a = Examples.read(f);
            assertEquals(DroolsEvaluator.evaluateWith(fromDrl, a, EvaluatorOptions.DEFAULT_FIRE_LIMIT, null),
                    DroolsEvaluator.evaluateWith(precompiled, a, EvaluatorOptions.DEFAULT_FIRE_LIMIT, null),
                    f.getFileName().toString());
        }
    }

    @Test
    void aPrecompiledFileForOtherFilesOrDamagedIsIgnored() throws IOException {
        byte[] real = builtIn().read(PrecompiledRuleSet.FILE);
        String sha = sha256();
        assertNull(PrecompiledRuleSet.read(source("classpath:test", real), "0".repeat(64)));
        byte[] truncated = java.util.Arrays.copyOf(real, real.length / 2);
        assertNull(PrecompiledRuleSet.read(source("classpath:test", truncated), sha));
        assertNotNull(PrecompiledRuleSet.read(source("classpath:test", real), sha));
    }

    @Test
    void aRuleSetFolderOnDiskIsAlwaysCompiledFromItsDrl(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve(PrecompiledRuleSet.FILE), builtIn().read(PrecompiledRuleSet.FILE));
        assertNull(PrecompiledRuleSet.read(RuleSetSource.directory(dir), sha256()));
    }

    private static RuleSetSource source(String location, byte[] file) {
        return new RuleSetSource() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public String displayName(String f) {
                return f;
            }

            @Override
            public byte[] read(String f) {
                return file;
            }

            @Override
            public List<String> listFiles() {
                return List.of();
            }
        };
    }
}
