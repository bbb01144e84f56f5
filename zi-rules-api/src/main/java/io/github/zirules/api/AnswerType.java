package io.github.zirules.api;

import java.util.List;

/**
 * The kind of answer an LKE item takes. The value of each answer is not defined here: it lives in the rule set's
 * answer-value rules, so that policy staff can change it.
 */
public enum AnswerType {
    /** <i>Ya/Tidak</i>: yes or no. */
    YT(List.of("Ya", "Tidak")),
    /** A three-level scale A, B, C. */
    ABC(List.of("A", "B", "C")),
    /** A four-level scale A to D. */
    ABCD(List.of("A", "B", "C", "D")),
    /** A five-level scale A to E. */
    ABCDE(List.of("A", "B", "C", "D", "E")),
    /** A percentage answered with counts: numerator over denominator. */
    PCT(List.of()),
    /** A decrease answered with counts: last year's and this year's number (disciplinary violations). */
    DEC(List.of()),
    /** A survey index on the scale 0 to 4. */
    IDX4(List.of());

    private final List<String> labels;

    AnswerType(List<String> labels) {
        this.labels = labels;
    }

    /** The answer labels of a choice type, best first ({@code Ya} or {@code A} first); empty for other types. */
    public List<String> labels() {
        return labels;
    }

    /** Whether this type is answered by choosing a label. */
    public boolean isChoice() {
        return !labels.isEmpty();
    }

    /** The kind of {@link Answer} this type takes. */
    public Class<? extends Answer> answerClass() {
        return switch (this) {
            case YT, ABC, ABCD, ABCDE -> Answer.Choice.class;
            case PCT -> Answer.Ratio.class;
            case DEC -> Answer.Decrease.class;
            case IDX4 -> Answer.Index.class;
        };
    }
}
