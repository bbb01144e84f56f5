package io.github.zirules.cli;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Result;
import io.github.zirules.excel.LkeWorkbooks;
import io.github.zirules.excel.ScoredUnit;
import io.github.zirules.json.ReportLayout;
import io.github.zirules.json.ReportsWriter;
import io.github.zirules.json.ZiJson;
import io.github.zirules.pdf.PdfReport;
import io.github.zirules.report.AreaScale;
import io.github.zirules.report.ReportFormat;
import io.github.zirules.report.ReportInput;
import io.github.zirules.report.ReportOptions;
import io.github.zirules.report.ReportStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where {@code evaluate} writes each result as soon as it has it: nothing is kept between two results. */
interface ReportOutput extends AutoCloseable {

    /**
     * The report of {@code r}, scored from {@code a}, drawn ahead of its turn, on any thread, for {@link #add}; null
     * when this output draws a report only when it is added (its documents keep state from one report to the next).
     */
    default Object draw(Result r, Assessment a) {
        return null;
    }

    /**
     * Writes the report of {@code r}, scored from {@code a} (whose evidence the documents list).
     *
     * @param drawn what {@link #draw} gave for {@code r}, or null to draw it now
     */
    void add(Result r, Assessment a, Object drawn) throws IOException;

    /** Counts a file that was refused (for the closing summary of JSON Lines). */
    default void refused() {
    }

    /** Ends the output (closing brackets, closing tags, a summary); does not close the writer. */
    @Override
    void close() throws IOException;

    /**
     * zi-report/1 JSON, written by {@link ZiJson}: one document, a JSON array streamed element by element by a
     * {@link ReportsWriter} (the same bytes as {@link ZiJson#writeReports} with {@link ReportLayout#ARRAY}), or JSON
     * Lines ending with a summary line, {@code {"format":"zi-report-summary/1","reports":N,"refused":M}}, so that a
     * cut-off file is known by its missing last line.
     */
    final class Json implements ReportOutput {

        /** How the reports are laid out. */
        enum Layout { SINGLE, ARRAY, LINES }

        private final ZiJson json;
        private final Writer out;
        private final OutputStream bytes;
        private final ReportsWriter reports;
        private final boolean lines;
        private int refused;
        private boolean closed;

        /**
         * JSON to {@code out} or, when {@code bytes} is given (a file), to {@code bytes} as UTF-8: the reports are then
         * drawn as bytes on the threads that score them and written as they are.
         */
        Json(ZiJson json, Writer out, OutputStream bytes, Layout layout) throws IOException {
            this.json = json;
            this.out = out;
            this.bytes = bytes;
            this.lines = layout == Layout.LINES;
            ReportLayout l = layout == Layout.ARRAY ? ReportLayout.ARRAY : ReportLayout.JSON_LINES;
            this.reports = layout == Layout.SINGLE ? null
                    : bytes != null ? json.openReports(bytes, l) : json.openReports(out, l);
        }

        /**
         * The report as this layout writes it, without what separates it from the one before: UTF-8 bytes when
         * writing to a file, else text. Thread-safe.
         */
        @Override
        public Object draw(Result r, Assessment a) {
            if (reports == null) {
                return json.writeReport(r);
            }
            return bytes != null ? reports.drawUtf8(r) : reports.draw(r);
        }

        @Override
        public void add(Result r, Assessment a, Object drawn) throws IOException {
            Object report = drawn != null ? drawn : draw(r, a);
            if (reports == null) {
                write((String) report);
            } else if (report instanceof byte[] utf8) {
                reports.addUtf8(utf8);
            } else {
                reports.add((String) report);
            }
        }

        private void write(String text) throws IOException {
            if (bytes != null) {
                bytes.write(text.getBytes(StandardCharsets.UTF_8));
                bytes.flush();
            } else {
                out.write(text);
                out.flush();
            }
        }

        @Override
        public void refused() {
            refused++;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (reports != null) {
                reports.close();
            }
            if (lines) {
                write(json.writeReportSummary(reports.count(), refused));
            }
            if (bytes == null) {
                out.flush();
            }
        }
    }

