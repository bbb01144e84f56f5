package io.github.zirules.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a report is written. Immutable; start from {@link #of(String)} and change a copy with the {@code with…}
 * methods.
 *
 * @param language {@code id} (Bahasa Indonesia: decimal comma, "kurang 0,25 poin") or {@code en}
 * @param scale the area weights and minimums for the chart and the "% of weight" columns; {@link AreaScale#UNKNOWN}
 *     leaves them out (a {@link ReportInput}'s own scale, when known, wins)
 * @param allWarnings whether every warning is listed; by default many warnings of one kind are summarised on one
 *     line ("113 butir belum dijawab")
 * @param print whether the HTML is for paper (the PDF of zi-rules-pdf's {@code PdfReport}): A4 pages, every table unfolded, no heading left alone at the
 *     foot of a page, a signature block, marks written as words
 * @param date the date the report is made and signed, or null (then none is written)
 * @param evaluator who signs the report (the evaluator, <i>evaluator</i>), or null for a blank line to sign on
 * @param place where it is signed (<i>tempat</i>), or null for a blank
 */
public record ReportOptions(String language, AreaScale scale, boolean allWarnings, boolean print,
                            @Nullable LocalDate date, @Nullable String evaluator, @Nullable String place) {

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

    /** Options for the screen, with no date and no signer. */
    public ReportOptions(String language, AreaScale scale, boolean allWarnings) {
        this(language, scale, allWarnings, false, null, null, null);
    }

    /** Options for {@code language} ({@code id} or {@code en}), no area scale, warnings summarised. */
    public static ReportOptions of(String language) {
        return new ReportOptions(language, AreaScale.UNKNOWN, false);
    }

    /** A copy with this area scale. */
    public ReportOptions withScale(AreaScale newScale) {
        return new ReportOptions(language, newScale, allWarnings, print, date, evaluator, place);
    }

    /** A copy that lists every warning ({@code true}) or summarises them ({@code false}). */
    public ReportOptions withAllWarnings(boolean all) {
        return new ReportOptions(language, scale, all, print, date, evaluator, place);
    }

    /** A copy for paper ({@code true}) or the screen. */
    public ReportOptions withPrint(boolean forPaper) {
        return new ReportOptions(language, scale, allWarnings, forPaper, date, evaluator, place);
    }

    /** A copy dated {@code newDate} (null: no date). */
    public ReportOptions withDate(@Nullable LocalDate newDate) {
        return new ReportOptions(language, scale, allWarnings, print, newDate, evaluator, place);
    }

    /** A copy signed by {@code newEvaluator} at {@code newPlace} (either may be null: a blank to fill in). */
    public ReportOptions withSignature(@Nullable String newEvaluator, @Nullable String newPlace) {
        return new ReportOptions(language, scale, allWarnings, print, date, newEvaluator, newPlace);
    }
}
