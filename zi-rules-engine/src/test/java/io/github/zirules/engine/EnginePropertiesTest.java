package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Area;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.GradeCheck;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Scores;
import io.github.zirules.reference.ReferenceCheck;
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

    /** The same knobs with agency facts: for the invariants, not for the reference (which does not model them). */
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
        Invariant bounds = Invariants.bounds();
        qt().withExamples(TestRules.tries(1)).forAll(integers().between(0, 8), longs().all())
                .checkAssert((knob, seed) -> holds(bounds, draw(knob, seed)));
    }

    @Test
    void raisingOneAnswerNeverLowersAScoreNorFailsAPassedCheck() {
        qt().withExamples(TestRules.tries(2)).forAll(integers().between(0, 8), longs().all(), integers().allPositive())
                .checkAssert((knob, seed, pick) -> {
                    Assessment a = draw(knob, seed);
                    List<Item> raisable = RULES.instrument().items().stream().filter(i -> a.answer(i.id())
                            .flatMap(x -> AnswerMoves.raise(i, x)).isPresent()).toList();
                    if (raisable.isEmpty()) {
                        return; // every answer already at its best (quality 1.0): nothing to raise
                    }
                    Item item = raisable.get(pick % raisable.size());
                    Map<io.github.zirules.api.ItemId, Answer> answers = new LinkedHashMap<>(a.answers());
                    answers.put(item.id(), AnswerMoves.raise(item, answers.get(item.id())).orElseThrow());
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
        Invariant order = Invariants.orderIndependence();
        qt().withExamples(TestRules.tries(1)).forAll(integers().between(0, 8), longs().all())
                .checkAssert((knob, seed) -> holds(order, draw(knob, seed)));
    }

    @Test
    void evaluatingTwiceGivesEqualResults() {
        Invariant determinism = Invariants.determinism();
        qt().withExamples(TestRules.tries(1)).forAll(integers().between(0, 8), longs().all())
                .checkAssert((knob, seed) -> holds(determinism, draw(knob, seed)));
    }

    @Test
    void everyScoreAndCheckAgreesWithTheIndependentReferenceScorerToTheCent() {
        qt().withExamples(TestRules.tries(3)).forAll(integers().between(0, KNOBS.size() - 1), longs().all())
                .checkAssert((knob, seed) -> {
                    Assessment a = KNOBS.get(knob).fromSeed(seed);
                    Result r = RULES.evaluate(a);
                    ReferenceResult ref = ReferenceScorer.standard().score(a);
                    String unit = a.unit().id();
                    ref.scores().forEach((key, expected) -> assertEquals(expected, engineScore(r.scores(), key),
                            () -> key + " of " + unit));
                    List<Check> checks = r.verdict().checks();
                    assertEquals(ref.checks().stream().map(ReferenceCheck::id).toList(),
                            checks.stream().map(Check::id).toList(), unit);
                    for (int i = 0; i < checks.size(); i++) {
                        Check c = checks.get(i);
                        ReferenceCheck e = ref.checks().get(i);
                        ScoreCheck s = c instanceof ScoreCheck sc ? sc : null;
                        GradeCheck g = c instanceof GradeCheck gc ? gc : null;
                        assertEquals(e.required(), s == null ? null : s.required(), () -> c.id() + " required of " + unit);
                        assertEquals(e.actual(), s == null ? null : s.actual(), () -> c.id() + " actual of " + unit);
                        assertEquals(e.requiredLabel(), g == null ? null : g.required(),
                                () -> c.id() + " required grade of " + unit);
                        assertEquals(e.actualLabel(), g == null ? null : g.actual(), () -> c.id() + " grade of " + unit);
                        assertEquals(e.passed(), c.passed(), () -> c.id() + " passed of " + unit);
                        assertEquals(e.shortfall(), s == null ? null : s.shortfall(),
                                () -> c.id() + " shortfall of " + unit);
                    }
                    assertEquals(ref.eligible(), r.eligible(), unit);
                });
    }

    @Test
    void theBuiltInRuleSetKeepsEveryInvariantOfTheKit() {
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
            m.put(k, engineScore(s, k));
        }
        s.areas().forEach((k, v) -> m.put("area " + k, v));
        s.areaParts().forEach((k, v) -> m.put("part " + k, v));
        s.indicators().forEach((k, v) -> m.put("indicator " + k, v));
        for (ItemScore i : r.items()) {
            m.put("item " + i.item(), i.value());
        }
        return m;
    }

    /** The engine's score under a {@link ReferenceResult} key. */
    private static BigDecimal engineScore(Scores s, String key) {
        return switch (key) {
            case "total" -> s.total();
            case "pengungkit" -> s.pengungkit();
            case "pemenuhan" -> s.pemenuhan();
            case "reform" -> s.reform();
            case "hasil" -> s.hasil();
            case "BBA" -> s.bba();
            case "IPAK" -> s.ipak();
            case "KINERJA" -> s.kinerja();
            case "IPKP" -> s.ipkp();
            default -> switch (key.split("\\.").length) {
                case 1 -> s.area(Area.valueOf(key));
                case 2 -> s.areaParts().get(key);
                default -> s.indicators().get(key);
            };
        };
    }
}
