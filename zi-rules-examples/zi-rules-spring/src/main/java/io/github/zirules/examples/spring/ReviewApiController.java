package io.github.zirules.examples.spring;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Predikat;
import io.github.zirules.compare.AnswerSet;
import io.github.zirules.compare.AnswerSetComparison;
import io.github.zirules.json.ProblemJson;
import io.github.zirules.planner.GapPlanner;
import io.github.zirules.planner.Plan;
import io.github.zirules.planner.PlannedChange;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The planner and the comparison of reviewers as JSON: {@code POST /api/plans} and {@code POST /api/comparisons}
 * take a {@code zi-assessment/1} document, as {@code POST /api/evaluations} does, and refuse the same inputs with the
 * same problems. Their answers are small views written by Spring's JSON mapper.
 */
@RestController
public class ReviewApiController {

    private final EvaluationService service;
    private final Evaluator evaluator;
    private final GapPlanner planner;

    /** A controller over the shared beans. */
    public ReviewApiController(EvaluationService service, Evaluator evaluator, GapPlanner planner) {
        this.service = service;
        this.evaluator = evaluator;
        this.planner = planner;
    }

    /** A plan for the posted assessment to reach {@code target} (WBK, WBBM; default: the assessment's own). */
    @PostMapping(path = "/api/plans", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> plan(@RequestParam(name = "target", required = false) String target,
                                  HttpServletRequest request) throws IOException {
        EvaluationService.Checked c = read(request);
        if (c == null || !c.ok()) {
            return c == null ? EvaluationController.refuseCharset(request) : refused(request, c.status(), c.problems());
        }
        Assessment a = c.assessment();
        Predikat goal = PlanTarget.of(target, a);
        if (goal == null) {
            return refused(request, 400, List.of(PlanTarget.missing(target)));
        }
        EvaluationService.Done<Plan> d = service.run(a, "planning", () -> planner.plan(a, goal));
        return d.ok() ? ResponseEntity.ok(PlanView.of(d.value())) : refused(request, d.status(), d.problems());
    }

    /** The unit's answers against its reviewers' ({@code reviews}). */
    @PostMapping(path = "/api/comparisons", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> compare(HttpServletRequest request) throws IOException {
        EvaluationService.Checked c = read(request);
        if (c == null || !c.ok()) {
            return c == null ? EvaluationController.refuseCharset(request) : refused(request, c.status(), c.problems());
        }
        EvaluationService.Done<AnswerSetComparison> d = service.run(c.assessment(), "comparing",
                () -> AnswerSetComparison.compare(evaluator, c.assessment()));
        return d.ok() ? ResponseEntity.ok(ComparisonView.of(d.value())) : refused(request, d.status(), d.problems());
    }

    /** The checked assessment; null when its charset is refused. */
    private EvaluationService.Checked read(HttpServletRequest request) throws IOException {
        if (EvaluationController.refuseCharset(request) != null) {
            return null;
        }
        return service.check(request.getInputStream(), request.getContentLengthLong(), EvaluationController.SOURCE);
    }

    private static ResponseEntity<String> refused(HttpServletRequest request, int status,
                                                  List<io.github.zirules.api.Problem> problems) {
        Refusals.note(request, problems);
        return ResponseEntity.status(status).contentType(Refusals.JSON_UTF8).body(ProblemJson.write(problems));
    }

    /**
     * A plan as {@code POST /api/plans} answers it.
     *
     * @param target the predicate planned for
     * @param feasible whether the changes make the unit eligible
     * @param minimal whether they are proven a smallest set
     * @param reason the reason code, e.g. {@code PLAN_FOUND}
     * @param messageId the reason in Bahasa Indonesia
     * @param messageEn the reason in English
     * @param changes the answer changes
     * @param totalAfter the total with the changes applied
     * @param eligibleAfter whether the unit is eligible with the changes applied
     */
    public record PlanView(String target, boolean feasible, boolean minimal, String reason, String messageId,
                           String messageEn, List<ChangeView> changes, BigDecimal totalAfter,
                           boolean eligibleAfter) {

        static PlanView of(Plan p) {
            return new PlanView(p.target().name(), p.feasible(), p.minimal(), p.reason().code(),
                    p.reason().messageId(), p.reason().messageEn(), p.changes().stream().map(ChangeView::of).toList(),
                    p.result().scores().total(), p.result().eligible());
        }
    }

    /**
     * One planned change.
     *
     * @param item the item id
     * @param from the answer now, as written in a report; null when unanswered
     * @param to the answer needed
     * @param gain the points gained
     * @param needsNewSurvey whether reaching it takes a new survey
     */
    public record ChangeView(String item, String from, String to, BigDecimal gain, boolean needsNewSurvey) {

        static ChangeView of(PlannedChange c) {
            return new ChangeView(c.item().toString(), display(c.from()), display(c.to()), c.gain(),
                    c.needsNewSurvey());
        }
    }

    /**
     * A comparison as {@code POST /api/comparisons} answers it.
     *
     * @param totals each answer set's total, by role ({@code UNIT} first)
     * @param eligible whether each answer set makes the unit eligible, by role
     * @param items for each item answered differently, each set's answer by role
     * @param verdictsDiffer whether the verdicts differ
     */
    public record ComparisonView(Map<String, BigDecimal> totals, Map<String, Boolean> eligible,
                                 Map<String, Map<String, String>> items, boolean verdictsDiffer) {

        static ComparisonView of(AnswerSetComparison c) {
            Map<String, BigDecimal> totals = new java.util.LinkedHashMap<>();
            Map<String, Boolean> eligible = new java.util.LinkedHashMap<>();
            for (AnswerSet s : c.sets()) {
                totals.put(s.role(), s.result().scores().total());
                eligible.put(s.role(), s.result().eligible());
            }
            Map<String, Map<String, String>> items = new java.util.LinkedHashMap<>();
            c.items().forEach(d -> {
                Map<String, String> answers = new java.util.LinkedHashMap<>();
                d.answers().forEach((role, a) -> answers.put(role, display(a)));
                items.put(d.item().toString(), answers);
            });
            return new ComparisonView(totals, eligible, items, c.verdictsDiffer());
        }
    }

    private static String display(Answer a) {
        return a == null ? null : a.display();
    }
}
