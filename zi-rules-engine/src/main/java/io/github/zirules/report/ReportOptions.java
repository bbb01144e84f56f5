package io.github.zirules.report;

import java.util.Locale;
import java.util.Objects;

/**
 * How a report is written. Immutable; start from {@link #of(String)} and change a copy with the {@code with…}
 * methods.
 *
 * @param language {@code id} (Bahasa Indonesia: decimal comma, "kurang 0,25 poin") or {@code en}
 * @param scale the area weights and minimums for the chart and the "% of weight" columns; {@link AreaScale#UNKNOWN}
 *     leaves them out
 * @param allWarnings whether every warning is listed; by default many warnings of one kind are summarised on one
 *     line ("113 butir belum dijawab")
 */
public record ReportOptions(String language, AreaScale scale, boolean allWarnings) {

    /**
     * Checks the language and fills a null scale with {@link AreaScale#UNKNOWN}.
     *
     * @throws IllegalArgumentException if the language is not {@code id} or {@code en}
     */
    public ReportOptions {
        Objects.requireNonNull(language, "language must be id or en but was null");
        String l = language.strip().toLowerCase(Locale.ROOT);
        if (!l.equals("id") && !l.equals("en")) {
            throw new IllegalArgumentException("language must be id or en but was '" + language + "'");
        }
        language = l;
        scale = scale == null ? AreaScale.UNKNOWN : scale;
    }

    /** Options for {@code language} ({@code id} or {@code en}), no area scale, warnings summarised. */
    public static ReportOptions of(String language) {
        return new ReportOptions(language, AreaScale.UNKNOWN, false);
    }

    /** A copy with this area scale. */
    public ReportOptions withScale(AreaScale newScale) {
        return new ReportOptions(language, newScale, allWarnings);
    }

    /** A copy that lists every warning ({@code true}) or summarises them ({@code false}). */
    public ReportOptions withAllWarnings(boolean all) {
        return new ReportOptions(language, scale, all);
    }
}
