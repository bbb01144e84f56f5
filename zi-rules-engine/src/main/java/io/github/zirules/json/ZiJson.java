package io.github.zirules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.compare.AnswerSetComparison;
import io.github.zirules.json.internal.AssessmentMapper;
import io.github.zirules.json.internal.AssessmentWriter;
import io.github.zirules.json.internal.ComparisonWriter;
import io.github.zirules.json.internal.DirectReader;
import io.github.zirules.json.internal.JsonWriter;
import io.github.zirules.json.internal.PlanWriter;
import io.github.zirules.json.internal.Problems;
import io.github.zirules.json.internal.ReportMapper;
import io.github.zirules.json.internal.ReportWriter;
import io.github.zirules.json.internal.TreeReader;
import io.github.zirules.planner.Plan;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the zi-rules JSON interchange formats: assessments ({@code zi-assessment/1}) and reports
 * ({@code zi-report/1}), as described in {@code docs/domain/FORMAT.md} and {@code docs/format.md}; writes the
 * planner's plans and reviewer comparisons ({@code zi-compare/1}) in the same layout. Jackson parses and writes.
 *
 * <pre>{@code
 * ZiJson json = ZiJson.create();                       // once; thread-safe
 * AssessmentRead read = json.readAssessment(Path.of("lke.json"));
 * if (!read.ok()) {
 *     read.problems().forEach(p -> System.err.println(p.format(Message.INDONESIAN)));
 * }
 * String report = json.writeReport(evaluator.evaluate(read.assessment()));
 * }</pre>
 *
 * <p>Reading an assessment never throws for bad input: every problem (malformed JSON with its
 * {@code source:line:column}, wrong types and missing fields with their JSON path, limits exceeded) is returned as
 * data, in Bahasa Indonesia and English. Writing is deterministic: equal values give identical bytes (UTF-8, a fixed
 * key order, two-space indentation, {@code \n} line ends, a trailing newline, exact plain-decimal numbers).
 *
 * <p>Immutable and thread-safe. Streams passed in are not closed; when reading, at most one buffer of the parser
 * (8,000 bytes) past the document's size limit is taken from them.
 */
public final class ZiJson {

    /** The most bytes a file may have to be read into memory at once (the fast path); larger ones are streamed. */
    private static final long MAX_AT_ONCE = 1L << 24;

    private final JsonLimits limits;
    private final JsonFactory factory;

