package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.GradeCheck;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Scores;
import io.github.zirules.reference.ReferenceComparison;
import io.github.zirules.reference.ReferenceResult;
import io.github.zirules.reference.ReferenceScorer;
import io.github.zirules.testkit.AnswerMoves;
import io.github.zirules.testkit.AssessmentGenerator;
import io.github.zirules.testkit.Invariant;
import io.github.zirules.testkit.Invariants;
import io.github.zirules.testkit.PropertyReport;
import io.github.zirules.testkit.PropertyRunner;
import io.github.zirules.testkit.RuleSetUnderTest;
import io.github.zirules.testkit.TestRules;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: properties of the engine over generated assessments (QuickTheories picks the generator knobs and seeds).
 * Run more with {@code -Dzirules.pbt.tries=10000} (the default keeps all property tests within about a minute on
 * 2 cores).
 */
class EnginePropertiesTest {

    private static final RuleSetUnderTest RULES = TestRules.builtIn();

    /** Every knob: both targets, every quality, boundary hugging, unanswered items, zero denominators, reviews. */
    private static final List<AssessmentGenerator> KNOBS = List.of(
            RULES.generator().build(),
            RULES.generator().boundaryHugging(true).reviewSets(1).build(),
            RULES.generator().target(Predikat.WBBM).boundaryHugging(true).build(),
            RULES.generator().target(Predikat.WBBM).quality(0.9).unansweredShare(0.02).evidenceShare(0.6).build(),
            RULES.generator().quality(0.2).unansweredShare(0.3).zeroDenominatorShare(0.5).reviewSets(2).build(),
            RULES.generator().quality(1.0).unansweredShare(0).zeroDenominatorShare(0).build(),
            RULES.generator().quality(0.0).unansweredShare(0).build());

    /** Knobs with agency facts, so that the invariants and the reference also meet the agency prerequisites. */
    private static final List<AssessmentGenerator> KNOBS_WITH_AGENCY = List.of(
            RULES.generator().agencyFactsShare(1.0).build(),
            RULES.generator().target(Predikat.WBBM).boundaryHugging(true).agencyFactsShare(0.7).build());

    private static Assessment draw(int knob, long seed) {
        int n = KNOBS.size() + KNOBS_WITH_AGENCY.size();
        int k = Math.floorMod(knob, n);
        return (k < KNOBS.size() ? KNOBS.get(k) : KNOBS_WITH_AGENCY.get(k - KNOBS.size())).fromSeed(seed);
    }

    private static void holds(Invariant inv, Assessment a) {
        Optional<io.github.zirules.testkit.Violation> v = Invariants.checkSafely(inv, RULES, a);
        v.ifPresent(x -> fail(x.messageEn() + " — unit " + a.unit().id()));
    }

    @Test
    void everyScoreLiesBetweenZeroAndItsDeclaredWeight() {
        // tries(1), about 7 per knob: a score out of bounds shows on most assessments of the knob that reaches it.
        Invariant bounds = Invariants.bounds();
        qt().withExamples(TestRules.tries(1)).forAll(integers().between(0, 8), longs().all())
                .checkAssert((knob, seed) -> holds(bounds, draw(knob, seed)));
    }

