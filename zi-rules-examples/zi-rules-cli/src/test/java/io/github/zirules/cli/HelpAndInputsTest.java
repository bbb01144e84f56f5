package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndInputsTest {

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "validate", "test", "rulesets", "copy", "plan", "compare", "import", "template", "help"})
    void everyCommandsHelpExitsZeroWithoutAWarning(String command) {
        for (String flag : new String[] {"--help", "-h"}) {
            Cli.Run r = Cli.run(command, flag);
            assertEquals(ZiRulesCli.OK, r.exit(), command + " " + flag + ": " + r.err());
            assertEquals("", r.err(), command + " " + flag);
            assertTrue(r.out().contains("Usage: zi-rules"), r.out());
            assertTrue(!r.out().contains("[picocli WARN]"), r.out());
        }
    }

    @Test
    void theVersionIsTheBuildsAndNamesTheRuleSets() {
        Cli.Run r = Cli.run("--version");
        assertEquals(ZiRulesCli.OK, r.exit());
        assertTrue(r.out().startsWith("zi-rules 0."), r.out());
        assertTrue(!r.out().contains("development") && !r.out().contains("${"), r.out());
        assertTrue(r.out().contains("permenpan-rb-90-2021 2021.1.0  sha256:"), r.out());
    }

    @Test
    void aFolderWithNothingToScoreIsAnErrorThatSaysWhatWasLookedFor(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("unit-a"));
        Files.copy(Cli.example("random-1001-00"), dir.resolve("unit-a/lke.json"));
        Files.writeString(dir.resolve("catatan.txt"), "bukan penilaian");
        Cli.Run r = Cli.run("evaluate", "--lang", "en", dir.toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("no assessment file (*.json, *.xlsx) in this folder (1 other file(s))"), r.err());
        assertTrue(r.err().contains("--recursive"), r.err());
        Cli.Run deep = Cli.run("evaluate", "--lang", "en", "--format", "json", "--recursive", dir.toString());
        assertEquals(ZiRulesCli.OK, deep.exit(), deep.err());
        assertTrue(deep.out().contains("\"R1001-0\""), deep.out());
    }

    @Test
    void aDashReadsTheAssessmentFromStandardInput() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Cli.sample("kpknl-jakarta-wbk"))));
            Cli.Run r = Cli.run("evaluate", "--format", "json", "-");
            assertEquals(ZiRulesCli.OK, r.exit(), r.err());
            assertTrue(r.out().contains("\"KPKNL-JKT1\""), r.out());
            System.setIn(new ByteArrayInputStream("{".getBytes()));
            Cli.Run bad = Cli.run("evaluate", "--lang", "en", "-");
            assertEquals(ZiRulesCli.INVALID_INPUT, bad.exit());
            assertTrue(bad.err().startsWith("(stdin)"), bad.err());
        } finally {
            System.setIn(saved);
        }
    }
}
