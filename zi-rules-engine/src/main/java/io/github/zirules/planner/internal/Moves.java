package io.github.zirules.planner.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.RuleSetModel.AnswerKind;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import io.github.zirules.api.RuleSetModel.IndexRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers an item may be moved to, and how long a move is. Which answer is better is not decided here: the
 * planner only proposes moves, and the rules say what each is worth.
 *
 * <ul>
 *   <li>A choice item may move to any label above its current one (its answer scale lists the labels best first,
 *       as the rule set's structure declares them); an unanswered one counts as its lowest label. The steps are
 *       the number of labels moved.</li>
 *   <li>A ratio item moves to full achievement: numerator = denominator; with no answer or a zero denominator, to
 *       1 of 1. A decrease item moves to 0 violations this year (unanswered: 0 last year and 0 this year). An index
 *       item moves to the highest index of its scale's range (4 in 90/2021). Each is one step, and is later lowered to the least value that suffices.</li>
 * </ul>
 */
final class Moves {

    private Moves() {
    }

    /**
     * A proposed answer.
     *
     * @param to the answer
     * @param steps how far it moves
     */
    record Candidate(Answer to, int steps) {
    }

    /** The candidate answers of an item of {@code type}, now answered {@code current} (null if unanswered). */
    static List<Candidate> candidates(AnswerScale type, Answer current) {
        List<Candidate> out = new ArrayList<>();
        if (type.kind() == AnswerKind.CHOICE) {
            List<String> labels = type.labels();
            int from = labels.size() - 1;
            if (current instanceof Answer.Choice c) {
                from = c.canonical(type).map(labels::indexOf).orElse(labels.size() - 1);
            }
            for (int i = 0; i < from; i++) {
                out.add(new Candidate(Answer.choice(labels.get(i)), from - i));
            }
            return out;
        }
        Answer best = switch (type.kind()) {
            case RATIO -> current instanceof Answer.Ratio r && r.denominator() > 0
                    ? (r.numerator() < r.denominator() ? Answer.ratio(r.denominator(), r.denominator()) : null)
                    : Answer.ratio(1, 1);
            case DECREASE -> current instanceof Answer.Decrease d
                    ? (d.thisYear() > 0 ? Answer.decrease(d.lastYear(), 0) : null)
                    : Answer.decrease(0, 0);
            case INDEX -> current instanceof Answer.Index x && x.value().compareTo(type.indexRange().highest()) >= 0
                    ? null : Answer.index(highest(type.indexRange()));
            case CHOICE -> throw new IllegalStateException("a choice is moved above");
        };
        if (best != null && !best.equals(current)) {
            out.add(new Candidate(best, 1));
        }
        return out;
    }

    /** The highest index of {@code range}, written with two decimals as the planner writes indices: 4 as 4.00. */
    private static BigDecimal highest(IndexRange range) {
        return range.highest().setScale(Math.max(2, range.highest().scale()));
    }

    /** Whether the value of an item of {@code type} is lowered, after planning, to the least that suffices. */
    static boolean isTunable(AnswerScale type, Answer current) {
        return switch (type.kind()) {
            case RATIO -> current instanceof Answer.Ratio r && r.denominator() > 0;
            case DECREASE -> current instanceof Answer.Decrease;
            case INDEX -> true;
            case CHOICE -> false;
        };
    }
}