    private ZiJson(JsonLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxTokenCount(limits.maxTokens())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .build())
                .build();
    }

    /** A reader and writer with the default limits ({@link JsonLimits#DEFAULTS}). */
    public static ZiJson create() {
        return new ZiJson(JsonLimits.DEFAULTS);
    }

    /** A reader and writer with the given limits. */
    public static ZiJson create(JsonLimits limits) {
        return new ZiJson(limits);
    }

    /** The limits that reading enforces. */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Reads a {@code zi-assessment/1} document. Never throws for bad input, nor for a failing stream: both are
     * returned as problems. Does not close {@code in}.
     *
     * @param in the UTF-8 bytes (a byte order mark is tolerated)
     * @param sourceName the name to use in problem locations, e.g. the file name
     */
    public AssessmentRead readAssessment(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        TreeReader.Outcome tree = new TreeReader(factory, limits, sourceName, AssessmentMapper.ID_KEYED).read(in);
        Problems problems = tree.problems();
        if (tree.root() == null) {
            return new AssessmentRead(null, problems.list());
        }
        Assessment a;
        try {
            a = new AssessmentMapper(problems).map(tree.root());
        } catch (RuntimeException e) {
            a = null;
            problems.add(unreadable(sourceName, e));
        }
        if (a == null && !problems.hasErrors()) {
            problems.add(unreadable(sourceName, null));
        }
        return new AssessmentRead(a, problems.list());
    }

    private static Problem unreadable(String source, @Nullable RuntimeException e) {
        String what = e == null ? "" : " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        return Problem.error("JSON_UNREADABLE", source, Message.of("JSON_UNREADABLE", what),
                Message.of("JSON_UNREADABLE.expected"));
    }

    /**
     * Reads a {@code zi-assessment/1} file; a file that cannot be read is a problem ({@code JSON_READ_FAILED}), not
     * an exception. The file's path is the source name. A regular file within the document limit is read into memory
     * at once, and a plain, valid document is read without a tree; the result is the same as reading the file as a
     * stream.
     */
    public AssessmentRead readAssessment(Path file) {
        String source = file.toString();
        byte[] bytes = plainBytes(file);
        if (bytes != null) {
            // The fast path: a plain, valid document straight into the assessment; anything else is read again the
            // careful way, from the same bytes, so every problem has the tree reader's words and location.
            Assessment a = readDirect(bytes);
            return a != null ? new AssessmentRead(a, List.of())
                    : readAssessment(new ByteArrayInputStream(bytes), source);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readAssessment(in, source);
        } catch (IOException e) {
            String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new AssessmentRead(null, List.of(Problem.error("JSON_READ_FAILED", source,
                    Message.of("JSON_READ_FAILED", what), Message.of("JSON_READ_FAILED.expected"))));
        }
    }

    /**
     * The assessment a plain, valid document holds, read without a tree; null if the document is anything else (then
     * {@link #readAssessment(InputStream, String)} finds and words its problems).
     */
    @Nullable Assessment readDirect(byte[] bytes) {
        return DirectReader.read(factory, limits, bytes);
    }

    /** The file's bytes if it is a regular file within the size limit and reads at once; null otherwise. */
    private byte @Nullable [] plainBytes(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > Math.min(limits.maxDocumentBytes(), MAX_AT_ONCE)) {
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null; // read again as a stream, which words the failure
        }
    }

    /**
     * Reads a {@code zi-assessment/1} document given as text (not a file name: see {@link #readAssessment(Path)}).
     *
     * @param json the document
     * @param sourceName the name to use in problem locations
     */
    public AssessmentRead readAssessment(String json, String sourceName) {
        return readAssessment(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sourceName);
    }

    /**
     * Reads a {@code zi-assessment/1} document and, if it was read, validates it against an instrument. The JSON
     * problems come first, then the validator's. Never throws for bad input. Does not close {@code in}.
     */
    public ValidatedRead readAndValidate(InputStream in, String sourceName, AssessmentValidator validator) {
        Objects.requireNonNull(validator, "validator");
        return validated(readAssessment(in, sourceName), sourceName, validator);
    }

    /** As {@link #readAndValidate(InputStream, String, AssessmentValidator)}, from a file. */
    public ValidatedRead readAndValidate(Path file, AssessmentValidator validator) {
        Objects.requireNonNull(validator, "validator");
        return validated(readAssessment(file), file.toString(), validator);
    }

    private static ValidatedRead validated(AssessmentRead read, String sourceName, AssessmentValidator validator) {
        if (!read.ok()) {
            return new ValidatedRead(null, read.problems());
        }
        // One list per document, capped: an answer set of 10,000 unknown items gives 100 problems and "and 9,900 more".
        Problems all = new Problems(sourceName);
        all.addAll(read.problems());
        all.addAll(validator.validate(read.assessment()));
        return new ValidatedRead(read.assessment(), all.list());
    }

    /** Writes {@code a} as {@code zi-assessment/1}, pretty-printed UTF-8 with a trailing newline. Does not close. */
    public void writeAssessment(Assessment a, OutputStream out) throws IOException {
        Objects.requireNonNull(a, "assessment");
        Writer w = utf8(out);
        JsonWriter jw = new JsonWriter(w, true, 0);
        AssessmentWriter.write(a, jw);
        w.write('\n');
        w.flush();
    }

    /** {@code a} as {@code zi-assessment/1} text, pretty-printed with a trailing newline. */
    public String writeAssessment(Assessment a) {
        Objects.requireNonNull(a, "assessment");
        return text(w -> AssessmentWriter.write(a, w));
    }

    /** {@code r} as {@code zi-report/1} text, pretty-printed with a trailing newline. */
    public String writeReport(Result r) {
        Objects.requireNonNull(r, "result");
        return text(w -> ReportWriter.write(r, w));
    }

    /**
     * {@code plan} as JSON text, pretty-printed like a report with a trailing newline: target, feasible, minimal,
     * reason, changes (answers in their {@code zi-assessment/1} shapes), steps, unit, ruleset and the result after
     * the changes (see docs/planner.md).
     */
    public String writePlan(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return text(w -> PlanWriter.write(plan, w));
    }

    /**
     * {@code comparison} as {@code zi-compare/1} text, pretty-printed like a report with a trailing newline: the
     * answer sets with their verdicts, then the items, scores and checks that differ (see docs/compare.md).
     */
    public String writeComparison(AnswerSetComparison comparison) {
        Objects.requireNonNull(comparison, "comparison");
        return text(w -> ComparisonWriter.write(comparison, w));
    }

    /**
     * The closing line of a batch of reports in JSON Lines: {@code {"format":"zi-report-summary/1","reports":N,
     * "refused":M}} and a newline, so that a file cut off by a crash is recognisable by its missing last line.
     *
     * @param reports how many reports the batch wrote
     * @param refused how many inputs it refused
     */
    public String writeReportSummary(long reports, long refused) {
        return string(w -> w.beginObject().name("format").value("zi-report-summary/1").name("reports").value(reports)
                .name("refused").value(refused).endObject(), false, 0) + "\n";
    }

    /** Writes {@code r} as {@code zi-report/1}, pretty-printed UTF-8 with a trailing newline. Does not close. */
    public void writeReport(Result r, OutputStream out) throws IOException {
        Objects.requireNonNull(r, "result");
        Writer w = utf8(out);
        ReportWriter.write(r, new JsonWriter(w, true, 0));
        w.write('\n');
        w.flush();
    }

    /**
     * Writes several reports in one output, laid out as {@code layout} says: a pretty-printed JSON array, or JSON
     * Lines (one compact report per line). Does not close {@code out}.
     */
    public void writeReports(List<Result> results, OutputStream out, ReportLayout layout) throws IOException {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(layout, "layout");
        try (ReportsWriter reports = openReports(out, layout)) {
            for (Result r : results) {
                reports.add(r);
            }
        }
    }

    /**
     * Several reports written to {@code out} one by one as they come, laid out as {@code layout} says (see
     * {@link ReportsWriter}); closing it ends the layout but does not close {@code out}.
     */
    public ReportsWriter openReports(Writer out, ReportLayout layout) throws IOException {
        return new ReportsWriter(out, layout);
    }

    /**
     * Several reports written to {@code out} as UTF-8, one by one as they come, laid out as {@code layout} says: the
     * bytes of {@link #openReports(Writer, ReportLayout)}'s text. Reports drawn ahead with
     * {@link ReportsWriter#drawUtf8} are written as they are. Closing it ends the layout but does not close {@code out}.
     */
    public ReportsWriter openReports(OutputStream out, ReportLayout layout) {
        return new ReportsWriter(out, layout);
    }

    /**
     * Reads a {@code zi-report/1} document, such as {@link #writeReport} writes. Scores come back with 2 decimals and
     * item values with 4, so a result whose numbers have those scales reads back equal. Does not close {@code in}.
     *
     * @throws InvalidInputException listing every problem, if the document is not a readable report (including a
     *     failing stream)
     */
    public Result readReport(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        TreeReader.Outcome tree = new TreeReader(factory, limits, sourceName, keys -> false).read(in);
        Problems problems = tree.problems();
        Result r = null;
        try {
            r = tree.root() == null ? null : new ReportMapper(problems).map(tree.root());
        } catch (RuntimeException e) {
            problems.add(unreadable(sourceName, e));
        }
        if (r == null || problems.hasErrors()) {
            if (!problems.hasErrors()) {
                problems.add(unreadable(sourceName, null));
            }
            throw new InvalidInputException("report " + sourceName, problems.list());
        }
        return r;
    }

    /** As {@link #readReport(InputStream, String)}, from text. */
    public Result readReport(String json, String sourceName) {
        return readReport(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sourceName);
    }

    private static Writer utf8(OutputStream out) {
        Objects.requireNonNull(out, "out");
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Writes one root value to a string, pretty-printed, with a trailing newline. */
    static String text(Body body) {
        return string(body, true, 0) + "\n";
    }

    /** Writes one root value to a string, pretty-printed from {@code indent} levels in or compact. */
    static String string(Body body, boolean pretty, int indent) {
        StringWriter sw = new StringWriter();
        try {
            body.write(new JsonWriter(sw, pretty, indent));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return sw.toString();
    }

    /** Something that writes one JSON value. */
    @FunctionalInterface
    interface Body {
        void write(JsonWriter w) throws IOException;
    }
}
