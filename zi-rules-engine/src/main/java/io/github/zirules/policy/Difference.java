package io.github.zirules.policy;

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

    /** The difference in {@code id} (Bahasa Indonesia) or English (anything else). */
    public String message(String language) {
        return "id".equals(language) ? label("id") + " diharapkan " + expected + " tetapi " + actual
                : "expected " + label("en") + " " + expected + " but was " + actual;
    }

    private String label(String language) {
        return switch (what) {
            case "failed" -> "id".equals(language) ? "pemeriksaan gagal" : "failed checks";
            case "warnings" -> "id".equals(language) ? "peringatan" : "warnings";
            case "eligible" -> "id".equals(language) ? "layak" : "eligible";
            default -> what;
        };
    }

    @Override
    public String toString() {
        return message("en");
    }
}
