package io.github.zirules.compare;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.compare.internal.Comparer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer sets of one assessment side by side (<i>perbandingan jawaban</i>): the unit's own and each reviewer's
 * (TPI, TPN), each evaluated by the engine, with where they differ: per item (answers and points), per indicator,
 * area part, area, component and total (by how many points), and per check of the verdict.
 *
 * <pre>{@code
 * AnswerSetComparison cmp = AnswerSetComparison.compare(ZiRules.evaluator(), assessment);
 * cmp.items().forEach(d -> System.out.println(d.item() + " " + d.answers() + " " + d.differences()));
 * }</pre>
 *
 * <p>Every number comes from the engine's results: a difference is the reviewer's reported value minus the unit's,
 * so it is exactly what the two reports show side by side. See docs/compare.md.
 *
 * @param sets the unit's set first, then each review in the assessment's order
 * @param items the items where some review's answer differs from the unit's, in instrument order
 * @param scores the scores whose reported value differs between sets, from the total down to the indicators
 * @param checks the checks that some set passes and another fails
 */
public record AnswerSetComparison(List<AnswerSet> sets, List<ItemDifference> items, List<ScoreDifference> scores,
                                  List<CheckDifference> checks) {

    /** Copies the lists; refuses an empty list of sets. */
    public AnswerSetComparison {
        sets = List.copyOf(sets);
        items = List.copyOf(items);
        scores = List.copyOf(scores);
        checks = List.copyOf(checks);
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least the unit's answer set but had none");
        }
    }

    /**
     * Evaluates every answer set of {@code assessment} and compares them.
     *
     * @throws InvalidInputException if the assessment or a review has errors (every one is listed), or a review
     *     uses the reserved role {@value AnswerSet#UNIT}
     */
    public static AnswerSetComparison compare(Evaluator evaluator, Assessment assessment) {
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(assessment, "assessment");
        return Comparer.compare(evaluator, assessment);
    }

    /** The unit's own set. */
    public AnswerSet unit() {
        return sets.get(0);
    }

    /** The set of {@code role}, if the assessment has it. */
    public Optional<AnswerSet> set(String role) {
        return sets.stream().filter(s -> s.role().equals(role)).findFirst();
    }

    /** Whether the sets reach different verdicts (eligible in one, not in another). */
    public boolean verdictsDiffer() {
        return sets.stream().map(s -> s.result().eligible()).distinct().count() > 1;
    }
}
