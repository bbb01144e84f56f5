package io.github.zirules.cli;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Result;
import io.github.zirules.json.ReportLayout;
import io.github.zirules.json.ZiJson;
import io.github.zirules.report.AreaScale;
import io.github.zirules.report.ReportFormat;
import io.github.zirules.report.ReportOptions;
import io.github.zirules.report.ReportStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where {@code evaluate} writes each result as soon as it has it: nothing is kept between two results. */
interface ReportOutput extends AutoCloseable {

    /** Writes the report of {@code r}. */
    void add(Result r) throws IOException;

    /** Counts a file that was refused (for the closing summary of JSON Lines). */
    default void refused() {
    }

    /** Ends the output (closing brackets, closing tags, a summary); does not close the writer. */
    @Override
    void close() throws IOException;

    /**
     * zi-report/1 JSON, written by {@link ZiJson}: one document, a JSON array streamed element by element (the same
     * bytes as {@link ZiJson#writeReports} with {@link ReportLayout#ARRAY}), or JSON Lines ending with a summary
     * line, {@code {"format":"zi-report-summary/1","reports":N,"refused":M}}, so that a cut-off file is known by
     * its missing last line.
     */
    final class Json implements ReportOutput {

        /** How the reports are laid out. */
        enum Layout { SINGLE, ARRAY, LINES }

        private final ZiJson json;
        private final Writer out;
        private final Layout layout;
        private int count;
        private int refused;
        private boolean closed;

        Json(ZiJson json, Writer out, Layout layout) {
            this.json = json;
            this.out = out;
            this.layout = layout;
        }

        @Override
        public void add(Result r) throws IOException {
            switch (layout) {
                case SINGLE -> out.write(json.writeReport(r));
                case LINES -> {
                    ByteArrayOutputStream line = new ByteArrayOutputStream(16_384);
                    json.writeReports(List.of(r), line, ReportLayout.JSON_LINES);
                    out.write(line.toString(StandardCharsets.UTF_8));
                }
                case ARRAY -> {
                    String doc = json.writeReport(r);
                    out.write(count == 0 ? "[\n  " : ",\n  ");
                    out.write(doc.substring(0, doc.length() - 1).replace("\n", "\n  "));
                }
            }
            count++;
            out.flush();
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
            if (layout == Layout.ARRAY) {
                out.write(count == 0 ? "[]\n" : "\n]\n");
            } else if (layout == Layout.LINES) {
                out.write("{\"format\":\"zi-report-summary/1\",\"reports\":" + count + ",\"refused\":" + refused
                        + "}\n");
            }
            out.flush();
        }
    }

    /**
     * A text, Markdown or HTML document through {@link ReportStream}. For Markdown and HTML the area scale (weights
     * and minimums, for the chart) is learned from the evaluator once per rule set; the text report does without,
     * so that the first verdict comes as fast as it can.
     */
    final class Document implements ReportOutput {

        private final ReportStream stream;
        private final Evaluator evaluator;
        private final boolean learnScale;
        private final Map<String, AreaScale> scales = new HashMap<>();

        Document(ReportFormat format, Writer out, ReportOptions options, Evaluator evaluator) throws IOException {
            this.stream = ReportStream.open(format, out, options);
            this.evaluator = evaluator;
            this.learnScale = format != ReportFormat.TEXT;
        }

        @Override
        public void add(Result r) throws IOException {
            AreaScale scale = AreaScale.UNKNOWN;
            if (learnScale) {
                scale = scales.computeIfAbsent(r.ruleSet().id() + "@" + r.ruleSet().sha256(),
                        k -> AreaScale.learn(evaluator, r));
            }
            stream.add(r, scale);
            stream.flush();
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
