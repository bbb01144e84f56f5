package io.github.zirules.testkit;

import io.github.zirules.api.Assessment;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link Invariant} found wrong with a rule set on one assessment (<i>pelanggaran</i>): the invariant's
 * name, the finding in Bahasa Indonesia and English, and the assessment that shows it.
 *
 * @param invariant the {@link Invariant#name() name} of the invariant, e.g. {@code bounds}
 * @param messageId what is wrong, in Bahasa Indonesia
 * @param messageEn what is wrong, in English
 * @param assessment the assessment that shows it (the counterexample)
 * @param counterpart the second assessment of a two-assessment finding (the one with the answer raised for
 *     {@code monotonicity}, the reordered copy for {@code order-independence}); null when there is none
 */
public record Violation(String invariant, String messageId, String messageEn, Assessment assessment,
                        @Nullable Assessment counterpart) {

    /** Refuses nulls except in {@code counterpart}. */
    public Violation {
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(assessment, "assessment");
    }

    /** The message in the given language: {@code "id"} for Bahasa Indonesia, anything else for English. */
    public String message(String language) {
        return "id".equals(language) ? messageId : messageEn;
    }

    /** The counterpart, if the finding has one. */
    public Optional<Assessment> optionalCounterpart() {
        return Optional.ofNullable(counterpart);
    }

    @Override
    public String toString() {
        return invariant + ": " + messageEn;
    }
}
