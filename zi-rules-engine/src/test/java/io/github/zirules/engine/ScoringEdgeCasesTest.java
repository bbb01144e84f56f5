package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.GradeCheck;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Boundary cases of the 90/2021 rules. Expected numbers are worked out by hand from the domain README (weights in
 * §2, values in §3, rounding in §4, thresholds in §5), never read from the engine.
 */
class ScoringEdgeCasesTest {

    private static final Evaluator ZI = ZiRules.evaluator();
    private static final Instrument LKE = ZI.instrument("permenpan-rb-90-2021");

    private static Assessment.Builder best(Predikat target) {
        return TestAssessments.allBest(LKE, target);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static ScoreCheck check(Result r, String id) {
        return r.verdict().scoreCheck(id).orElseThrow(() -> new AssertionError("no score check " + id));
    }

    @Test
    void everyAnswerAtItsBestScoresEveryWeightAndIsEligibleForWbk() {
        Result r = ZI.evaluate(best(Predikat.WBK).build());
        assertEquals(d("100.00"), r.scores().total());
        assertEquals(d("60.00"), r.scores().pengungkit());
        assertEquals(d("40.00"), r.scores().hasil());
        assertEquals(d("8.00"), r.scores().area("MP"));
        assertEquals(d("15.00"), r.scores().area("PW"));
        assertTrue(r.eligible());
        assertEquals(12, r.verdict().checks().size());
    }

    /** KINERJA E (-5), IPAK index 0 (-17.5), REF.MP.1 both 0 (-2), PEM.MP.1 both worst (-0.5): 75 exactly. */
    @Test
    void totalExactly75PassesTheWbkTotalCheck() {
        Result r = ZI.evaluate(best(Predikat.WBK)
                .answer("HAS.KINERJA", "E").answer("HAS.IPAK", Answer.index("0"))
                .answer("REF.MP.1.a", Answer.ratio(0, 5)).answer("REF.MP.1.b", Answer.ratio(0, 5))
                .answer("PEM.MP.1.a", "Tidak").answer("PEM.MP.1.b", "C").build());
        assertEquals(d("75.00"), r.scores().total());
        assertTrue(check(r, "TOTAL").passed());
    }

    /**
     * KINERJA E, IPAK 0, REF.PW.2.a 33/200: loss 3 x (1 - 0.165) = 2.505, total exactly 74.995 -> 75.00, which fails
     * the minimum 75 on the exact value (README §4, as the official workbooks compare), short by 0.01.
     */
    @Test
    void exactTotal74_995ReportsAs75_00ButFailsShortBy0_01() {
        Result r = ZI.evaluate(best(Predikat.WBK)
                .answer("HAS.KINERJA", "E").answer("HAS.IPAK", Answer.index("0"))
                .answer("REF.PW.2.a", Answer.ratio(33, 200)).build());
        assertEquals(d("75.00"), r.scores().total());
        ScoreCheck total = check(r, "TOTAL");
        assertFalse(total.passed());
        assertFalse(r.verdict().eligible());
        assertEquals(d("74.995"), total.actual(), "shown exactly, so that the failure never reads as 75.00");
        assertEquals(d("0.01"), total.shortfall());
    }

    /** REF.PW.2.a 32999/200000: loss 2.505015, exact total 74.994985 -> 74.99, fails by 0.01. */
    @Test
    void exactTotal74_994985ReportsAs74_99AndFailsByOneCent() {
        Result r = ZI.evaluate(best(Predikat.WBK)
                .answer("HAS.KINERJA", "E").answer("HAS.IPAK", Answer.index("0"))
                .answer("REF.PW.2.a", Answer.ratio(32999, 200000)).build());
        assertEquals(d("74.99"), r.scores().total());
        ScoreCheck total = check(r, "TOTAL");
        assertFalse(total.passed());
        assertEquals(d("0.01"), total.shortfall());
    }

    /** MP 8: REF.MP.2 E (-1), REF.MP.3 D (-1), REF.MP.1 4/5 and 0/5 (-1.2): 4.80 = 60 % exactly. */
    @Test
    void areaAtExactly60PercentPassesWbk() {
        Result r = ZI.evaluate(best(Predikat.WBK)
                .answer("REF.MP.2.a", "E").answer("REF.MP.3.a", "D")
                .answer("REF.MP.1.a", Answer.ratio(4, 5)).answer("REF.MP.1.b", Answer.ratio(0, 5)).build());
        ScoreCheck mp = check(r, "AREA.MP");
        assertEquals(d("4.80"), mp.required());
        assertEquals(d("4.80"), mp.actual());
        assertTrue(mp.passed());
    }

    /** One more ABCD step down in PEM.MP.3 (-1/3 x 1.00 x (1 - 0.67) = -0.11): 4.69 fails by 0.11. */
    @Test
    void areaJustBelow60PercentFailsWithItsShortfall() {
        Result r = ZI.evaluate(best(Predikat.WBK)
                .answer("REF.MP.2.a", "E").answer("REF.MP.3.a", "D")
                .answer("REF.MP.1.a", Answer.ratio(4, 5)).answer("REF.MP.1.b", Answer.ratio(0, 5))
                .answer("PEM.MP.3.a", "B").build());
        ScoreCheck mp = check(r, "AREA.MP");
        assertFalse(mp.passed());
        assertEquals(d("4.69"), mp.actual());
        assertEquals(d("0.11"), mp.shortfall());
    }

    /** MP 8 with REF.MP.1 at 0 (-2): 6.00 = 75 % exactly, passes WBBM. */
    @Test
    void areaAtExactly75PercentPassesWbbm() {
        Result r = ZI.evaluate(best(Predikat.WBBM).currentPredicate(Predikat.WBK)
                .answer("REF.MP.1.a", Answer.ratio(0, 5)).answer("REF.MP.1.b", Answer.ratio(0, 5)).build());
        ScoreCheck mp = check(r, "AREA.MP");
        assertEquals(d("6.00"), mp.required());
        assertEquals(d("6.00"), mp.actual());
        assertTrue(mp.passed());
        assertTrue(r.eligible());
    }

    @Test
    void ipkpIndex3_20Gives14_00AndPassesWbk() {
        Result r = ZI.evaluate(best(Predikat.WBK).answer("HAS.IPKP", Answer.index("3.20")).build());
        assertEquals(d("14.00"), r.scores().ipkp());
        assertTrue(check(r, "IPKP").passed());
    }

    /** 3.19 / 4 x 17.5 = 13.95625 -> 13.96, short by 0.04. */
    @Test
    void ipkpIndex3_19Gives13_96AndFailsWbkByFourCents() {
        Result r = ZI.evaluate(best(Predikat.WBK).answer("HAS.IPKP", Answer.index("3.19")).build());
        ScoreCheck ipkp = check(r, "IPKP");
        assertEquals(d("13.96"), ipkp.actual());
        assertFalse(ipkp.passed());
        assertEquals(d("0.04"), ipkp.shortfall());
        assertFalse(r.eligible());
    }

    @Test
    void zeroDenominatorGivesFullMarksWithAWarning() {
        Result r = ZI.evaluate(best(Predikat.WBK).answer("REF.PW.2.a", Answer.ratio(0, 0)).build());
        assertEquals(d("3.00"), r.scores().indicators().get("REF.PW.2"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("PENYEBUT_NOL")
                && w.location().equals("REF.PW.2.a")), r.warnings().toString());
    }

    @Test
    void ratioAbove100PercentIsCappedAtFullMarksWithAWarning() {
        Result r = ZI.evaluate(best(Predikat.WBK).answer("REF.PW.2.a", Answer.ratio(15, 10)).build());
        assertEquals(d("3.00"), r.scores().indicators().get("REF.PW.2"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("RASIO_LEBIH_100")));
    }

    @Test
    void disciplinaryViolationsThatIncreasedScoreZero() {
        Result r = ZI.evaluate(best(Predikat.WBK).answer("REF.SDM.3.a", Answer.decrease(2, 11)).build());
        assertEquals(d("0.00"), r.scores().indicators().get("REF.SDM.3"));
    }

    /** (10 - 4) / 10 = 0.6 of weight 2 = 1.20. */
    @Test
    void disciplinaryViolationsThatFellScoreTheirRelativeDecrease() {
        Result r = ZI.evaluate(best(Predikat.WBK).answer("REF.SDM.3.a", Answer.decrease(10, 4)).build());
        assertEquals(d("1.20"), r.scores().indicators().get("REF.SDM.3"));
    }

    @Test
    void noAnswersAtAllScoreZeroListEveryItemAsUnansweredAndFailEveryScoreCheck() {
        Result r = ZI.evaluate(Assessment.builder(Unit.of("KOSONG"), 2026, Predikat.WBK).build());
        assertEquals(d("0.00"), r.scores().total());
        assertEquals(113, r.warnings().stream().filter(w -> w.code().equals("TIDAK_DIJAWAB")).count());
        assertTrue(r.verdict().checks().stream().noneMatch(Check::passed));
        assertEquals(d("75.00"), check(r, "TOTAL").shortfall());
    }

    @Test
    void wbbmWithoutWbkFailsTheHoldsWbkCheckEvenWithPerfectScores() {
        Result r = ZI.evaluate(best(Predikat.WBBM).build());
        GradeCheck holds = r.verdict().gradeCheck("HOLDS_WBK").orElseThrow();
        assertFalse(holds.passed());
        assertEquals("WBK", holds.required());
        assertEquals("NONE", holds.actual());
        assertEquals(1, r.verdict().failedChecks().size());
        assertFalse(r.eligible());
    }

    @Test
    void wbbmChecksUseTheWbbmThresholds() {
        Result r = ZI.evaluate(best(Predikat.WBBM).currentPredicate(Predikat.WBK).build());
        assertEquals(d("85.00"), check(r, "TOTAL").required());
        assertEquals(d("48.00"), check(r, "PENGUNGKIT").required());
        assertEquals(d("19.50"), check(r, "BBA").required());
        assertEquals(d("3.75"), check(r, "KINERJA").required());
        assertEquals(d("15.75"), check(r, "IPKP").required());
        assertEquals(d("11.25"), check(r, "AREA.PW").required());
        assertEquals(13, r.verdict().checks().size());
    }

    @Test
    void agencyPrerequisitesAreCheckedOnlyWhenTheirFactsAreGiven() {
        Result without = ZI.evaluate(best(Predikat.WBK).build());
        assertTrue(without.verdict().checks().stream().noneMatch(c -> c.id().startsWith("AGENCY.")));
        Result with = ZI.evaluate(best(Predikat.WBK)
                .agency(new io.github.zirules.api.AgencyFacts("WDP", "BB", "CC", "REGIONAL")).build());
        assertFalse(with.verdict().gradeCheck("AGENCY.BPK").orElseThrow().passed());
        assertTrue(with.verdict().gradeCheck("AGENCY.AKIP").orElseThrow().passed());
        assertTrue(with.verdict().gradeCheck("AGENCY.INDEKS_RB").orElseThrow().passed());
        assertFalse(with.eligible());
    }

    @Test
    void topAnswerWithoutEvidenceIsWarnedAndWithEvidenceIsNot() {
        Result r = ZI.evaluate(best(Predikat.WBK)
                .evidence("PEM.MP.1.a", io.github.zirules.api.Evidence.titled("SK Tim Kerja")).build());
        assertTrue(r.warnings().stream().noneMatch(w -> w.code().equals("TANPA_DATA_DUKUNG")
                && w.location().equals("PEM.MP.1.a")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("TANPA_DATA_DUKUNG")
                && w.location().equals("PEM.MP.1.b")));
    }

    @Test
    void everyItemIsExplainedWithItsValuePointsAndTheRuleThatScoredIt() {
        Result r = ZI.evaluate(best(Predikat.WBK).answer("PEM.MP.3.a", "B")
                .answer("REF.PW.3a.a", Answer.ratio(17, 23)).build());
        assertEquals(113, r.items().size());
        var b = r.items().stream().filter(i -> i.item().equals(ItemId.of("PEM.MP.3.a"))).findFirst().orElseThrow();
        assertEquals("ABCD: jawaban B bernilai 0,67", b.rule());
        assertEquals(d("0.6700"), b.value());
        assertEquals(d("0.22"), b.points());
        var pct = r.items().stream().filter(i -> i.item().equals(ItemId.of("REF.PW.3a.a"))).findFirst().orElseThrow();
        assertEquals("17/23", pct.exactValue());
        assertTrue(r.verdict().checks().stream().allMatch(c -> !c.rule().isBlank()));
    }

    @Test
    void invalidAssessmentIsRefusedWithEveryProblem() {
        Assessment bad = Assessment.builder(Unit.of("X"), 2026, Predikat.WBK)
                .answer("PEM.MP.1.b", "D").answer("PEM.MP.9.z", "A").answer("HAS.IPAK", Answer.index("4.5"))
                .build();
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.github.zirules.api.InvalidInputException.class,
                () -> ZI.evaluate(bad));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().map(Problem::code).toList()
                .containsAll(java.util.List.of("INVALID_CHOICE", "UNKNOWN_ITEM", "INDEX_OUT_OF_RANGE")));
    }

    @Test
    void comparingOnTheReportedValueIsASettingInTheRuleFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path rs = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        RuleSetFolders.edit(rs.resolve("aggregation.drl"), "$k.compareThresholdsOn( \"EXACT\" );",
                "$k.compareThresholdsOn( \"REPORTED\" );");
        Result r = io.github.zirules.policy.PolicyRuleSet.load(rs).evaluate(best(Predikat.WBK)
                .answer("HAS.KINERJA", "E").answer("HAS.IPAK", Answer.index("0"))
                .answer("REF.PW.2.a", Answer.ratio(33, 200)).build(), null);
        ScoreCheck total = check(r, "TOTAL");
        assertTrue(total.passed(), "an exact 74.995 reports 75.00 and passes when compared on the reported value");
        assertEquals(d("75.00"), total.actual());
    }
}
