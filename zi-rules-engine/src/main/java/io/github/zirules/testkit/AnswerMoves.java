package io.github.zirules.testkit;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Neighbours of answers and assessments, for property tests with any framework: one step better or worse
 * ({@link #raise}, {@link #lower}), the extremes ({@link #best}, {@link #worst}), and shrink candidates that move a
 * failing assessment toward a simple baseline ({@link #shrinkCandidates}, used by {@link Shrinker}).
 *
 * <p>"Better" and "worse" follow the answer scales the rule set's structure declares
 * ({@link Instrument#answerScale(Item)}), not a rule set's values, which this class does not know: a choice moves one
 * label in the scale's order, best first ({@code Tidak → Ya}, {@code C → B → A}), a ratio numerator one count, a
 * decrease's this-year count one count, an index 0.01. Under the 90/2021 values each step is <em>weakly</em>
 * monotone: it never makes the item worth less (for {@code raise}) or more (for {@code lower}), and may leave its
 * value unchanged where it is capped or floored (a PCT numerator above its denominator, violations above last year's count, a zero
 * denominator). That is what a monotonicity invariant needs: {@code score(raise(a)) >= score(a)}. The scales are
 * bounded: {@code raise} stops at full marks (numerator = denominator, no violations), {@code lower} at none
 * (numerator 0, as many violations as last year). Within the scale the two undo each other.
 *
 * <p>Every move of a valid answer gives a valid answer (counts stay within 0 and
 * {@link AssessmentValidator#MAX_COUNT}, indices within the scale's declared range). Stateless; all methods are
 * static.
 */
public final class AnswerMoves {

    private static final BigDecimal STEP = new BigDecimal("0.01");

    private AnswerMoves() {
    }

    /**
     * The simplest answer with full marks: {@code Ya}, {@code A}, {@code 1/1}, {@code 1→0} (last year 1, this year
     * none), the highest index of the scale's range ({@code 4.00} in 90/2021). A zero denominator is avoided because
     * its value is a rule set's decision.
     */
    public static Answer best(AnswerScale scale) {
        return switch (scale.kind()) {
            case CHOICE -> Answer.choice(scale.labels().get(0));
            case RATIO -> Answer.ratio(1, 1);
            case DECREASE -> Answer.decrease(1, 0);
            case INDEX -> Answer.index(hundredths(scale.indexRange().highest()));
        };
    }

    /** The simplest answer with no marks: {@code Tidak}, the last letter, {@code 0/1}, {@code 1→1}, the lowest index. */
    public static Answer worst(AnswerScale scale) {
        List<String> labels = scale.labels();
        return switch (scale.kind()) {
            case CHOICE -> Answer.choice(labels.get(labels.size() - 1));
            case RATIO -> Answer.ratio(0, 1);
            case DECREASE -> Answer.decrease(1, 1);
            case INDEX -> Answer.index(hundredths(scale.indexRange().lowest()));
        };
    }

    /**
     * One step better: the previous label, numerator + 1 (up to the denominator), this year's count − 1 (down to 0),
     * index + 0.01 (up to the highest of its range). Empty when {@code answer} is already at the top of its scale.
     *
     * @throws IllegalArgumentException if the answer is not of the scale's kind or not one of its labels
     */
    public static Optional<Answer> raise(AnswerScale scale, Answer answer) {
        return step(scale, answer, true);
    }

    /**
     * One step worse: the next label, numerator − 1 (down to 0), this year's count + 1 (up to last year's, where the
     * value is already floored at 0), index − 0.01 (down to 0). Empty when already at the bottom.
     *
     * @throws IllegalArgumentException if the answer is not of the scale's kind or not one of its labels
     */
    public static Optional<Answer> lower(AnswerScale scale, Answer answer) {
        return step(scale, answer, false);
    }

    private static Optional<Answer> step(AnswerScale type, Answer answer, boolean up) {
        Objects.requireNonNull(type, "scale must not be null");
        Objects.requireNonNull(answer, "answer must not be null");
        if (!type.kind().answerClass().isInstance(answer)) {
            throw new IllegalArgumentException("answer " + answer.display() + " must be a "
                    + type.kind().answerClass().getSimpleName() + " on the answer scale " + type.code() + " but was "
                    + answer.getClass().getSimpleName());
        }
        if (answer instanceof Answer.Choice c) {
            List<String> labels = type.labels();
            int i = labels.indexOf(c.canonical(type).orElseThrow(() -> new IllegalArgumentException(
                    "answer on the scale " + type.code() + " must be one of " + labels + " but was '" + c.label()
                    + "'")));
            int j = up ? i - 1 : i + 1;
            return j < 0 || j >= labels.size() ? Optional.empty() : Optional.of(Answer.choice(labels.get(j)));
        } else if (answer instanceof Answer.Ratio r) {
            if (up) {
                return r.numerator() < r.denominator()
                        ? Optional.of(Answer.ratio(r.numerator() + 1, r.denominator())) : Optional.empty();
            }
            return r.numerator() > 0 ? Optional.of(Answer.ratio(r.numerator() - 1, r.denominator())) : Optional.empty();
        } else if (answer instanceof Answer.Decrease d) {
            if (up) {
                return d.thisYear() > 0 ? Optional.of(Answer.decrease(d.lastYear(), d.thisYear() - 1)) : Optional.empty();
            }
            return d.thisYear() < d.lastYear()
                    ? Optional.of(Answer.decrease(d.lastYear(), d.thisYear() + 1)) : Optional.empty();
        }
        BigDecimal v = ((Answer.Index) answer).value();
        BigDecimal highest = hundredths(type.indexRange().highest());
        BigDecimal lowest = hundredths(type.indexRange().lowest());
        if (up) {
            return v.compareTo(highest) < 0 ? Optional.of(Answer.index(v.add(STEP).min(highest))) : Optional.empty();
        }
        return v.compareTo(lowest) > 0 ? Optional.of(Answer.index(v.subtract(STEP).max(lowest))) : Optional.empty();
    }

    /** An end of an index range written with (at least) two decimals, as the kit writes indices: 4 as 4.00. */
    private static BigDecimal hundredths(BigDecimal v) {
        return v.setScale(Math.max(2, v.scale()));
    }

    /**
     * Assessments one step closer to {@code baseline} than {@code a}, most ambitious first: the reviewer answer
     * sets and then the evidence set to the baseline's; half of the differing answers reset to the baseline's (each
     * half); each differing answer reset alone (removed where the baseline has none); each differing answer moved
     * part of the way (one label, half the count distance, half the index distance).
     *
     * <p>Every candidate is strictly closer to the baseline, so repeatedly taking any candidate ends, at the latest,
     * at the baseline itself; and a candidate of a valid assessment is valid when the baseline is (each answer is
     * either the baseline's or lies between the two). Unit, year, target and other fields are kept from {@code a}.
     * Empty when {@code a} already has the baseline's answers, evidence and reviews. The list is unmodifiable and
     * builds each candidate only when it is read, so taking the first that still fails is cheap.
     */
    public static List<Assessment> shrinkCandidates(Assessment a, Assessment baseline) {
        return ShrinkCandidates.of(a, baseline);
    }

    /**
     * {@code template} with every item of {@code instrument} answered {@link #best(AnswerScale) best} on its scale,
     * and no evidence or
     * reviews: a natural baseline for {@link #shrinkCandidates}, since a failing case then shrinks to the few answers
     * that are worse than best.
     */
    public static Assessment allBest(Instrument instrument, Assessment template) {
        Map<ItemId, Answer> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            answers.put(item.id(), best(instrument.answerScale(item)));
        }
        return new Assessment(template.ruleSet(), template.unit(), template.year(), template.target(),
                template.currentPredicate(), template.agency(), answers, Map.of(), Map.of());
    }

    /**
     * The items whose answer differs between {@code a} and {@code b} (answered in one and not the other, or answered
     * differently), in the order of {@code a}'s answers and then {@code b}'s.
     */
    public static List<ItemId> differingItems(Assessment a, Assessment b) {
        return ShrinkCandidates.differing(a.answers(), b.answers());
    }
}
