package io.github.zirules.planner.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.AnswerType;
import io.github.zirules.api.Item;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers an item may be moved to, and how long a move is. Which answer is better is not decided here: the
 * planner only proposes moves, and the rules say what each is worth.
 *
 * <ul>
 *   <li>A choice item may move to any label above its current one ({@link AnswerType#labels()} lists the best
 *       first); an unanswered one counts as its lowest label. The steps are the number of labels moved.</li>
 *   <li>A PCT item moves to full achievement: numerator = denominator; with no answer or a zero denominator, to
 *       1 of 1. A DEC item moves to 0 violations this year (unanswered: 0 last year and 0 this year). An IDX4 item
 *       moves to 4. Each is one step, and is later lowered to the least value that suffices.</li>
 * </ul>
 */
final class Moves {

    static final BigDecimal MAX_INDEX = new BigDecimal("4.00");

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

    /** The candidate answers of {@code item}, now answered {@code current} (null if unanswered). */
    static List<Candidate> candidates(Item item, Answer current) {
        AnswerType type = item.answerType();
        List<Candidate> out = new ArrayList<>();
        if (type.isChoice()) {
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
        Answer best = switch (type) {
            case PCT -> current instanceof Answer.Ratio r && r.denominator() > 0
                    ? (r.numerator() < r.denominator() ? Answer.ratio(r.denominator(), r.denominator()) : null)
                    : Answer.ratio(1, 1);
            case DEC -> current instanceof Answer.Decrease d
                    ? (d.thisYear() > 0 ? Answer.decrease(d.lastYear(), 0) : null)
                    : Answer.decrease(0, 0);
            case IDX4 -> current instanceof Answer.Index x && x.value().compareTo(MAX_INDEX) >= 0
                    ? null : Answer.index(MAX_INDEX);
            default -> throw new IllegalStateException("unexpected answer type " + type);
        };
        if (best != null && !best.equals(current)) {
            out.add(new Candidate(best, 1));
        }
        return out;
    }

    /** Whether the item's value is lowered, after planning, to the least that suffices. */
    static boolean isTunable(Item item, Answer current) {
        return switch (item.answerType()) {
            case PCT -> current instanceof Answer.Ratio r && r.denominator() > 0;
            case DEC -> current instanceof Answer.Decrease;
            case IDX4 -> true;
            default -> false;
        };
    }
}
