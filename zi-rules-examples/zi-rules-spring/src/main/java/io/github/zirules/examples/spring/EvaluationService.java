package io.github.zirules.examples.spring;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.excel.LkeImport;
import io.github.zirules.excel.LkeReadOptions;
import io.github.zirules.excel.LkeWorkbooks;
import io.github.zirules.json.AssessmentRead;
import io.github.zirules.json.ZiJson;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Reads, checks and scores one posted assessment with the shared {@link Evaluator}; used by the JSON API and the
 * upload page alike, so both refuse the same inputs with the same problems.
 *
 * <p>Never throws for bad input: every outcome is an {@link Outcome}, either a result or the HTTP status and every
 * problem. Stateless and thread-safe.
 */
@Service
public class EvaluationService {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationService.class);

    /** The problem code of a document over {@code zirules.max-document-bytes}, as {@link ZiJson} reports it. */
    static final String TOO_LARGE = "JSON_TOO_LARGE";

    private final Evaluator evaluator;
    private final ZiJson json;
    private final BoundedWork work;

    /** A service over the shared beans. */
    @Autowired
    public EvaluationService(Evaluator evaluator, ZiJson json, BoundedWork work) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.json = Objects.requireNonNull(json, "json");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A service with the default limits (for tests and embedding without Spring). */
    EvaluationService(Evaluator evaluator, ZiJson json) {
        this(evaluator, json, new BoundedWork(ServiceLimits.defaults().evaluationThreads(),
                ServiceLimits.defaults().evaluationTimeout()));
    }

    /** The evaluator the service scores with. */
    Evaluator evaluator() {
        return evaluator;
    }


    /** The largest document accepted, in bytes. */
    public long maxDocumentBytes() {
        return json.limits().maxDocumentBytes();
    }

    /**
     * Reads a {@code zi-assessment/1} document and scores it. Does not close {@code body}.
     *
     * @param body the document's bytes
     * @param declaredLength the length the client announced, or -1 if it announced none
     * @param source the name used in problem locations, e.g. {@code request} or the uploaded file's name
     */
    public Outcome evaluate(InputStream body, long declaredLength, String source) {
        Checked c = check(body, declaredLength, source);
        if (!c.ok()) {
            return Outcome.refused(c.status(), c.problems());
        }
        Done<Result> d = run(c.assessment(), "evaluating", () -> evaluator.evaluate(c.assessment()));
        return d.ok() ? Outcome.scored(d.value()) : Outcome.refused(d.status(), d.problems());
    }

    /**
     * Reads a {@code zi-assessment/1} document and checks it against its rule set, without scoring it. Does not close
     * {@code body}.
     */
    public Checked check(InputStream body, long declaredLength, String source) {
        if (declaredLength > maxDocumentBytes()) {
            return Checked.refused(413, List.of(tooLarge(source, declaredLength)));
        }
        AssessmentRead read = json.readAssessment(body, source);
        if (!read.ok()) {
            boolean tooLarge = read.problems().stream().anyMatch(p -> TOO_LARGE.equals(p.code()));
            return Checked.refused(tooLarge ? 413 : 400, read.problems());
        }
        return checkAssessment(read.assessment(), read.problems());
    }

    /**
     * Reads an LKE workbook ({@code .xlsx}: the Lampiran III sheet, an inspectorate's export or the project's
     * template) into an assessment and checks it, as {@link #check} does a JSON document. The reading itself runs
     * within the service's time and thread bounds. Problems name the sheet and cell ({@code LKE ZI!K45}).
     *
     * @param target the target predicate; needed for a Lampiran III sheet, which carries none
     */
    public Checked checkWorkbook(InputStream body, long declaredLength, String source, Predikat target) {
        if (declaredLength > maxDocumentBytes()) {
            return Checked.refused(413, List.of(tooLarge(source, declaredLength)));
        }
        String ruleSet = defaultRuleSet();
        LkeReadOptions options = LkeReadOptions.defaults().withTarget(target).withEvaluator(evaluator::evaluate)
                .withLimits(maxDocumentBytes(), LkeReadOptions.DEFAULT_MAX_ROWS);
        BoundedWork.Outcome<LkeImport> read = work.run("reading workbook " + Sanitized.of(source),
                () -> LkeWorkbooks.read(body, source, evaluator.instrument(ruleSet), options));
        if (read.value() == null) {
            return Checked.refused(read.status(), List.of(read.problem()));
        }
        LkeImport imported = read.value();
        if (!imported.ok()) {
            boolean tooLarge = imported.problems().stream().anyMatch(p -> p.code().equals("EXCEL_TOO_LARGE"));
            return Checked.refused(tooLarge ? 413 : 400, imported.problems());
        }
        return checkAssessment(imported.assessment(), imported.problems());
    }

    /** The rule set whose instrument reads a workbook: the first that is a default for some years, else the first. */
    private String defaultRuleSet() {
        List<RuleSetInfo> all = evaluator.ruleSets();
        return all.stream().filter(r -> r.years() != null).findFirst().orElse(all.get(0)).id();
    }

    private Checked checkAssessment(Assessment a, List<Problem> readProblems) {
        try {
            evaluator.ruleSetFor(a);
        } catch (UnknownRuleSetException e) {
            return Checked.refused(400, List.of(unknownRuleSet(a)));
        }
        List<Problem> problems = new ArrayList<>(readProblems);
        problems.addAll(evaluator.validate(a));
        if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
            return Checked.refused(400, problems);
        }
        return new Checked(a, 200, problems);
    }

    /**
     * Runs {@code task} (an evaluation, a plan, a comparison of {@code a}) within the service's time and thread
     * bounds; the engine's refusals and failures become problems (400, 500), as do the bounds (503).
     */
    public <T> Done<T> run(Assessment a, String what, Callable<T> task) {
        String unit = what + " unit '" + Sanitized.of(a.unit().id()) + "'";
        try {
            BoundedWork.Outcome<T> r = work.run(unit, task);
            return r.value() != null ? new Done<>(r.value(), 200, List.of())
                    : new Done<>(null, r.status(), List.of(r.problem()));
        } catch (InvalidInputException e) {
            return new Done<>(null, 400, e.problems());
        } catch (EvaluationException e) {
            LOG.error("{} failed", unit, e);
            return new Done<>(null, 500, List.of(Problem.error("EVALUATION_FAILED", "$",
                    Message.of("EVALUATION_FAILED", e.getMessage()), null)));
        }
    }

    /**
     * An assessment read and checked, or the status and problems it was refused with.
     *
     * @param assessment the assessment; null when refused
     * @param status 200, or 400 / 413 when refused (503 when reading a workbook took too long)
     * @param problems every problem when refused; the warnings of reading and checking otherwise
     */
    public record Checked(Assessment assessment, int status, List<Problem> problems) {

        /** Copies the problems. */
        public Checked {
            problems = List.copyOf(problems);
        }

        static Checked refused(int status, List<Problem> problems) {
            return new Checked(null, status, problems);
        }

        /** Whether the assessment may be scored. */
        public boolean ok() {
            return assessment != null;
        }
    }

    /**
     * What became of bounded work: its value, or the status and problems it was refused with.
     *
     * @param value the value; null when refused
     * @param status 200; 400 invalid input, 500 the rules failed, 503 too slow or too busy
     * @param problems every problem when refused
     * @param <T> the kind of value
     */
    public record Done<T>(T value, int status, List<Problem> problems) {

        /** Copies the problems. */
        public Done {
            problems = List.copyOf(problems);
        }

        /** Whether the work gave its value. */
        public boolean ok() {
            return value != null;
        }
    }

    private Problem tooLarge(String source, long length) {
        return Problem.error(TOO_LARGE, source, Message.of("REQUEST_TOO_LARGE", length),
                Message.of("REQUEST_TOO_LARGE.expected", maxDocumentBytes()));
    }

    private Problem unknownRuleSet(Assessment a) {
        String known = String.join(", ", evaluator.ruleSets().stream().map(RuleSetInfo::id).toList());
        if (a.ruleSet() != null) {
            return Problem.error("RULESET_UNKNOWN", "$.ruleset", Message.of("RULESET_UNKNOWN", a.ruleSet()),
                    Message.of("EXCEL_LAYOUT_UNKNOWN.expected", known));
        }
        return Problem.error("RULESET_NONE_FOR_YEAR", "$.year", Message.of("RULESET_NONE_FOR_YEAR", a.year()),
                Message.of("RULESET_NONE_FOR_YEAR.3.expected", known));
    }

    /**
     * What became of one posted assessment.
     *
     * @param result the result; null when refused
     * @param status the HTTP status to answer with: 200 with a result; 400 invalid input, 413 too large, 500 the
     *     rules failed, 503 the evaluation took too long or every evaluator was busy
     * @param problems every problem when refused; empty with a result (its warnings are in the result)
     */
    public record Outcome(Result result, int status, List<Problem> problems) {

        /** Copies the problems; refuses a result together with a non-200 status. */
        public Outcome {
            problems = List.copyOf(problems);
            if ((result != null) != (status == 200)) {
                throw new IllegalArgumentException("a result goes with status 200 and only with it, but status was "
                        + status);
            }
        }

        static Outcome scored(Result r) {
            return new Outcome(Objects.requireNonNull(r), 200, List.of());
        }

        static Outcome refused(int status, List<Problem> problems) {
            return new Outcome(null, status, problems);
        }

        /** Whether the assessment was scored. */
        public boolean scored() {
            return result != null;
        }
    }
}
