package io.github.zirules.testkit;

import io.github.zirules.api.Assessment;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Greedy shrinking of a failing assessment toward a baseline, for property-test tools that do not shrink on their
 * own (or whose shrinking knows nothing of assessments): it repeatedly takes the first
 * {@link AnswerMoves#shrinkCandidates shrink candidate} that still fails, until none does or the budget is spent.
 *
 * <pre>{@code
 * Assessment baseline = AnswerMoves.allBest(instrument, failing);
 * Assessment small = Shrinker.shrink(failing, a -> !invariantHolds(a), baseline, 2_000);
 * // small differs from the baseline in only the answers the failure needs
 * }</pre>
 */
public final class Shrinker {

    private Shrinker() {
    }

    /**
     * The smallest failing assessment greedy shrinking finds.
     *
     * @param failing an assessment for which {@code stillFails} is true
     * @param stillFails true for an assessment that still shows the failure
     * @param baseline where to shrink toward, e.g. {@link AnswerMoves#allBest}; should itself not fail
     * @param maxSteps the most times {@code stillFails} is called (the budget: a Drools evaluation is not free)
     * @return {@code failing} or a failing assessment closer to {@code baseline}; never one for which
     *     {@code stillFails} was false
     * @throws IllegalArgumentException if {@code maxSteps} is negative
     */
    public static Assessment shrink(Assessment failing, Predicate<Assessment> stillFails, Assessment baseline,
                                    int maxSteps) {
        Objects.requireNonNull(failing, "failing must not be null");
        Objects.requireNonNull(stillFails, "stillFails must not be null");
        Objects.requireNonNull(baseline, "baseline must not be null");
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must be at least 0 but was " + maxSteps);
        }
        Assessment current = failing;
        int budget = maxSteps;
        boolean progressed = true;
        while (progressed && budget > 0) {
            progressed = false;
            for (Assessment candidate : AnswerMoves.shrinkCandidates(current, baseline)) {
                if (budget-- <= 0) {
                    break;
                }
                if (stillFails.test(candidate)) {
                    current = candidate;
                    progressed = true;
                    break;
                }
            }
        }
        return current;
    }
}
