package io.github.zirules.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import io.github.zirules.engine.Examples;
import io.github.zirules.policy.ReloadingEvaluator;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapPlannerTest {

    private static final Evaluator ZI = ZiRules.evaluator();
    private static final GapPlanner PLANNER = GapPlanner.create(ZI);

    private static Assessment example(int n) throws Exception {
        return Examples.read(Examples.exampleFiles().get(n));
    }

    private static PlannedChange only(Plan plan) {
        assertEquals(1, plan.changes().size(), plan.changes().toString());
        return plan.changes().get(0);
    }

    /** A plan in which every item may change, surveys too. */
    private static Plan all(Assessment a) {
        return PLANNER.plan(a, a.target(), PlanOptions.EVERYTHING);
    }

    @Test
    void surveyAndHasilItemsAreNotProposedByDefault() throws Exception {
        Plan plan = PLANNER.plan(example(0));
        assertFalse(plan.feasible(), "only HAS.IPAK can raise IPAK");
        assertEquals("UNREACHABLE", plan.reason().code());
        assertTrue(plan.reason().messageEn().contains("HAS.IPAK"), plan.reason().messageEn());
        Plan wbbm = PLANNER.plan(example(3));
        assertTrue(wbbm.changes().stream().noneMatch(c -> c.item().value().startsWith("HAS.")), wbbm.toString());
    }

    @Test
    void aFrozenItemIsNeverChangedAndAnUnknownOneIsRefused() throws Exception {
        Assessment a = example(2);
        Plan plan = PLANNER.plan(a, a.target(), PlanOptions.DEFAULT.withFrozen(List.of(ItemId.of("REF.MP.1.a"))));
        assertTrue(plan.changes().stream().noneMatch(c -> c.item().value().equals("REF.MP.1.a")), plan.toString());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PLANNER.plan(a, a.target(),
                PlanOptions.DEFAULT.withFrozen(List.of(ItemId.of("PEM.XX.9.z")))));
        assertEquals("PLAN_FREEZE_UNKNOWN", e.problems().get(0).code());
    }

    @Test
    void eligibleAssessmentNeedsNoChange() throws Exception {
        Plan plan = all(example(1));
        assertTrue(plan.feasible());
        assertEquals("ALREADY_ELIGIBLE", plan.reason().code());
        assertEquals(List.of(), plan.changes());
        assertTrue(plan.result().eligible());
    }

    @Test
    void ipakShortOf3_60IsRaisedExactlyTo3_60AndNeedsANewSurvey() throws Exception {
        Assessment a = example(0);
        Plan plan = all(a);
        PlannedChange c = only(plan);
        assertEquals(ItemId.of("HAS.IPAK"), c.item());
        assertEquals(Answer.index("3.57"), c.from());
        assertEquals(Answer.index("3.60"), c.to());
        assertEquals(new BigDecimal("0.13"), c.gain());
        assertTrue(c.needsNewSurvey());
        assertTrue(plan.needsNewSurvey());
        assertTrue(plan.reason().messageEn().contains("new survey"), plan.reason().messageEn());
        assertTrue(plan.result().eligible());
        assertFalse(ZI.evaluate(a.toBuilder().answer("HAS.IPAK", Answer.index("3.59")).build()).eligible(),
                "3.59 would not do");
    }

    @Test
    void ratioIsRaisedToTheLeastNumeratorThatSufficesWithTheSameDenominator() throws Exception {
        Assessment a = example(2);
        Plan plan = all(a);
        PlannedChange c = only(plan);
        assertEquals(ItemId.of("REF.MP.1.a"), c.item());
        assertEquals(Answer.ratio(21, 93), c.from());
        Answer.Ratio to = (Answer.Ratio) c.to();
        assertEquals(93, to.denominator());
        assertTrue(plan.result().eligible());
        Assessment oneLess = a.toBuilder().answer(c.item(), Answer.ratio(to.numerator() - 1, 93)).build();
        assertFalse(ZI.evaluate(oneLess).eligible(), "one less than " + to + " would not do");
    }

    @Test
    void decreaseKeepsTheMostViolationsThisYearThatStillSuffice() throws Exception {
        Assessment a = example(0).toBuilder().target(Predikat.WBBM).currentPredicate(Predikat.WBK).build();
        Plan plan = all(a);
        PlannedChange dec = plan.changes().stream().filter(c -> c.item().value().equals("REF.SDM.3.a"))
                .findFirst().orElseThrow(() -> new AssertionError(plan.changes().toString()));
        Answer.Decrease to = (Answer.Decrease) dec.to();
        assertEquals(((Answer.Decrease) dec.from()).lastYear(), to.lastYear());
        assertTrue(plan.result().eligible());
        Assessment oneMore = plan.apply(a).toBuilder()
                .answer(dec.item(), Answer.decrease(to.lastYear(), to.thisYear() + 1)).build();
        assertFalse(ZI.evaluate(oneMore).eligible(), "one more violation than " + to + " would not do");
    }

    @Test
    void fewestItemsThenFewestStepsAreChosenOnTheSharedExample() throws Exception {
        Plan plan = all(example(3));
        assertEquals("PLAN_FOUND", plan.reason().code());
        assertTrue(plan.minimal());
        assertEquals(3, plan.changes().size(), plan.changes().toString());
        assertEquals(3, plan.steps(), plan.changes().toString());
        assertTrue(plan.result().eligible());
    }

    @Test
    void wbbmWithoutWbkIsInfeasibleBecauseTheCurrentPredicateIsNotAnAnswer() throws Exception {
        Assessment a = example(0);
        Plan plan = PLANNER.plan(a, Predikat.WBBM, PlanOptions.EVERYTHING);
        assertFalse(plan.feasible());
        assertFalse(plan.minimal());
        assertEquals("REQUIRES_WBK", plan.reason().code());
        assertTrue(plan.reason().messageId().contains("Menuju WBK"), plan.reason().messageId());
        assertFalse(plan.changes().isEmpty(), "the changes that meet every score check are still given");
        Result after = ZI.evaluate(plan.apply(a));
        assertEquals(List.of("HOLDS_WBK"), after.verdict().failedChecks().stream().map(Check::id).toList());
    }

    @Test
    void wbbmWithoutWbkIsInfeasibleEvenWhenEveryScoreCheckPasses() throws Exception {
        Assessment a = example(1).toBuilder().target(Predikat.WBBM).build();
        Plan withWbk = all(a.toBuilder().currentPredicate(Predikat.WBK).build());
        Assessment scoresMet = withWbk.apply(a);
        Plan plan = all(scoresMet);
        assertFalse(plan.feasible());
        assertEquals("REQUIRES_WBK", plan.reason().code());
        assertEquals(List.of(), plan.changes());
    }

    @Test
    void agencyPrerequisiteThatFailsIsNotAnAnswer() throws Exception {
        Assessment a = example(1).toBuilder().agency(new AgencyFacts("TMP", null, null, null)).build();
        Plan plan = all(a);
        assertFalse(plan.feasible());
        assertEquals("PREREQUISITE_NOT_MET", plan.reason().code());
        assertTrue(plan.reason().messageEn().contains("AGENCY.BPK"), plan.reason().messageEn());
        assertEquals(List.of(), plan.changes());
    }

    @Test
    void checkAboveItsMaximumIsUnreachableAndSaysByHowMuch() {
        Evaluator tiny = TinyRuleSets.evaluator();
        Assessment a = Assessment.builder(Unit.of("T"), 2024, Predikat.WBK).ruleSet(TinyRuleSets.UNREACHABLE)
                .answer("PEM.MP.1.a", "Tidak").build();
        Plan plan = GapPlanner.create(tiny).plan(a, a.target(), PlanOptions.EVERYTHING);
        assertFalse(plan.feasible());
        assertEquals("UNREACHABLE", plan.reason().code());
        assertTrue(plan.reason().messageEn().contains("PEMENUHAN reaches at most 5.00 of 5.01"),
                plan.reason().messageEn());
        assertEquals(List.of(), plan.changes());
    }

    @Test
    void emptyAssessmentGetsAPlanThatMakesItEligible() {
        Assessment empty = Assessment.builder(Unit.of("EMPTY"), 2024, Predikat.WBK).build();
        Plan plan = all(empty);
        assertTrue(plan.feasible(), plan.reason().toString());
        assertTrue(ZI.evaluate(plan.apply(empty)).eligible());
        assertTrue(List.of("PLAN_FOUND", "PLAN_FOUND_NOT_MINIMAL").contains(plan.reason().code()));
        assertEquals(plan.reason().code().equals("PLAN_FOUND"), plan.minimal());
    }

    @Test
    void applyGivesTheAssessmentWhoseEvaluationIsTheResult() throws Exception {
        Assessment a = example(3);
        Plan plan = PLANNER.plan(a, Predikat.WBBM, PlanOptions.EVERYTHING);
        Assessment applied = plan.apply(a);
        assertEquals(Predikat.WBBM, applied.target());
        assertEquals(ZI.evaluate(applied).scores(), plan.result().scores());
        for (PlannedChange c : plan.changes()) {
            assertEquals(c.to(), applied.answers().get(c.item()));
        }
    }

    @Test
    void invalidAssessmentIsRefusedWithEveryProblem() {
        Assessment bad = Assessment.builder(Unit.of("X"), 2024, Predikat.WBK)
                .answer("PEM.MP.1.a", "Mungkin").answer("NOT.AN.ITEM", "Ya").build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> all(bad));
        assertEquals(2, e.problems().size(), e.problems().toString());
    }

    @Test
    void targetNoneIsRefused() throws Exception {
        Assessment a = example(0);
        assertThrows(IllegalArgumentException.class, () -> PLANNER.plan(a, Predikat.NONE));
    }

    @Test
    void evaluatorOtherThanTheEngineIsRefused() {
        Evaluator other = (Evaluator) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Evaluator.class},
                (p, m, args) -> m.isDefault() ? InvocationHandler.invokeDefault(p, m, args) : null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GapPlanner.create(other));
        assertTrue(e.getMessage().contains("offers none"), e.getMessage());
    }

    @Test
    void aReloadingEvaluatorPlansAsTheEngineItServesDoes() throws Exception {
        Assessment a = example(3);
        try (ReloadingEvaluator reloading = ReloadingEvaluator.create(EvaluatorOptions.DEFAULTS)) {
            Plan viaReload = GapPlanner.create(reloading).plan(a, Predikat.WBBM, PlanOptions.EVERYTHING);
            Plan direct = PLANNER.plan(a, Predikat.WBBM, PlanOptions.EVERYTHING);
            assertEquals(direct.changes(), viaReload.changes());
            assertEquals(direct.result(), viaReload.result());
            assertEquals(direct.reason(), viaReload.reason());
        }
    }
}
