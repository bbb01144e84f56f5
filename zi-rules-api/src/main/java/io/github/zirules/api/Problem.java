package io.github.zirules.api;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A problem found in an input: an assessment, a rule file, an instrument. Problems are data, so that every one of
 * them can be reported at once, in the reader's language, with where it is and what would be right. The texts come
 * from the message catalogue (see {@link Message}), keyed by the problem's code.
 *
 * @param severity {@link Severity#ERROR} refuses the input; {@link Severity#WARNING} is reported beside a result
 * @param code a stable code, e.g. {@code UNKNOWN_ITEM}, {@code WRONG_ANSWER_KIND}, {@code DRL_SYNTAX}
 * @param location where: a JSON path such as {@code $.answers['PEM.MP.1.a']}, an item id, or {@code file:line}
 * @param message what is wrong
 * @param valid what would be valid, e.g. {@code one of A, B, C}; may be null
 */
public record Problem(Severity severity, String code, String location, Message message, @Nullable Message valid)
        implements Serializable {

    /** Refuses nulls except in {@code valid}. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** An error; {@code valid} may be null. */
    public static Problem error(String code, String location, Message message, @Nullable Message valid) {
        return new Problem(Severity.ERROR, code, location, message, valid);
    }

    /** An error with no statement of what would be valid. */
    public static Problem error(String code, String location, Message message) {
        return new Problem(Severity.ERROR, code, location, message, null);
    }

    /** A warning. */
    public static Problem warning(String code, String location, Message message) {
        return new Problem(Severity.WARNING, code, location, message, null);
    }

    /** The message in the language of {@code locale} (Bahasa Indonesia for {@code id}, else English). */
    public String message(Locale locale) {
        return message.text(locale);
    }

    /** What would be valid in the language of {@code locale}; null when the problem does not say. */
    public @Nullable String expected(Locale locale) {
        return valid == null ? null : valid.text(locale);
    }

    /** The message in Bahasa Indonesia (zi-report/1's {@code messageId}). */
    public String messageId() {
        return message(Message.INDONESIAN);
    }

    /** The message in English (zi-report/1's {@code messageEn}). */
    public String messageEn() {
        return message(Locale.ENGLISH);
    }

    /** What would be valid, in English (zi-report/1's {@code expected}); may be null. */
    public @Nullable String expected() {
        return expected(Locale.ENGLISH);
    }

    /** What would be valid, in Bahasa Indonesia (zi-report/1's {@code expectedId}); may be null. */
    public @Nullable String expectedId() {
        return expected(Message.INDONESIAN);
    }

    /** {@code location: message (expected: …)} in the language of {@code locale}. */
    public String format(Locale locale) {
        String exp = valid == null ? "" : " (" + Message.of("expected", valid).text(locale) + ")";
        return location + ": " + message(locale) + exp;
    }

    @Override
    public String toString() {
        return severity + " " + code + " " + format(Locale.ENGLISH);
    }

    /** How serious a problem is. */
    public enum Severity {
        /** The input is refused. */
        ERROR,
        /** The input is accepted; a reviewer should look. */
        WARNING
    }
}
