package io.github.zirules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.reference.ReferenceScorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The generator's knobs do what they say. Sizes: generating needs no engine (the hugging configurations read their
 * hints from the built-in rule set, compiled once) and takes well under a millisecond, and
 * each seed draws an answer for each of 113 items, so the 200 seeds of a knob's property make over 20,000 draws: a
 * knob that leaked one draw in a thousand would show with near certainty. The review-set property takes 100 seeds,
 * as each of them carries three answer sets.
 */
class AssessmentGeneratorTest {

    static final Instrument INSTRUMENT = ReferenceScorer.standard().items().instrument();
    private static final AssessmentValidator VALIDATOR = new AssessmentValidator(INSTRUMENT);

    private static final List<AssessmentGenerator> CONFIGS = List.of(
            AssessmentGenerator.builder(INSTRUMENT).build(),
            AssessmentGenerator.builder(INSTRUMENT).target(Predikat.WBBM).quality(0.2).unansweredShare(0.3)
                    .zeroDenominatorShare(0.5).evidenceShare(1.0).reviewSets(2).build(),
            TestRules.builtIn().generator().boundaryHugging(true).reviewSets(1).build(),
            AssessmentGenerator.builder(INSTRUMENT).quality(1.0).unansweredShare(0).zeroDenominatorShare(0).build());

