package io.github.zirules.pdf;

import io.github.zirules.pdf.internal.HtmlToPdf;
import io.github.zirules.report.ReportFormat;
import io.github.zirules.report.ReportInput;
import io.github.zirules.report.ReportOptions;
import io.github.zirules.report.ReportStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.Objects;

/**
 * Reports as one PDF on A4, made from the same HTML as the engine's
 * {@link io.github.zirules.report.ReportRenderer#html(ReportInput, ReportOptions) HTML report} in its form for paper
 * ({@link ReportOptions#withPrint}): page numbers, the date and the rule set's hash in every page's footer, no heading
 * left alone at the foot of a page, every item with its question and evidence, and a signature block (place, date,
 * evaluator) as an evaluation report (<i>LHE</i>) has. With more than one report, the first page is a table of the
 * units.
 *
 * <pre>{@code
 * try (PdfReport pdf = PdfReport.open(out, ReportOptions.of("id").withDate(LocalDate.now())
 *         .withSignature("Dra. Siti Aminah", "Jakarta"))) {
 *     pdf.add(ReportInput.of(evaluator, assessment, result));
 * }
 * }</pre>
 *
 * <p>The PDF is made when the report is closed; until then the pages are kept in memory, so print a few hundred
 * units per file, not a hundred thousand. The text is set in DejaVu Sans or Liberation Sans when the system has them
 * (or the TrueType font named by the system property {@code zirules.pdf.font}), else in the PDF's built-in
 * Helvetica. Not thread-safe.
 */
public final class PdfReport implements Closeable {

    private final OutputStream out;
    private final StringWriter html = new StringWriter();
    private final ReportStream stream;
    private boolean closed;

    private PdfReport(OutputStream out, ReportOptions options) throws IOException {
        this.out = out;
        this.stream = ReportStream.open(ReportFormat.HTML, html, options.withPrint(true));
    }

    /** A PDF report that will be written to {@code out} when closed. */
    public static PdfReport open(OutputStream out, ReportOptions options) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        return new PdfReport(out, options);
    }

    /**
     * Writes the PDF of {@code input} alone to {@code out} (which stays open): the HTML report for paper with page
     * numbers, the date and the rule set's hash in every page's footer, and a signature block.
     *
     * @throws IOException if writing to {@code out} fails
     */
    public static void write(ReportInput input, ReportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(input, "input");
        try (PdfReport pdf = open(out, options)) {
            pdf.add(input);
        }
    }

    /** Adds the report of {@code input}. */
    public void add(ReportInput input) throws IOException {
        stream.add(input);
    }

    /** How many reports were added. */
    public int count() {
        return stream.count();
    }

    /** Ends the document and writes the PDF to the stream (which stays open). */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            stream.close();
            HtmlToPdf.write(html.toString(), out);
            out.flush();
        }
    }
}
