package io.github.zirules.report;

import io.github.zirules.api.Result;
import io.github.zirules.report.internal.CsvSummary;
import io.github.zirules.report.internal.DocumentFormat;
import io.github.zirules.report.internal.HtmlReport;
import io.github.zirules.report.internal.MarkdownReport;
import io.github.zirules.report.internal.ReportView;
import io.github.zirules.report.internal.TextReport;
import io.github.zirules.report.internal.Texts;
import io.github.zirules.report.internal.Utf8Text;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Several reports in one document, written one at a time so that nothing is kept: a run over 100,000 assessments
 * needs no more memory than a run over one. {@link #close()} ends the document (for HTML, the closing tags; with
 * more than one report, a summary line and, in HTML, a table of the units shown first) but does not close the
 * writer.
 *
 * <pre>{@code
 * try (ReportStream reports = ReportStream.open(ReportFormat.HTML, writer, ReportOptions.of("id"))) {
 *     for (Assessment a : assessments) {
 *         Result r = evaluator.evaluate(a);
 *         reports.add(r, AreaScale.learn(evaluator, r));   // or add(r): the scale of the options
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe, except {@link #draw}: a batch on several threads can draw each report on the thread that
 * scored it and add the drawn reports here, in order, on one thread. A stream opened on an {@link OutputStream} draws
 * them as UTF-8 bytes, ready to be written as they are.
 */
public final class ReportStream implements Closeable, Flushable {

    private final DocumentFormat format;
    private final Writer out;
    /** The bytes under {@link #out} when opened on an output stream, else null. */
    private final @Nullable OutputStream bytes;
    private final ReportOptions options;
    private int count;
    private int eligible;
    private boolean closed;

    private ReportStream(DocumentFormat format, Writer out, @Nullable OutputStream bytes, ReportOptions options) {
        this.format = format;
        this.out = out;
        this.bytes = bytes;
        this.options = options;
    }

    /**
     * Opens a document of {@code format} on {@code out}, writing its beginning now.
     *
     * @throws IOException if writing fails
     */
    public static ReportStream open(ReportFormat format, Writer out, ReportOptions options) throws IOException {
        Objects.requireNonNull(options, "options");
        Texts tx = new Texts(options.language());
        return open(format, out, options, tx.t("Laporan Penilaian Zona Integritas", "Zona Integritas Assessment Report"));
    }

    /**
     * Opens a document of {@code format} on {@code out}, in UTF-8, writing its beginning now; reports
     * {@linkplain #draw drawn} ahead are drawn as UTF-8 bytes and written as they are. Text that has no UTF-8 form
     * (an unpaired surrogate) fails the write with a {@link java.nio.charset.CharacterCodingException}, as on a
     * writer whose encoder reports it. {@link #flush()} and {@link #close()} flush {@code out} but do not close it.
     *
     * @throws IOException if writing fails
     */
    public static ReportStream open(ReportFormat format, OutputStream out, ReportOptions options) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        Texts tx = new Texts(options.language());
        return open(format, new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), out, options,
                tx.t("Laporan Penilaian Zona Integritas", "Zona Integritas Assessment Report"));
    }

    static ReportStream open(ReportFormat format, Writer out, ReportOptions options, String title) throws IOException {
        return open(format, out, null, options, title);
    }

    private static ReportStream open(ReportFormat format, Writer out, @Nullable OutputStream bytes,
            ReportOptions options, String title) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Texts tx = new Texts(options.language());
        DocumentFormat f = switch (format) {
            case TEXT -> new TextReport(tx);
            case MARKDOWN -> new MarkdownReport(tx);
            case HTML -> new HtmlReport(tx, title, options);
            case CSV -> new CsvSummary(tx);
        };
        ReportStream s = new ReportStream(f, out, bytes, options);
        f.begin(out);
        return s;
    }

    /** Adds the report of {@code result}, drawn with the scale of the options. */
    public void add(Result result) throws IOException {
        add(result, options.scale());
    }

    /** Adds the report of {@code result}, drawn with {@code scale} (e.g. learned for its rule set). */
    public void add(Result result, AreaScale scale) throws IOException {
        add(ReportInput.of(Objects.requireNonNull(result, "result")).withScale(scale));
    }

    /**
     * Adds the report of {@code input}: with its questions, evidence and chart as far as the input carries them (its
     * scale, when unknown, is the options').
     */
    public void add(ReportInput input) throws IOException {
        Objects.requireNonNull(input, "input");
        if (closed) {
            throw new IllegalStateException("the report stream is closed");
        }
        format.report(new ReportView(input, options), count, out);
        count++;
        if (input.result().eligible()) {
            eligible++;
        }
    }

    /**
     * The report of {@code input} drawn now, ahead of its turn, for {@link #add(Drawn)}: the same text that
     * {@link #add(ReportInput)} would write (as UTF-8 bytes on a stream opened on an {@link OutputStream}).
     * Thread-safe: call it from any thread. Null when this format's reports
     * depend on the ones before them (HTML numbers its reports and lists them in a table of units; CSV shares one
     * printer): add those with {@link #add(ReportInput)}.
     */
    public @Nullable Drawn draw(ReportInput input) {
        Objects.requireNonNull(input, "input");
        if (format.separator() == null) {
            return null;
        }
        ReportView view = new ReportView(input, options);
        if (bytes != null) {
            // Room for a full LKE's text report (about 34,000 bytes), so that it is not copied as it grows.
            Utf8Text utf8 = new Utf8Text(48 * 1024);
            report(view, utf8);
            if (utf8.encodable()) {
                return new Drawn(null, utf8, input.result().eligible());
            }
        }
        StringBuilder text = new StringBuilder(48 * 1024);
        report(view, text);
        return new Drawn(text.toString(), null, input.result().eligible());
    }

    private void report(ReportView view, Appendable into) {
        try {
            format.report(view, 0, into);
        } catch (IOException e) {
            throw new UncheckedIOException("drawing into memory failed", e);
        }
    }

    /** Adds a report that {@link #draw} drew: the document is the same as if it had been added with its input. */
    public void add(Drawn drawn) throws IOException {
        Objects.requireNonNull(drawn, "drawn");
        if (closed) {
            throw new IllegalStateException("the report stream is closed");
        }
        if (drawn.utf8 != null && bytes != null) {
            out.flush();
            if (count > 0) {
                bytes.write(format.separator().getBytes(StandardCharsets.UTF_8));
            }
            drawn.utf8.writeTo(bytes);
        } else {
            if (count > 0) {
                out.write(format.separator());
            }
            out.write(drawn.text != null ? drawn.text : String.valueOf(drawn.utf8));
        }
        count++;
        if (drawn.eligible) {
            eligible++;
        }
    }

    /** A report drawn ahead of its turn by {@link #draw}, to be added with {@link #add(Drawn)}. */
    public static final class Drawn {

        /** The report as text, or null when drawn as {@link #utf8}. */
        private final @Nullable String text;
        private final @Nullable Utf8Text utf8;
        private final boolean eligible;

        private Drawn(@Nullable String text, @Nullable Utf8Text utf8, boolean eligible) {
            this.text = text;
            this.utf8 = utf8;
            this.eligible = eligible;
        }
    }

    /** How many reports were added. */
    public int count() {
        return count;
    }

    /** How many of them are eligible. */
    public int eligibleCount() {
        return eligible;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
        if (bytes != null) {
            bytes.flush();
        }
    }

    /** Ends the document and flushes the writer (which stays open). Closing twice does nothing more. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            format.end(count, eligible, out);
            flush();
        }
    }
}
