package io.github.zirules.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * A problem found in an input: an assessment, a rule file, an instrument. Problems are data, so that every one of
 * them can be reported at once, in Bahasa Indonesia and English, with where it is and what would be right.
 *
 * @param severity {@link Severity#ERROR} refuses the input; {@link Severity#WARNING} is reported beside a result
 * @param code a stable code, e.g. {@code UNKNOWN_ITEM}, {@code WRONG_ANSWER_KIND}, {@code DRL_SYNTAX}
 * @param location where: a JSON path such as {@code $.answers['PEM.MP.1.a']}, an item id, or {@code file:line}
 * @param messageId the message in Bahasa Indonesia
 * @param messageEn the message in English
 * @param expected what would be valid, in English, e.g. {@code one of A, B, C}; may be null
 * @param expectedId what would be valid, in Bahasa Indonesia; the same as {@code expected} when that is a value, a
 *     list or a line of DRL that reads the same in both languages; null exactly when {@code expected} is
 */
public record Problem(Severity severity, String code, String location, String messageId, String messageEn,
                      String expected, String expectedId) implements Serializable {

    /**
     * Refuses nulls except in {@code expected} and {@code expectedId}; a missing {@code expectedId} is
     * {@code expected} (a value or a list, the same in both languages), and one without {@code expected} is refused.
     */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageEn, "messageEn");
        if (expectedId == null) {
            expectedId = expected;
        } else if (expected == null) {
            throw new IllegalArgumentException("expectedId must be null when expected is null but was '"
                    + expectedId + "'");
        }
    }

    /**
     * A problem whose {@code expected} reads the same in both languages (a value, a list, a line of DRL), or has
     * none: the constructor of the first version, kept for compatibility.
     */
    public Problem(Severity severity, String code, String location, String messageId, String messageEn,
                   String expected) {
        this(severity, code, location, messageId, messageEn, expected, expected);
    }

    /** An error whose {@code expected} reads the same in both languages (a value, a list, a line of DRL), or null. */
    public static Problem error(String code, String location, String messageId, String messageEn, String expected) {
        return new Problem(Severity.ERROR, code, location, messageId, messageEn, expected);
    }

    /**
     * An error with what would be valid in each language; the arguments in the order of the messages, Bahasa
     * Indonesia first.
     */
    public static Problem error(String code, String location, String messageId, String messageEn, String expectedId,
                                String expectedEn) {
        return new Problem(Severity.ERROR, code, location, messageId, messageEn, expectedEn, expectedId);
    }

    /** A warning. */
    public static Problem warning(String code, String location, String messageId, String messageEn) {
        return new Problem(Severity.WARNING, code, location, messageId, messageEn, null);
    }

    /** The message in the given language: {@code "id"} for Bahasa Indonesia, anything else for English. */
    public String message(String language) {
        return "id".equals(language) ? messageId : messageEn;
    }

    /** What would be valid in the given language ({@code "id"} or anything else for English); may be null. */
    public String expected(String language) {
        return "id".equals(language) ? expectedId : expected;
    }

    /** {@code location: message (expected: …)} in the given language. */
    public String format(String language) {
        String exp = expected == null ? "" : ("id".equals(language) ? " (yang sah: " : " (expected: ")
                + expected(language) + ")";
        return location + ": " + message(language) + exp;
    }

    @Override
    public String toString() {
        return severity + " " + code + " " + format("en");
    }

    /** How serious a problem is. */
    public enum Severity {
        /** The input is refused. */
        ERROR,
        /** The input is accepted; a reviewer should look. */
        WARNING
    }
}
