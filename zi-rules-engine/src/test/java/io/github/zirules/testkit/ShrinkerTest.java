package io.github.zirules.testkit;

import static io.github.zirules.testkit.AssessmentGeneratorTest.INSTRUMENT;
import static io.github.zirules.testkit.AssessmentGeneratorTest.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Item;
import io.github.zirules.reference.ReferenceScorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ShrinkerTest {

    private static final AssessmentValidator VALIDATOR = new AssessmentValidator(INSTRUMENT);
    private static final AssessmentGenerator GEN = AssessmentGenerator.builder(INSTRUMENT).quality(0.3)
            .unansweredShare(0.1).evidenceShare(0.5).reviewSets(2).build();

    /** The synthetic failure: more than 3 items answered worse than best (an unanswered item counts as worse). */
    private static final Predicate<Assessment> MORE_THAN_THREE_WORSE_THAN_BEST = a -> worseThanBest(a) > 3;

    private static long worseThanBest(Assessment a) {
        return INSTRUMENT.items().stream().filter(i -> {
            Answer answer = a.answers().get(i.id());
            return answer == null || AnswerMoves.raise(INSTRUMENT.answerScale(i), answer).isPresent();
        }).count();
    }

    @Test
    void shrinksMoreThanThreeWorseThanBestToExactlyFourDifferingAnswers() {
        // 50 seeds: each shrink starts from a different mix of worse answers and walks a different path to four.
        qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
            Assessment failing = GEN.fromSeed(seed);
            Assessment baseline = AnswerMoves.allBest(INSTRUMENT, failing);
            assertTrue(MORE_THAN_THREE_WORSE_THAN_BEST.test(failing), "quality 0.3 leaves many answers below best");

            Assessment small = Shrinker.shrink(failing, MORE_THAN_THREE_WORSE_THAN_BEST, baseline, 1_000_000);

            assertTrue(MORE_THAN_THREE_WORSE_THAN_BEST.test(small));
            assertEquals(4, AnswerMoves.differingItems(small, baseline).size(), () -> small.answers().toString());
            assertEquals(4, worseThanBest(small));
            assertEquals(Map.of(), small.evidence());
            assertEquals(Map.of(), small.reviews());
            assertEquals(List.of(), VALIDATOR.validate(small));
            assertEquals(failing.unit(), small.unit());
        });
    }

    @Test
    void shrinksAReferenceScoreFailureToTheAnswersThatCause() {
        // "total at least 90" fails for low-quality answers; shrinking toward all-best keeps just enough bad answers
        Predicate<Assessment> totalBelow90 = a -> ReferenceScorer.standard().score(a).score("total")
                .compareTo(new BigDecimal("90")) < 0;
        Assessment failing = GEN.fromSeed(2026);
        Assessment baseline = AnswerMoves.allBest(INSTRUMENT, failing);
        Assessment small = Shrinker.shrink(failing, totalBelow90, baseline, 100_000);
        assertTrue(totalBelow90.test(small));
        int differing = AnswerMoves.differingItems(small, baseline).size();
        assertTrue(differing < AnswerMoves.differingItems(failing, baseline).size() && differing <= 10,
                "differing answers after shrinking: " + differing);
        for (var c : AnswerMoves.shrinkCandidates(small, baseline)) {
            assertTrue(!totalBelow90.test(c), "a local minimum: no candidate still fails");
        }
    }

    @Test
    void neverCallsThePredicateMoreThanMaxStepsTimes() {
        Assessment failing = GEN.fromSeed(1);
        Assessment baseline = AnswerMoves.allBest(INSTRUMENT, failing);
        for (int budget : new int[] {0, 1, 7, 50}) {
            AtomicInteger calls = new AtomicInteger();
            Assessment out = Shrinker.shrink(failing, a -> {
                calls.incrementAndGet();
                return MORE_THAN_THREE_WORSE_THAN_BEST.test(a);
            }, baseline, budget);
            assertTrue(calls.get() <= budget, calls + " calls for a budget of " + budget);
            assertTrue(MORE_THAN_THREE_WORSE_THAN_BEST.test(out));
        }
        assertSame(failing, Shrinker.shrink(failing, a -> true, baseline, 0));
    }

    @Test
    void returnsTheInputWhenNoCandidateStillFails() {
        Assessment failing = GEN.fromSeed(3);
        assertSame(failing, Shrinker.shrink(failing, a -> a == failing, AnswerMoves.allBest(INSTRUMENT, failing),
                10_000));
    }

    @Test
    void shrinksAllTheWayToTheBaselineWhenEverythingFails() {
        Assessment failing = GEN.fromSeed(4);
        Assessment baseline = AnswerMoves.allBest(INSTRUMENT, failing);
        assertEquals(baseline, Shrinker.shrink(failing, a -> true, baseline, 1_000_000));
    }

    @Test
    void aNegativeBudgetIsRefused() {
        Assessment a = GEN.fromSeed(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shrinker.shrink(a, x -> true, a, -1));
        assertEquals("maxSteps must be at least 0 but was -1", e.getMessage());
    }

    @Test
    void unansweredItemsShrinkTowardTheBaselinesAnswer() {
        Assessment baseline = AnswerMoves.allBest(INSTRUMENT, GEN.fromSeed(9));
        Item first = INSTRUMENT.items().get(0);
        Assessment failing = baseline.toBuilder().clearAnswer(first.id()).build();
        List<Assessment> candidates = AnswerMoves.shrinkCandidates(failing, baseline);
        assertEquals(1, candidates.size());
        assertEquals(baseline.answers(), candidates.get(0).answers());
        assertEquals(item(first.id()), first);
    }
}
