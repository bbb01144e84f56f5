package io.github.zirules.examples.spring;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.ReloadStatus;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.json.ZiJson;
import io.github.zirules.report.AreaScale;
import io.github.zirules.report.ReportOptions;
import io.github.zirules.report.ReportRenderer;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API.
 *
 * <ul>
 *   <li>{@code POST /api/evaluations}: a {@code zi-assessment/1} document in ({@code application/json}), its
 *       {@code zi-report/1} out with 200; or {@code {"problems": [...]}} listing every problem with 400 (malformed
 *       JSON, a wrong type, a missing field, an answer that does not fit the instrument, an unknown rule set), 413
 *       (larger than {@code zirules.max-document-bytes}) or 500 (the rules failed; never a stack trace).</li>
 *   <li>The same with an LKE workbook ({@code Content-Type:
 *       application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}, {@code target=WBK|WBBM}).</li>
 *   <li>The same with {@code Accept: text/html}: the library's HTML report ({@code lang=id|en}).</li>
 *   <li>{@code GET /api/rulesets}: the rule sets the service scores with.</li>
 *   <li>{@code GET /api/rulesets/reload}: with {@code zirules.reload=true}, the generation serving and the problems
 *       of the last refused reload of {@code zirules.rules-dir} (empty once a later one is accepted).</li>
 * </ul>
 *
 * <p>The domain documents are read and written by {@link ZiJson} only, as bytes: Spring's own JSON mapper (Jackson 3)
 * never sees them, so a report is byte for byte what the library and the CLI write.
 */
@RestController
public class EvaluationController {

    /** The source name that problem locations give for a posted document, e.g. {@code request:3:17}. */
    static final String SOURCE = "request";

