package io.github.zirules.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An answer to one LKE item. Which kind an item takes is given by its answer scale
 * ({@link Instrument#answerScale(Item)}, {@link RuleSetModel.AnswerKind#answerClass()}); whether an answer fits its
 * item is checked by {@link AssessmentValidator}, which reports every misfit rather than throwing.
 */
public sealed interface Answer permits Answer.Choice, Answer.Ratio, Answer.Decrease, Answer.Index {

    /** A choice answer: {@code "Ya"}, {@code "Tidak"}, or a letter {@code "A"} … {@code "E"}. */
    static Choice choice(String label) {
        return new Choice(label);
    }

    /** A percentage answered with counts (LKE <i>Jumlah</i> rows): {@code numerator} out of {@code denominator}. */
    static Ratio ratio(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    /** A decrease answered with counts: last year's number and this year's. */
    static Decrease decrease(long lastYear, long thisYear) {
        return new Decrease(lastYear, thisYear);
    }

    /** A survey index on the scale 0 to 4, given as exact decimal text, e.g. {@code "3.71"}. */
    static Index index(String value) {
        return new Index(new BigDecimal(value));
    }

    /** A survey index on the scale 0 to 4. */
    static Index index(BigDecimal value) {
        return new Index(value);
    }

    /** The answer as a person writes it: {@code Ya}, {@code B}, {@code 12/15}, {@code 10→4}, {@code 3.71}. */
    String display();

    /**
     * A choice answer.
     *
     * <p>Tolerance (documented in the README): the label is matched ignoring case and surrounding white space, so
     * {@code "ya"}, {@code " YA "} and {@code "Ya"} are the same answer; {@link #canonical(RuleSetModel.AnswerScale)}
     * gives the form the rule files use.
     *
     * @param label the label as given
     */
    record Choice(String label) implements Answer {
        /** Refuses a null label. */
        public Choice {
            Objects.requireNonNull(label, "choice label must not be null");
        }

        /**
         * The label in the form the rule files use ({@code Ya}, {@code Tidak}, {@code A} …) if it is one of the
         * scale's labels, ignoring case and surrounding white space; empty otherwise (always for a scale that is
         * not a choice).
         */
        public Optional<String> canonical(RuleSetModel.AnswerScale scale) {
            List<String> labels = scale.labels();
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).equals(label)) {
                    return Optional.of(labels.get(i));
                }
            }
            String t = label.strip().toLowerCase(Locale.ROOT);
            for (String l : labels) {
                if (l.toLowerCase(Locale.ROOT).equals(t)) {
                    return Optional.of(l);
                }
            }
            return Optional.empty();
        }

        @Override
        public String display() {
            return label.strip();
        }
    }

    /**
     * A percentage answered with counts: how many of how many. The value rule (capped at 1, floored at 0, zero
     * denominator) lives in the rule set.
     *
     * @param numerator the count achieved
     * @param denominator the count owed
     */
    record Ratio(long numerator, long denominator) implements Answer {
        @Override
        public String display() {
            return numerator + "/" + denominator;
        }
    }

    /**
     * A decrease answered with counts (disciplinary violations): last year's number and this year's.
     *
     * @param lastYear the number last year
     * @param thisYear the number this year
     */
    record Decrease(long lastYear, long thisYear) implements Answer {
        @Override
        public String display() {
            return lastYear + "→" + thisYear;
        }
    }

    /**
     * A survey index (IPAK, IPKP) on the scale 0 to 4, exact.
     *
     * @param value the index
     */
    record Index(BigDecimal value) implements Answer {
        /** Refuses a null value. */
        public Index {
            Objects.requireNonNull(value, "index value must not be null");
        }

        @Override
        public String display() {
            return value.toPlainString();
        }

        /** Equal when numerically equal: {@code 3.2} and {@code 3.20} are the same index. */
        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Index other && value.compareTo(other.value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }
    }
}
