package io.github.zirules.api;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of evaluating one assessment: scores, verdict, warnings and the explanation of every point, with the
 * rule set that produced them.
 *
 * @param ruleSet the rule set (id, version, content hash) that scored it
 * @param unit the unit assessed
 * @param year the assessment year
 * @param scores every score, as the typed view of PermenPAN-RB 90/2021
 * @param verdict the verdict for the target predicate
 * @param warnings things a reviewer should look at (unanswered items, zero denominators, a top answer with no
 *     evidence …); never a reason to refuse
 * @param items how each item of the instrument was scored, in LKE order
 * @param scoreTree every score as a tree keyed by the rule set's own ids (components, area parts, indicators; the
 *     areas beside it), shaped as its structure file declares
 */
public record Result(
        RuleSetInfo ruleSet,
        Unit unit,
        int year,
        Scores scores,
        Verdict verdict,
        List<Problem> warnings,
        List<ItemScore> items,
        ScoreTree scoreTree) {

    /** Refuses nulls; copies the lists. */
    public Result {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(scoreTree, "scoreTree");
        warnings = List.copyOf(warnings);
        items = List.copyOf(items);
    }

    /**
     * A result of PermenPAN-RB 90/2021 whose score tree is the 90/2021 tree over {@code scores}
     * ({@link ScoreTree#of(Scores)}), as a zi-report/1 document is read.
     */
    public Result(RuleSetInfo ruleSet, Unit unit, int year, Scores scores, Verdict verdict, List<Problem> warnings,
                  List<ItemScore> items) {
        this(ruleSet, unit, year, scores, verdict, warnings, items, ScoreTree.of(Objects.requireNonNull(scores,
                "scores")));
    }

    /** Shorthand for {@code verdict().eligible()}. */
    public boolean eligible() {
        return verdict.eligible();
    }
}
