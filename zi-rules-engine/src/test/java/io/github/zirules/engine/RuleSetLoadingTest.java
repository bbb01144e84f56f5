package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.api.ZiRules;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetLoadingTest {

    private static final Evaluator BUILT_IN = ZiRules.evaluator();

    private static Evaluator fromDisk(Path dir) {
        return ZiRules.evaluator(EvaluatorOptions.builder().ruleSetDirectory(dir).includeBuiltIn(false).build());
    }

    private static Assessment sample(Predikat target) {
        return TestAssessments.allBest(BUILT_IN.instrument("permenpan-rb-90-2021"), target)
                .answer("PEM.MP.1.a", "Tidak").answer("HAS.IPKP", Answer.index("3.30")).build();
    }

    @Test
    void aCopyOnDiskScoresExactlyLikeTheClassPathAndHasTheSameHash() throws Exception {
        Path dir = Files.createTempDirectory("rs").resolve("copy");
        io.github.zirules.policy.BuiltInRuleSets.copy("permenpan-rb-90-2021", dir);
        Evaluator disk = fromDisk(dir);
        Result a = BUILT_IN.evaluate(sample(Predikat.WBK));
        Result b = disk.evaluate(sample(Predikat.WBK));
        assertEquals(a.scores(), b.scores());
        assertEquals(a.verdict(), b.verdict());
        assertEquals(a.ruleSet().sha256(), b.ruleSet().sha256());
    }

    @Test
    void changingOneWeightOnDiskChangesTheResultsWithoutARebuild(@TempDir Path tmp) throws Exception {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        // Move 0.50 of weight from PEM.MP.4 to PEM.MP.1 (the part still adds up to 4).
        RuleSetFolders.edit(dir.resolve("weights.drl"), "\"PEM.MP.1\",      \"0.50\"", "\"PEM.MP.1\",      \"1.00\"");
        RuleSetFolders.edit(dir.resolve("weights.drl"), "\"PEM.MP.4\",      \"1.50\"", "\"PEM.MP.4\",      \"1.00\"");
        Result before = BUILT_IN.evaluate(sample(Predikat.WBK));
        Result after = fromDisk(dir).evaluate(sample(Predikat.WBK));
        // PEM.MP.1 has 2 items, one answered Tidak: 1/2 x weight. 0.25 before, 0.50 after.
        assertEquals(new BigDecimal("0.25"), before.scores().indicators().get("PEM.MP.1"));
        assertEquals(new BigDecimal("0.50"), after.scores().indicators().get("PEM.MP.1"));
        assertEquals(new BigDecimal("1.00"), after.scores().indicators().get("PEM.MP.4"));
        assertEquals(before.scores().total().subtract(new BigDecimal("0.25")), after.scores().total());
        assertNotEquals(before.ruleSet().sha256(), after.ruleSet().sha256());
    }

    @Test
    void changingAThresholdOnDiskChangesTheVerdict(@TempDir Path tmp) throws Exception {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        RuleSetFolders.edit(dir.resolve("thresholds-wbk.drl"), "\"IPKP\", $k.get( \"IPKP\" ), \"14.00\"",
                "\"IPKP\", $k.get( \"IPKP\" ), \"15.00\"");
        Result r = fromDisk(dir).evaluate(sample(Predikat.WBK));
        assertEquals(new BigDecimal("14.44"), r.verdict().scoreCheck("IPKP").orElseThrow().actual());
        assertEquals(new BigDecimal("0.56"), r.verdict().scoreCheck("IPKP").orElseThrow().shortfall());
    }

    @Test
    void aBrokenRuleFileIsRefusedWithFileAndLineAndTheOldEvaluatorKeepsServing(@TempDir Path tmp)
            throws Exception {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        Evaluator good = fromDisk(dir);
        RuleSetFolders.edit(dir.resolve("answer-values.drl"), "answerType == \"PCT\", answered == true, denominator > 0",
                "answerTipe == \"PCT\", answered == true, denominator > 0");
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> fromDisk(dir));
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem p = e.problems().get(0);
        assertEquals("LINT_VOCABULARY", p.code(), "caught by the closed vocabulary before compiling");
        assertEquals(dir.resolve("answer-values.drl") + ":" + RuleSetFolders.lineOf(dir.resolve("answer-values.drl"), "answerTipe"),
                p.location());
        assertTrue(p.messageEn().contains("answerTipe") && !p.messageId().isBlank(), p.toString());
        assertTrue(p.messageEn().endsWith("did you mean answerType?") && p.messageId().endsWith("maksudnya "
                + "answerType?"), p.toString());
        // 100 - 0.25 (PEM.MP.1.a Tidak) - 17.5 x (1 - 3.30 / 4) = 96.6875 -> 96.69
        assertEquals(new BigDecimal("96.69"), good.evaluate(sample(Predikat.WBK)).scores().total());
    }

    @Test
    void problemsInSeveralFilesAreReportedInTheOrderOfTheFilesThenOfTheirLines(@TempDir Path tmp) throws Exception {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        // a rule error (unknown field) early in the first file, a syntax error in a later file, another rule error
        // further down the first file: one batch compile finds the syntax error first
        RuleSetFolders.edit(dir.resolve("answer-values.drl"), "answerType == \"PCT\", answered == true, denominator > 0",
                "answerTipe == \"PCT\", answered == true, denominator > 0");
        RuleSetFolders.edit(dir.resolve("answer-values.drl"), "answerType == \"DEC\", answered == true, lastYear > 0",
                "answerTipe == \"DEC\", answered == true, lastYear > 0");
        RuleSetFolders.edit(dir.resolve("aggregation.drl"), "rule \"Nilai total = Pengungkit + Hasil\"",
                "rule \"Nilai total = Pengungkit + Hasil\" oops oops");
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> fromDisk(dir));
        List<String> locations = e.problems().stream().map(Problem::location).toList();
        Path values = dir.resolve("answer-values.drl");
        assertEquals(values + ":" + RuleSetFolders.lineOf(values, "answerTipe == \"PCT\""), locations.get(0), locations.toString());
        assertEquals(values + ":" + RuleSetFolders.lineOf(values, "answerTipe == \"DEC\""), locations.get(1), locations.toString());
        assertTrue(locations.get(2).startsWith(dir.resolve("aggregation.drl") + ":"), locations.toString());
    }

    @Test
    void aMistypedMethodIsRefusedBeforeCompilingWithTheLineAndTheLikelyName(@TempDir Path tmp) throws Exception {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        RuleSetFolders.edit(dir.resolve("aggregation.drl"), "$k.set( \"TOTAL\", $k.get( \"PENGUNGKIT\" )",
                "$k.set( \"TOTAL\", $k.gett( \"PENGUNGKIT\" )");
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> fromDisk(dir));
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem p = e.problems().get(0);
        assertEquals(dir.resolve("aggregation.drl") + ":" + RuleSetFolders.lineOf(dir.resolve("aggregation.drl"), "gett"),
                p.location());
        assertTrue(p.expected().contains(".get("), p.toString());
    }

    @Test
    void indicatorWeightsThatDoNotAddUpToTheirPartAreRefusedAtTheWeightRule(@TempDir Path tmp) throws Exception {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        RuleSetFolders.edit(dir.resolve("weights.drl"), "\"PEM.MP.1\",      \"0.50\"", "\"PEM.MP.1\",      \"0.60\"");
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> fromDisk(dir));
        Problem p = e.problems().stream().filter(x -> x.code().equals("LINT_WEIGHT_SUM")).findFirst().orElseThrow(
                () -> new AssertionError(e.problems().toString()));
        assertTrue(p.messageEn().contains("PEM.MP") && p.messageEn().contains("4.1"), p.messageEn());
        assertTrue(p.location().startsWith(dir.resolve("weights.drl") + ":"), p.location());
    }

    @Test
    void aRuleSetMissingAThresholdIsRefused(@TempDir Path tmp) throws Exception {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        String s = Files.readString(dir.resolve("thresholds-wbbm.drl"));
        int from = s.indexOf("rule \"WBBM: KINERJA");
        int to = s.indexOf("end", from) + 3;
        Files.writeString(dir.resolve("thresholds-wbbm.drl"), s.substring(0, from) + s.substring(to));
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> fromDisk(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.code().equals("LINT_THRESHOLD_MISSING")
                && p.messageEn().contains("KINERJA") && p.messageEn().contains("WBBM")), e.problems().toString());
    }

    @Test
    void aDrlFileInTheFolderButNotListedIsReported(@TempDir Path tmp) throws Exception {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        Files.writeString(dir.resolve("extra.drl"), "package x;\n");
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> fromDisk(dir));
        assertEquals("RULE_FILE_UNLISTED", e.problems().get(0).code());
    }

    @Test
    void anUnknownRuleSetIdIsRefusedNamingTheKnownOnes() {
        Assessment a = Assessment.builder(Unit.of("X"), 2026, Predikat.WBK).ruleSet("permenpan-rb-99-2030").build();
        UnknownRuleSetException e = assertThrows(UnknownRuleSetException.class, () -> BUILT_IN.evaluate(a));
        assertTrue(e.getMessage().contains("permenpan-rb-90-2021"));
    }

    @Test
    void theDefaultRuleSetOfAYearFrom2022Is90Of2021() {
        Assessment a = Assessment.builder(Unit.of("X"), 2024, Predikat.WBK).build();
        assertEquals("permenpan-rb-90-2021", BUILT_IN.ruleSetFor(a).id());
        Assessment old = Assessment.builder(Unit.of("X"), 2019, Predikat.WBK).build();
        UnknownRuleSetException e = assertThrows(UnknownRuleSetException.class, () -> BUILT_IN.ruleSetFor(old));
        assertTrue(e.getMessage().startsWith("no rule set covers the year "), e.getMessage());
        assertTrue(e.getMessage().contains("permenpan-rb-90-2021 (2022-)"), e.getMessage());
        assertFalse(e.getMessage().contains("(default for year"), e.getMessage());
    }

    @Test
    void aMissingParenthesisInAConditionIsOneProblemAtItsLineWithoutParserNoise(@TempDir Path tmp) throws Exception {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        RuleSetFolders.edit(dir.resolve("thresholds-wbk.drl"), "$k : Scorecard( target == \"WBK\" )\nthen\n"
                + "    $k.minimum( \"TOTAL\"", "$k : Scorecard( target == \"WBK\"\nthen\n    $k.minimum( \"TOTAL\"");
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> fromDisk(dir));
        assertEquals(1, e.problems().size(), e.problems().toString());
        Path f = dir.resolve("thresholds-wbk.drl");
        assertEquals(f + ":" + (RuleSetFolders.lineOf(f, "$k.minimum( \"TOTAL\"") - 2), e.problems().get(0).location());
        assertFalse(e.problems().toString().contains("null Package"));
    }
}