    @Test
    void raisingOneAnswerNeverLowersAScoreNorFailsAPassedCheck() {
        // tries(2): each try raises one item of about 110, so twice the tries for the moves to reach many items.
        qt().withExamples(TestRules.tries(2)).forAll(integers().between(0, 8), longs().all(), integers().allPositive())
                .checkAssert((knob, seed, pick) -> {
                    Assessment a = draw(knob, seed);
                    List<Item> raisable = RULES.instrument().items().stream().filter(i -> a.answer(i.id())
                            .flatMap(x -> AnswerMoves.raise(RULES.instrument().answerScale(i), x)).isPresent())
                            .toList();
                    if (raisable.isEmpty()) {
                        return; // every answer already at its best (quality 1.0): nothing to raise
                    }
                    Item item = raisable.get(pick % raisable.size());
                    Map<io.github.zirules.api.ItemId, Answer> answers = new LinkedHashMap<>(a.answers());
                    answers.put(item.id(), AnswerMoves.raise(RULES.instrument().answerScale(item), answers.get(item.id()))
                            .orElseThrow());
                    Result before = RULES.evaluate(a);
                    Result after = RULES.evaluate(a.withAnswers(answers));
                    Map<String, BigDecimal> x = everyNumber(before);
                    Map<String, BigDecimal> y = everyNumber(after);
                    x.forEach((key, v) -> assertTrue(y.get(key).compareTo(v) >= 0, () -> "raising " + item.id()
                            + " lowered " + key + " " + v + " → " + y.get(key) + " — unit " + a.unit().id()));
                    for (Check c : before.verdict().checks()) {
                        assertTrue(!c.passed() || after.verdict().check(c.id()).orElseThrow().passed(),
                                () -> "raising " + item.id() + " failed check " + c.id() + " — " + a.unit().id());
                    }
                });
    }

    @Test
    void reorderingAnswersAndEvidenceChangesNothing() {
        // tries(1): every try reorders all 113 answers and the evidence, so each try tests every rule's order.
        Invariant order = Invariants.orderIndependence();
        qt().withExamples(TestRules.tries(1)).forAll(integers().between(0, 8), longs().all())
                .checkAssert((knob, seed) -> holds(order, draw(knob, seed)));
    }

    @Test
    void evaluatingTwiceGivesEqualResults() {
        // tries(1): a stateful defect (a pooled session keeping a fact) shows on the second evaluation of any try.
        Invariant determinism = Invariants.determinism();
        qt().withExamples(TestRules.tries(1)).forAll(integers().between(0, 8), longs().all())
                .checkAssert((knob, seed) -> holds(determinism, draw(knob, seed)));
    }

    @Test
    void everyScoreCheckItemAndWarningAgreesWithTheIndependentReferenceScorerToTheCent() {
        // tries(3), about 20 per knob: the oracle comparison is the one that checks every number to the cent, so it
        // gets the most tries; boundary-hugging knobs put totals and area scores within cents of their minimums.
        int knobs = KNOBS.size() + KNOBS_WITH_AGENCY.size();
        qt().withExamples(TestRules.tries(3)).forAll(integers().between(0, knobs - 1), longs().all())
                .checkAssert((knob, seed) -> {
                    Assessment a = draw(knob, seed);
                    ReferenceResult ref = ReferenceScorer.standard().score(a);
                    assertEquals(List.of(), ReferenceComparison.differences(ref, RULES.evaluate(a)),
                            a.unit().id());
                });
    }

    @Test
    void theBuiltInRuleSetKeepsEveryInvariantOfTheKit() {
        // tries(1): the kit's own runner; its invariants are the ones above, here run as a user runs them.
        PropertyReport report = PropertyRunner.builder(RULES).seed(20260101L).tries(TestRules.tries(1)).build().run();
        report.outcomes().forEach(o -> assertTrue(o.passed(), () -> o.invariant() + ": " + o.violation()));
        assertEquals(Invariants.all().size(), report.outcomes().size());
    }

    /** Every score of the result, and every item's value, by a flat key. */
    private static Map<String, BigDecimal> everyNumber(Result r) {
        Scores s = r.scores();
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (String k : List.of("total", "pengungkit", "pemenuhan", "reform", "hasil", "BBA", "IPAK", "KINERJA",
                "IPKP")) {
            m.put(k, ReferenceComparison.engineScore(s, k));
        }
        s.areas().forEach((k, v) -> m.put("area " + k, v));
        s.areaParts().forEach((k, v) -> m.put("part " + k, v));
        s.indicators().forEach((k, v) -> m.put("indicator " + k, v));
        for (ItemScore i : r.items()) {
            m.put("item " + i.item(), i.value());
        }
        return m;
    }
}