    @Test
    void everyGeneratedAssessmentValidatesClean() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            for (AssessmentGenerator gen : CONFIGS) {
                Assessment a = gen.fromSeed(seed);
                assertEquals(List.of(), VALIDATOR.validate(a), () -> gen + " seed " + seed);
            }
        });
    }

    @Test
    void countsAreWholeNumbersWithinLimitsAndIndicesHaveExactlyTwoDecimalsWithin0And4() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            for (AssessmentGenerator gen : CONFIGS) {
                Assessment a = gen.fromSeed(seed);
                forEveryAnswer(a, answer -> {
                    if (answer instanceof Answer.Ratio r) {
                        assertCount(r.numerator());
                        assertCount(r.denominator());
                    } else if (answer instanceof Answer.Decrease d) {
                        assertCount(d.lastYear());
                        assertCount(d.thisYear());
                    } else if (answer instanceof Answer.Index x) {
                        assertEquals(2, x.value().scale(), x::display);
                        assertTrue(x.value().signum() >= 0 && x.value().compareTo(new BigDecimal("4")) <= 0);
                    }
                });
            }
        });
    }

    @Test
    void fromSeedIsDeterministic() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            for (AssessmentGenerator gen : CONFIGS) {
                assertEquals(gen.fromSeed(seed), gen.fromSeed(seed));
            }
            AssessmentGenerator twin = AssessmentGenerator.builder(INSTRUMENT).build();
            assertEquals(CONFIGS.get(0).fromSeed(seed), twin.fromSeed(seed), "an equal configuration, built anew");
        });
    }

    @Test
    void unitIdCarriesTheSeedSoNextCanBeReplayed() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            AssessmentGenerator gen = CONFIGS.get(1);
            Assessment a = gen.next(new SplittableRandom(seed));
            long replay = AssessmentGenerator.seedOf(a).orElseThrow();
            assertEquals(a, gen.fromSeed(replay));
            assertEquals(AssessmentGenerator.unitId(replay), a.unit().id());
            assertEquals(seed, AssessmentGenerator.seedOf(gen.fromSeed(seed)).orElseThrow());
        });
        assertEquals("GEN-000000000000002a", AssessmentGenerator.unitId(42));
        assertEquals("GEN-ffffffffffffffff", AssessmentGenerator.unitId(-1));
        assertTrue(AssessmentGenerator.seedOf(CONFIGS.get(0).fromSeed(1).toBuilder()
                .unit(io.github.zirules.api.Unit.of("KPKNL-JKT1")).build()).isEmpty());
    }

    @Test
    void nextWorksWithAnyRandomGenerator() {
        RandomGenerator rng = RandomGenerator.of("L64X128MixRandom");
        for (int i = 0; i < 20; i++) {
            assertEquals(List.of(), VALIDATOR.validate(CONFIGS.get(2).next(rng)));
        }
    }

    @Test
    void differentSeedsGiveDifferentAssessments() {
        AssessmentGenerator gen = CONFIGS.get(0);
        assertNotEquals(gen.fromSeed(1).answers(), gen.fromSeed(2).answers());
    }

    @Test
    void unansweredShare1GivesNoAnswersAtAll() {
        AssessmentGenerator gen = AssessmentGenerator.builder(INSTRUMENT).unansweredShare(1.0).evidenceShare(1.0)
                .reviewSets(1).build();
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Assessment a = gen.fromSeed(seed);
            assertEquals(Map.of(), a.answers());
            assertEquals(Map.of(), a.evidence(), "no evidence without answers");
        });
    }

    @Test
    void quality1GivesOnlyBestAnswers() {
        AssessmentGenerator gen = CONFIGS.get(3);
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Assessment a = gen.fromSeed(seed);
            assertEquals(INSTRUMENT.size(), a.answers().size());
            a.answers().forEach((id, answer) -> assertTrue(AnswerMoves.raise(scale(id), answer).isEmpty(),
                    () -> id + " " + answer.display() + " is not the best answer"));
        });
    }

    @Test
    void quality0GivesTheWorstLabelOfEveryChoice() {
        AssessmentGenerator gen = AssessmentGenerator.builder(INSTRUMENT).quality(0).build();
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> gen.fromSeed(seed).answers()
                .forEach((id, answer) -> {
                    if (answer instanceof Answer.Choice) {
                        assertTrue(AnswerMoves.lower(scale(id), answer).isEmpty(), () -> id + " " + answer);
                    }
                }));
    }

    @Test
    void higherQualityGivesHigherReferenceTotalsOnAverage() {
        double low = meanTotal(AssessmentGenerator.builder(INSTRUMENT).quality(0.1).build());
        double mid = meanTotal(AssessmentGenerator.builder(INSTRUMENT).quality(0.5).build());
        double high = meanTotal(AssessmentGenerator.builder(INSTRUMENT).quality(0.9).build());
        assertTrue(low < mid && mid < high, low + " < " + mid + " < " + high);
    }

    @Test
    void zeroDenominatorShare1MakesEveryPctDenominatorAndDecLastYearZero() {
        AssessmentGenerator gen = AssessmentGenerator.builder(INSTRUMENT).zeroDenominatorShare(1.0)
                .unansweredShare(0).build();
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Assessment a = gen.fromSeed(seed);
            long pct = a.answers().values().stream().filter(x -> x instanceof Answer.Ratio).count();
            assertEquals(INSTRUMENT.items().stream().filter(i -> i.answerType().equals("PCT")).count(), pct);
            a.answers().values().forEach(x -> {
                if (x instanceof Answer.Ratio r) {
                    assertEquals(0, r.denominator(), r::display);
                } else if (x instanceof Answer.Decrease d) {
                    assertEquals(0, d.lastYear(), d::display);
                }
            });
        });
    }

    @Test
    void zeroDenominatorShare0NeverGivesAZeroDenominator() {
        AssessmentGenerator gen = AssessmentGenerator.builder(INSTRUMENT).zeroDenominatorShare(0).build();
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> gen.fromSeed(seed).answers().values()
                .forEach(x -> {
                    if (x instanceof Answer.Ratio r) {
                        assertTrue(r.denominator() > 0, r::display);
                    } else if (x instanceof Answer.Decrease d) {
                        assertTrue(d.lastYear() > 0, d::display);
                    }
                }));
    }

    @Test
    void pctNumeratorSometimesExceedsItsDenominator() {
        AssessmentGenerator gen = CONFIGS.get(0);
        long over = java.util.stream.LongStream.range(0, 300).mapToObj(gen::fromSeed)
                .flatMap(a -> a.answers().values().stream())
                .filter(x -> x instanceof Answer.Ratio r && r.numerator() > r.denominator()).count();
        assertTrue(over > 0, "over-full ratios in 300 assessments: " + over);
    }

    @Test
    void evidenceShareAndReviewSetsAreHonoured() {
        AssessmentGenerator gen = AssessmentGenerator.builder(INSTRUMENT).evidenceShare(1.0).reviewSets(3)
                .target(Predikat.WBBM).build();
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            Assessment a = gen.fromSeed(seed);
            assertEquals(a.answers().keySet(), a.evidence().keySet());
            assertEquals(List.of("TPI", "TPN", "TPN-2"), List.copyOf(a.reviews().keySet()));
            assertEquals(Predikat.WBBM, a.target());
        });
        AssessmentGenerator none = AssessmentGenerator.builder(INSTRUMENT).evidenceShare(0).build();
        assertEquals(Map.of(), none.fromSeed(7).evidence());
        assertEquals(Map.of(), none.fromSeed(7).reviews());
    }

    @Test
    void boundaryHuggingPutsSurveyIndicesWithinTwoHundredthsOfTheCutOffs() {
        AssessmentGenerator gen = CONFIGS.get(2);
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> gen.fromSeed(seed).answers().values()
                .forEach(x -> {
                    if (x instanceof Answer.Index i) {
                        BigDecimal v = i.value();
                        boolean near = v.subtract(new BigDecimal("3.20")).abs().compareTo(new BigDecimal("0.02")) <= 0
                                || v.subtract(new BigDecimal("3.60")).abs().compareTo(new BigDecimal("0.02")) <= 0;
                        assertTrue(near, v::toPlainString);
                    }
                }));
    }

    @Test
    void boundaryHuggingPutsScoreChecksNearTheirMinimaFarMoreOftenThanPlainDrawing() {
        for (Predikat target : List.of(Predikat.WBK, Predikat.WBBM)) {
            double hugging = checksWithinAQuarterPoint(TestRules.builtIn().generator().target(target)
                    .boundaryHugging(true).build());
            double plain = checksWithinAQuarterPoint(AssessmentGenerator.builder(INSTRUMENT).target(target).build());
            assertTrue(hugging > 2.5 && hugging > 2 * plain, target + ": hugging " + hugging + " vs plain " + plain);
        }
    }

    @Test
    void badSettingsAreRefusedSayingWhatWasExpectedAndWhatWasGiven() {
        AssessmentGenerator.Builder b = AssessmentGenerator.builder(INSTRUMENT);
        assertMessage("quality must be between 0.0 and 1.0 but was 1.5", () -> b.quality(1.5));
        assertMessage("quality must be between 0.0 and 1.0 but was NaN", () -> b.quality(Double.NaN));
        assertMessage("unansweredShare must be between 0.0 and 1.0 but was -0.1", () -> b.unansweredShare(-0.1));
        assertMessage("zeroDenominatorShare must be between 0.0 and 1.0 but was 2.0", () -> b.zeroDenominatorShare(2));
        assertMessage("evidenceShare must be between 0.0 and 1.0 but was -1.0", () -> b.evidenceShare(-1));
        assertMessage("reviewSets must be between 0 and 8 but was 9", () -> b.reviewSets(9));
        assertMessage("target must be WBK or WBBM but was NONE", () -> b.target(Predikat.NONE));
        assertMessage("target must be WBK or WBBM but was null", () -> b.target(null));
        assertMessage("year must be between 2000 and 2100 but was 1999", () -> b.year(1999));
        assertMessage("ruleSet must be null or non-blank but was ' '", () -> b.ruleSet(" "));
        assertMessage("boundaryShares must each be above 0.0 and at most 1.0 but was 0.0", () -> b.boundaryShares(0));
        assertMessage("boundaryIndices must each be between 0 and 4 with at most 2 decimals but was 3.205",
                () -> b.boundaryIndices(new BigDecimal("3.205")));
        assertMessage("boundaryIndices must each be between 0 and 4 with at most 2 decimals but was 4.01",
                () -> b.boundaryIndices(new BigDecimal("4.01")));
        NullPointerException npe = assertThrows(NullPointerException.class, () -> AssessmentGenerator.builder(null));
        assertEquals("instrument must not be null", npe.getMessage());
        assertEquals(List.of(), VALIDATOR.validate(b.build().fromSeed(3)), "the builder is still usable");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static RuleSetModel.AnswerScale scale(ItemId id) {
        return INSTRUMENT.answerScale(item(id));
    }

    static Item item(ItemId id) {
        return INSTRUMENT.item(id).orElseThrow();
    }

    private static void forEveryAnswer(Assessment a, Consumer<Answer> check) {
        a.answers().values().forEach(check);
        a.reviews().values().forEach(set -> set.values().forEach(check));
    }

    private static void assertCount(long n) {
        assertTrue(n >= 0 && n <= AssessmentValidator.MAX_COUNT, "count " + n);
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    private static double meanTotal(AssessmentGenerator gen) {
        return java.util.stream.LongStream.range(0, 200).mapToObj(gen::fromSeed)
                .mapToDouble(a -> ReferenceScorer.standard().score(a).score("total").doubleValue()).average()
                .orElseThrow();
    }

    /** Over 200 fixed seeds, the mean number of score checks whose actual is within 0.25 points of required. */
    private static double checksWithinAQuarterPoint(AssessmentGenerator gen) {
        BigDecimal quarter = new BigDecimal("0.25");
        return java.util.stream.LongStream.range(0, 200).mapToObj(gen::fromSeed)
                .mapToLong(a -> ReferenceScorer.standard().score(a).checks().stream()
                        .filter(c -> c.required() != null
                                && c.actual().subtract(c.required()).abs().compareTo(quarter) <= 0)
                        .count())
                .average().orElseThrow();
    }
}
