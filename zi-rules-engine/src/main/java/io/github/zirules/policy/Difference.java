package io.github.zirules.policy;

import io.github.zirules.api.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * One way a case's result differs from what its scenario expects, e.g. {@code expected TOTAL 75.00 but was 74.99}.
 *
 * @param what what was compared: a score name, {@code eligible}, {@code failed} or {@code warnings}
 * @param expected the expected value as text
 * @param actual the actual value as text
 */
public record Difference(String what, String expected, String actual) {

    /** Refuses nulls. */
    public Difference {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    /** The difference as a catalogue message ({@code SCENARIO_DIFFERENCE}). */
    public Message text() {
        Object label = switch (what) {
            case "failed" -> Message.of("scenario.what.failed");
            case "warnings" -> Message.of("scenario.what.warnings");
            case "eligible" -> Message.of("scenario.what.eligible");
            default -> what;
        };
        return Message.of("SCENARIO_DIFFERENCE", label, expected, actual);
    }

    /** The difference in the language of {@code locale} (Bahasa Indonesia for {@code id}, else English). */
    public String message(Locale locale) {
        return text().text(locale);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
