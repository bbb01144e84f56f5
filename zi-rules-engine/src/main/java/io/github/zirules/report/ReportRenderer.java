package io.github.zirules.report;

import io.github.zirules.api.Result;
import io.github.zirules.report.internal.Escape;
import io.github.zirules.report.internal.ReportView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One result as a report people can read, in Bahasa Indonesia ({@code "id"}) or English ({@code "en"}).
 *
 * <pre>{@code
 * Result r = evaluator.evaluate(assessment);
 * System.out.print(ReportRenderer.text(r, "id"));                 // terminal
 * String page = ReportRenderer.html(r, ReportOptions.of("id")
 *         .withScale(AreaScale.learn(evaluator, r)));            // one self-contained HTML file, with the chart
 * }</pre>
 *
 * <ul>
 *   <li>{@link #text}: unit, rule set, verdict, the score tree, the change areas against the target's minimum, every
 *       check with ✓/✗ and its shortfall ("kurang 0,25 poin" / "short by 0.25 points"), the warnings (many of one
 *       kind summarised on one line unless {@link ReportOptions#allWarnings()}).</li>
 *   <li>{@link #markdown}: the same as a Markdown page with tables.</li>
 *   <li>{@link #html}: the same as one HTML file with inline CSS and, when the options carry a known
 *       {@link AreaScale}, an inline SVG chart of the areas as a share of their weight against each
 *       predicate's minimum; every item's answer and points in a folded table. Nothing is fetched from elsewhere;
 *       every text from the assessment (unit names!) is escaped.</li>
 * </ul>
 *
 * <p>Areas, score components and checks are named as the result's rule set names them in its {@code structure.csv}
 * (the instrument's structure when the report is given it, else the built-in rule set's of that id, else the
 * PermenPAN-RB 90/2021 one); as many areas as the rule set declares are listed and drawn. Scores are written as
 * reported, with 2 decimals (a decimal comma in Bahasa Indonesia). Stateless and
 * thread-safe. Several results in one document: {@link ReportStream}.
 */
public final class ReportRenderer {

    private ReportRenderer() {
    }

    /**
     * {@code text} escaped exactly as the HTML reports escape every text from an assessment or a rule set, for a page
     * that shows such text beside them: {@code & < > " '} as entities (safe in element content and in double- or
     * single-quoted attribute values) and control characters other than line feed and tab as {@code ?}. The one HTML
     * escaper of zi-rules; {@code ""} for null.
     */
    public static String escapeHtml(@Nullable String text) {
        return text == null ? "" : Escape.html(text);
    }

    /** The terminal report of {@code result} in {@code language} ({@code id} or {@code en}). */
    public static String text(Result result, String language) {
        return text(result, ReportOptions.of(language));
    }

    /** The terminal report of {@code result}. */
    public static String text(Result result, ReportOptions options) {
        return render(ReportFormat.TEXT, result, options);
    }

    /** The Markdown report of {@code result} in {@code language} ({@code id} or {@code en}). */
    public static String markdown(Result result, String language) {
        return markdown(result, ReportOptions.of(language));
    }

    /** The Markdown report of {@code result}. */
    public static String markdown(Result result, ReportOptions options) {
        return render(ReportFormat.MARKDOWN, result, options);
    }

    /**
     * The HTML report of {@code result} in {@code language} ({@code id} or {@code en}), without the chart (no
     * {@link AreaScale}): see {@link #html(Result, ReportOptions)}.
     */
    public static String html(Result result, String language) {
        return html(result, ReportOptions.of(language));
    }

    /** The HTML report of {@code result}: one complete, self-contained document. */
    public static String html(Result result, ReportOptions options) {
        return render(ReportFormat.HTML, result, options);
    }

    /** The HTML report of {@code input}: with its questions, evidence and chart as far as the input carries them. */
    public static String html(ReportInput input, ReportOptions options) {
        return render(ReportFormat.HTML, input, options);
    }

    /** The report of {@code input} in {@code format}, as one string. */
    public static String render(ReportFormat format, ReportInput input, ReportOptions options) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        StringWriter w = new StringWriter();
        ReportView v = new ReportView(input, options);
        String title = v.title() + " — " + v.unitName();
        try (ReportStream s = ReportStream.open(format, w, options, title)) {
            s.add(input);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return w.toString();
    }

    private static String render(ReportFormat format, Result result, ReportOptions options) {
        return render(format, ReportInput.of(Objects.requireNonNull(result, "result")).withScale(options.scale()),
                options);
    }
}