    private static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON,
            StandardCharsets.UTF_8);

    private final EvaluationService service;
    private final Evaluator evaluator;
    private final ZiJson json;

    /** A controller over the shared beans. */
    public EvaluationController(EvaluationService service, Evaluator evaluator, ZiJson json) {
        this.service = service;
        this.evaluator = evaluator;
        this.json = json;
    }

    /** Scores the posted assessment. */
    @PostMapping(path = "/api/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> evaluate(HttpServletRequest request) throws IOException {
        return scored(request, r -> ResponseEntity.ok().contentType(JSON_UTF8).body(json.writeReport(r)));
    }

    /** Scores the posted assessment and answers with the library's HTML report ({@code Accept: text/html}). */
    @PostMapping(path = "/api/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> evaluateAsHtml(@RequestParam(name = "lang", required = false) String lang,
                                                 HttpServletRequest request) throws IOException {
        return scored(request, r -> ResponseEntity.ok().contentType(Refusals.HTML_UTF8).body(ReportRenderer.html(r,
                ReportOptions.of(Html.lang(lang)).withScale(AreaScale.learn(evaluator, r)))));
    }

    /**
     * Scores a posted LKE workbook ({@code .xlsx}, as the upload page does): the same report, or the same problems
     * with the sheet and cell. {@code target=WBK|WBBM} is needed for a Lampiran III sheet, which names none.
     */
    @PostMapping(path = "/api/evaluations", consumes = PageController.XLSX,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> evaluateWorkbook(@RequestParam(name = "target", required = false) String target,
                                                   HttpServletRequest request) throws IOException {
        EvaluationService.Checked c = service.checkWorkbook(request.getInputStream(), request.getContentLengthLong(),
                SOURCE, PlanTarget.asked(target));
        if (!c.ok()) {
            return Refusals.answer(request, c.status(), c.problems());
        }
        EvaluationService.Done<Result> d = service.run(c.assessment(), "evaluating",
                () -> evaluator.evaluate(c.assessment()));
        return d.ok() ? ResponseEntity.ok().contentType(JSON_UTF8).body(json.writeReport(d.value()))
                : Refusals.answer(request, d.status(), d.problems());
    }

    /** The posted assessment scored and written by {@code answer}, or its refusal in the client's format. */
    private ResponseEntity<String> scored(HttpServletRequest request,
                                          Function<Result, ResponseEntity<String>> answer) throws IOException {
        ResponseEntity<String> refused = refuseCharset(request);
        if (refused != null) {
            return refused;
        }
        EvaluationService.Outcome o = service.evaluate(request.getInputStream(), request.getContentLengthLong(),
                SOURCE);
        return o.scored() ? answer.apply(o.result()) : Refusals.answer(request, o.status(), o.problems());
    }

    /**
     * A JSON document is UTF-8 (RFC 8259): a request that declares another charset ({@code charset=UTF-16}) is
     * refused with 415 rather than read wrongly; null when the charset is UTF-8 or not declared.
     */
    static ResponseEntity<String> refuseCharset(HttpServletRequest request) {
        // The header as sent: Spring Boot's CharacterEncodingFilter overwrites the request's encoding with UTF-8.
        String charset;
        try {
            charset = MediaType.parseMediaType(String.valueOf(request.getContentType())).getParameter("charset");
        } catch (IllegalArgumentException e) {
            charset = null; // a malformed Content-Type never reaches here: Spring answers it with 415 first
        }
        if (charset == null || charset.replace("\"", "").strip().equalsIgnoreCase("UTF-8")) {
            return null;
        }
        return Refusals.answer(request, 415, List.of(Problem.error("CHARSET_UNSUPPORTED",
                request.getMethod() + " " + Sanitized.of(request.getRequestURI()), Message.of("CHARSET_UNSUPPORTED",
                Sanitized.of(charset)), Message.of("CHARSET_UNSUPPORTED.expected"))));
    }

    /** The rule sets, in id order, as {@code {"ruleSets": [...]}}. */
    @GetMapping(path = "/api/rulesets", produces = MediaType.APPLICATION_JSON_VALUE)
    public RuleSets ruleSets() {
        return new RuleSets(evaluator.ruleSets().stream().map(RuleSetView::of).toList());
    }

    /** The safe reload's state: the rules serving and why the last reload, if refused, was refused. */
    @GetMapping(path = "/api/rulesets/reload", produces = MediaType.APPLICATION_JSON_VALUE)
    public ReloadState reloadState() {
        ReloadStatus s = evaluator.reloadStatus();
        return new ReloadState(s.reloading(), s.generation(), s.ruleSets().stream().map(RuleSetView::of).toList(),
                s.lastRefused());
    }

    /**
     * The answer of {@code GET /api/rulesets/reload}; written by Spring's JSON mapper.
     *
     * @param reloading whether {@code zirules.rules-dir} is watched and reloaded ({@code zirules.reload})
     * @param generation the generation serving: 1 at start, one more with each accepted reload
     * @param ruleSets the rule sets serving, in id order
     * @param lastRefused the problems of the last refused reload; empty if none was refused since the last accepted
     */
    public record ReloadState(boolean reloading, long generation, List<RuleSetView> ruleSets,
                              List<Problem> lastRefused) {
    }

    /**
     * The answer of {@code GET /api/rulesets}; written by Spring's JSON mapper.
     *
     * @param ruleSets every rule set, in id order
     */
    public record RuleSets(List<RuleSetView> ruleSets) {
    }

    /**
     * One rule set as {@code GET /api/rulesets} lists it: the fields of a report's {@code ruleset} object.
     *
     * @param id the id, e.g. {@code permenpan-rb-90-2021}
     * @param version its version
     * @param sha256 SHA-256 of its files, lower-case hex
     * @param title its title
     * @param legalBasis the regulation it encodes
     * @param years the assessment years it is the default for, e.g. {@code 2022-}; null if none
     * @param provisional whether its numbers are not all confirmed law
     * @param parents the ids of the rule sets it extends, nearest first
     */
    public record RuleSetView(String id, String version, String sha256, String title, String legalBasis,
                              String years, boolean provisional, List<String> parents) {

        static RuleSetView of(RuleSetInfo i) {
            return new RuleSetView(i.id(), i.version(), i.sha256(), i.title(), i.legalBasis(), i.years(),
                    i.provisional(), i.parents());
        }
    }
}