    /**
     * What a document shows of each result: its assessment's evidence, its rule set's questions and, for the formats
     * with a chart, the area scale (weights and minimums), learned from the evaluator once per rule set; the text
     * and CSV reports do without, so that the first verdict comes as fast as it can. Thread-safe.
     */
    final class Inputs {

        private final Evaluator evaluator;
        private final boolean learnScale;
        private final Map<String, AreaScale> scales = new ConcurrentHashMap<>();
        private final Map<String, Instrument> instruments = new ConcurrentHashMap<>();

        Inputs(Evaluator evaluator, boolean learnScale) {
            this.evaluator = evaluator;
            this.learnScale = learnScale;
        }

        ReportInput of(Result r, Assessment a) {
            String key = r.ruleSet().id() + "@" + r.ruleSet().sha256();
            AreaScale scale = learnScale ? scales.computeIfAbsent(key, k -> AreaScale.learn(evaluator, r))
                    : AreaScale.UNKNOWN;
            Instrument instrument = instruments.computeIfAbsent(key, k -> evaluator.instrument(r.ruleSet().id()));
            return new ReportInput(r, a, instrument, scale);
        }
    }

    /**
     * A text, Markdown, HTML or CSV document through {@link ReportStream}; text and Markdown reports are drawn ahead,
     * on the threads that score them (as UTF-8 bytes when writing to a file).
     */
    final class Document implements ReportOutput {

        private final ReportStream stream;
        private final Inputs inputs;

        /** The document to {@code out} or, when {@code bytes} is given (a file), to {@code bytes} as UTF-8. */
        Document(ReportFormat format, Writer out, OutputStream bytes, ReportOptions options, Evaluator evaluator)
                throws IOException {
            this.stream = bytes != null ? ReportStream.open(format, bytes, options)
                    : ReportStream.open(format, out, options);
            this.inputs = new Inputs(evaluator, format == ReportFormat.HTML || format == ReportFormat.MARKDOWN);
        }

        @Override
        public ReportStream.Drawn draw(Result r, Assessment a) {
            return stream.draw(inputs.of(r, a));
        }

        @Override
        public void add(Result r, Assessment a, Object drawn) throws IOException {
            if (drawn != null) {
                stream.add((ReportStream.Drawn) drawn);
            } else {
                stream.add(inputs.of(r, a));
            }
            stream.flush();
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    /** One PDF of every report, made when closed (see {@link PdfReport}). */
    final class Pdf implements ReportOutput {

        private final PdfReport pdf;
        private final Inputs inputs;
        private boolean closed;

        Pdf(OutputStream out, ReportOptions options, Evaluator evaluator) throws IOException {
            this.pdf = PdfReport.open(out, options);
            this.inputs = new Inputs(evaluator, false);
        }

        @Override
        public void add(Result r, Assessment a, Object drawn) throws IOException {
            pdf.add(inputs.of(r, a));
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                pdf.close();
            }
        }
    }

    /**
     * The scored LKE workbook of one assessment or, for several, one summary workbook (a row per unit, a sheet per
     * unit), written when closed: the units are kept until then.
     */
    final class Workbook implements ReportOutput {

        private final OutputStream out;
        private final Evaluator evaluator;
        private final boolean single;
        private final List<ScoredUnit> units = new ArrayList<>();
        private boolean closed;

        Workbook(OutputStream out, Evaluator evaluator, boolean single) {
            this.out = out;
            this.evaluator = evaluator;
            this.single = single;
        }

        @Override
        public void add(Result r, Assessment a, Object drawn) {
            units.add(new ScoredUnit(a, r));
        }

        @Override
        public void close() throws IOException {
            if (closed || units.isEmpty()) {
                return;
            }
            closed = true;
            Instrument instrument = evaluator.instrument(units.get(0).result().ruleSet().id());
            if (single && units.size() == 1) {
                LkeWorkbooks.writeScored(units.get(0), instrument, out);
            } else {
                LkeWorkbooks.writeSummary(units, instrument, out);
            }
            out.flush();
        }
    }
}
