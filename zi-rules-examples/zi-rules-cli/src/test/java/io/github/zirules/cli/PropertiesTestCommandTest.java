package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import io.github.zirules.policy.BuiltInRuleSets;
import io.github.zirules.testkit.Invariants;
import io.github.zirules.testkit.RuleSetUnderTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesTestCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theBuiltInRuleSetPassesEveryPropertyAndExitsZero() throws IOException {
        Path dir = copyBuiltIn(tmp.resolve("rules"));
        StringWriter out = new StringWriter();
        int code = PropertyTestCli.run(dir, 12, 5L, tmp.resolve("out"), new PrintWriter(out), new PrintWriter(out),
                "en");
        String s = out.toString();
        assertEquals(ZiRulesCli.OK, code, s);
        assertTrue(s.contains("seed 5, 12 assessments per invariant (repeat with --seed 5)"), s);
        for (String name : Invariants.all().stream().map(i -> i.name()).toList()) {
            assertTrue(s.contains("PASSED " + name + " (12 assessments): "), s);
        }
        assertTrue(s.endsWith("6 invariants: 6 passed, 0 failed." + System.lineSeparator()), s);
        assertFalse(Files.exists(tmp.resolve("out")), "no counterexample written");
    }

    @Test
    void aPlantedDefectIsReportedWithAReplayableCounterexampleFileAndExitsOne() throws IOException {
        Path dir = copyBuiltIn(tmp.resolve("rules"));
        Path drl = dir.resolve("answer-values.drl");
        Files.writeString(drl, Files.readString(drl).replace("$butir.ratio().atMost( \"1\" ).atLeast( \"0\" )",
                "$butir.ratio().atLeast( \"0\" )"));
        Path outDir = tmp.resolve("out");
        Cli.Run run = Cli.run("test", "--properties", dir.toString(), "--tries", "12", "--seed", "3",
                "--out", outDir.toString(), "--lang", "id");
        int code = run.exit();
        String s = run.out() + run.err();
        assertEquals(ZiRulesCli.FAILED, code, s);
        assertTrue(s.contains("GAGAL  bounds (penilaian ke-"), s);
        // The engine's own run-time checks (RunTimeChecks) stop an item value above 1 on every evaluation.
        assertTrue(s.contains("penilaian gagal: ") && s.contains("outside 0 to 1"), s);
        Path file = outDir.resolve("counterexample-bounds.json");
        assertTrue(s.contains("contoh penyangkal: " + file), s);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals("zi-assessment/1", json.get("format").asText());
        assertEquals("permenpan-rb-90-2021", json.get("ruleset").asText());
        Assessment replay = read(json);
        RuleSetUnderTest rules = RuleSetUnderTest.fromDirectory(dir);
        assertTrue(Invariants.checkSafely(Invariants.bounds(), rules, replay).isPresent(),
                "the file replays the failure");
    }

    @Test
    void aRuleSetThatDoesNotLoadExitsThreeWithEveryProblem() throws IOException {
        Path dir = copyBuiltIn(tmp.resolve("rules"));
        Path drl = dir.resolve("weights.drl");
        Files.writeString(drl, Files.readString(drl).replace("$k.weight( \"TOTAL\", \"100\" );", "$k.weight( "));
        Cli.Run run = Cli.run("test", "--properties", dir.toString(), "--tries", "1", "--lang", "en");
        String out = run.out() + run.err();
        assertEquals(ZiRulesCli.INVALID_RULE_SET, run.exit(), out);
        assertTrue(out.contains("weights.drl:"), out);
        assertTrue(out.contains("the rule set is refused, no property was tested."), out);
    }

    /** The answers of a counterexample file (answers only: what the invariant needs), read with plain Jackson. */
    private static Assessment read(JsonNode json) {
        Assessment.Builder b = Assessment.builder(Unit.of(json.get("unit").get("id").asText()),
                json.get("year").asInt(), Predikat.valueOf(json.get("target").asText()))
                .currentPredicate(Predikat.valueOf(json.get("currentPredicate").asText()));
        for (Map.Entry<String, JsonNode> e : json.get("answers").properties()) {
            JsonNode v = e.getValue();
            if (v.isTextual()) {
                b.answer(e.getKey(), v.asText());
            } else if (v.isNumber()) {
                b.answer(e.getKey(), io.github.zirules.api.Answer.index(v.decimalValue()));
            } else if (v.has("numerator")) {
                b.answer(e.getKey(), io.github.zirules.api.Answer.ratio(v.get("numerator").asLong(),
                        v.get("denominator").asLong()));
            } else {
                b.answer(e.getKey(), io.github.zirules.api.Answer.decrease(v.get("lastYear").asLong(),
                        v.get("thisYear").asLong()));
            }
        }
        return b.build();
    }

    /** Copies the built-in rule set from the class path into {@code dir}. */
    static Path copyBuiltIn(Path dir) throws IOException {
        BuiltInRuleSets.copy("permenpan-rb-90-2021", dir);
        // An edited copy that keeps the built-in's id must say it stands in for it (RULESET_ID_BUILT_IN otherwise).
        Path descriptor = dir.resolve("ruleset.properties");
        Files.writeString(descriptor, Files.readString(descriptor) + "replaces = permenpan-rb-90-2021\n");
        return dir;
    }
}
