package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioSuiteTest {

    private static PolicyRuleSet builtIn;

    @BeforeAll
    static void load() {
        builtIn = PolicyRuleSet.load(BuiltInRuleSet.folder());
    }

    private static ScenarioSuite suite(Path dir, String csv) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("cases.csv"), csv);
        return ScenarioSuite.load(builtIn, dir);
    }

    @Test
    void editingTheWbkTotalThresholdMakesTheMatchingScenarioFailWithAReadableDifference(@TempDir Path tmp)
            throws IOException {
        Path copy = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(copy, "thresholds-wbk.drl", "$k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"75\" );",
                "$k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"76\" );");
        SuiteResult r = ScenarioSuite.load(PolicyRuleSet.load(copy)).run();
        List<String> failed = r.failures().stream().map(c -> c.scenario().name()).toList();
        assertEquals(List.of("TOTAL tepat 75"), failed);
        CaseResult exact = r.failures().get(0);
        assertEquals(List.of("expected eligible true but was false",
                "expected failed checks none but was [TOTAL (75.00 < 76.00)]"),
                exact.differences().stream().map(d -> d.message(Locale.ENGLISH)).toList());
        assertEquals("layak diharapkan true tetapi false", exact.differences().get(0).message(Message.INDONESIAN));
    }

    @Test
    void aWrongExpectedScoreReadsExpectedXButWasY(@TempDir Path tmp) throws IOException {
        SuiteResult r = suite(tmp, "case,base,target,answers,TOTAL\n"
                + "one,best,WBK,REF.MP.1.b=199/200,99.99\n").run();
        assertEquals("expected TOTAL 99.99 but was 100.00",
                r.cases().get(0).differences().get(0).message(Locale.ENGLISH));
        r = suite(tmp, "case,base,target,answers,TOTAL\none,best,WBK,REF.MP.1.b=1989/2000,99.99\n").run();
        assertTrue(r.passed(), r.failures()::toString);
    }

    @Test
    void aCaseMayStartFromAnEarlierCase(@TempDir Path tmp) throws IOException {
        SuiteResult r = suite(tmp, "case,base,target,answers,KINERJA,IPKP\n"
                + "first,best,WBK,HAS.KINERJA=C,2.50,17.50\n"
                + "second,first,,HAS.IPKP=3.2,2.50,14.00\n").run();
        assertTrue(r.passed(), r.failures()::toString);
    }

    @Test
    void aCaseMayStartFromAnAssessmentFileBesideTheScenarios(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp);
        Files.writeString(tmp.resolve("unit.json"), "{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \"U\"},"
                + " \"year\": 2025, \"target\": \"WBK\", \"answers\": {\"PEM.MP.1.a\": \"Ya\", \"PEM.MP.1.b\": \"B\","
                + " \"REF.MP.1.a\": {\"numerator\": 17, \"denominator\": 23}, \"HAS.IPAK\": 3.71}}");
        SuiteResult r = suite(tmp, "case,base,answers,PEM.MP.1,REF.MP.1,IPAK,MP\n"
                + "from file,unit.json,,0.38,0.74,16.23,1.11\n"
                + "changed,unit.json,PEM.MP.1.b=A,0.50,0.74,16.23,1.24\n").run();
        assertTrue(r.passed(), r.failures()::toString);
    }

    @Test
    void semicolonSeparatedFilesWithDecimalCommasAreRead(@TempDir Path tmp) throws IOException {
        SuiteResult r = suite(tmp, "kasus;dasar;sasaran;jawaban;IPAK;catatan\n"
                + "satu;best;WBK;HAS.IPAK=3,60;15,75;\"3,60 / 4 x 17,5\"\n").run();
        assertTrue(r.passed(), r.failures()::toString);
        assertEquals(1, r.cases().size());
    }

    @Test
    void everyProblemOfAScenarioFileIsReportedWithFileAndLine(@TempDir Path tmp) throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> suite(tmp,
                "# comment\ncase,base,target,answers,TOTL,TOTAL\n"
                        + "a,best,WBK,PEM.MP.1.a=Maybe,,75\n"
                        + "b,nowhere,WBK,,,75\n"
                        + "c,best,WBK,,,\n"
                        + "a,best,WBX,,,1\n"));
        List<String> got = e.problems().stream().map(p -> p.code() + " " + p.location()).toList();
        String f = tmp.resolve("cases.csv").toString();
        assertEquals(List.of("SCENARIO_COLUMN " + f + ":2", "SCENARIO_ANSWER " + f + ":3",
                "SCENARIO_BASE " + f + ":4", "SCENARIO_NO_EXPECTATION " + f + ":5", "SCENARIO_VALUE " + f + ":6"),
                got, e.problems()::toString);
        Problem column = e.problems().get(0);
        assertTrue(column.expected().contains("TOTAL"), column::toString);
        assertTrue(column.expected(Message.INDONESIAN).contains("atau nilai: TOTAL"), column::toString);
    }

    @Test
    void anAnswerOutsideTheInstrumentsRangeIsRefusedAsAScenarioProblem(@TempDir Path tmp) throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> suite(tmp,
                "case,base,target,answers,TOTAL\nx,best,WBK,HAS.IPAK=4.5,1\n"));
        assertEquals("SCENARIO_INVALID_ASSESSMENT", e.problems().get(0).code());
    }

    @Test
    void coverageListsTheRulesThatNeverFired(@TempDir Path tmp) throws IOException {
        SuiteResult r = suite(tmp, "case,base,target,TOTAL\nbest,best,WBK,100\n").run();
        assertTrue(r.passed());
        RuleCoverage c = r.coverage();
        assertTrue(c.fired() > 0 && c.fired() < c.total());
        RuleCoverage.FileCoverage wbbm = c.files().stream().filter(f -> f.file().endsWith("thresholds-wbbm.drl"))
                .findFirst().orElseThrow();
        assertEquals(List.of(), wbbm.fired());
        assertEquals(8, wbbm.neverFired().size());
        assertFalse(c.atLeast(new java.math.BigDecimal("90")));
    }

    @Test
    void boundaryCoverageNamesTheThresholdsNoScenarioReachesExactly() {
        SuiteResult r = ScenarioSuite.load(PolicyRuleSet.load(BuiltInRuleSet.folder())).run();
        BoundaryCoverage total = boundary(r, "WBK", "TOTAL");
        assertTrue(total.onIt() && total.justBelow(), total::toString);
        // No answer combination gives TT exactly 4.20 (60 % of 7): its "exact" scenario reports 4.20 and fails.
        BoundaryCoverage tt = boundary(r, "WBK", "AREA.TT");
        assertFalse(tt.onIt(), tt::toString);
        assertTrue(tt.justBelow(), tt::toString);
        assertTrue(r.uncoveredBoundaries().contains(tt));
    }

    @Test
    void anEditThatMakesABoundaryUnreachableShowsInTheBoundaryCoverage(@TempDir Path tmp) throws IOException {
        // ABCD "B" from 0.67 to 0.70: the scenario that sat on the WBK total is no longer on it.
        Path copy = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        SuiteResult before = ScenarioSuite.load(PolicyRuleSet.load(copy)).run();
        BuiltInRuleSet.edit(copy, "answer-values.drl", "\"ABCD\", \"B\", \"0.67\"", "\"ABCD\", \"B\", \"0.70\"");
        SuiteResult after = ScenarioSuite.load(PolicyRuleSet.load(copy)).run();
        assertTrue(after.uncoveredBoundaries().size() > before.uncoveredBoundaries().size(),
                () -> before.uncoveredBoundaries() + " -> " + after.uncoveredBoundaries());
    }

    private static BoundaryCoverage boundary(SuiteResult r, String target, String check) {
        return r.boundaries().stream().filter(b -> b.target().equals(target) && b.check().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("no boundary " + target + " " + check + " in " + r.boundaries()));
    }
}
