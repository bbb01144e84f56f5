package io.github.zirules.examples.spring;

import static io.github.zirules.examples.spring.Html.esc;
import static io.github.zirules.examples.spring.Html.t;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.compare.AnswerSetComparison;
import io.github.zirules.excel.LkeWorkbooks;
import io.github.zirules.excel.ScoredUnit;
import io.github.zirules.json.ZiJson;
import io.github.zirules.pdf.PdfReport;
import io.github.zirules.planner.GapPlanner;
import io.github.zirules.planner.Plan;
import io.github.zirules.report.ReportInput;
import io.github.zirules.report.ReportOptions;
import io.github.zirules.report.ReportRenderer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The pages for people, server-rendered without script, in Bahasa Indonesia ({@code lang=id}, the default) or English
 * ({@code lang=en}):
 * <ul>
 *   <li>{@code GET /}, {@code POST /report}: upload an assessment file (JSON, or an LKE workbook {@code .xlsx}), see
 *       the library's HTML report with a bar to download it as PDF, HTML, the scored LKE workbook or JSON
 *       ({@code POST /report/download}, which scores the same assessment again: the service keeps nothing between
 *       requests);</li>
 *   <li>{@code GET /plan}, {@code POST /plan}: what to change to reach the target (the gap planner);</li>
 *   <li>{@code GET /compare}, {@code POST /compare}: the unit's answers against its reviewers' ({@code reviews}).</li>
 * </ul>
 * A refused file gets a page listing every problem, each with its place in words (400, or 413 over the limit).
 */
@Controller
public class PageController {

    private static final Logger LOG = LoggerFactory.getLogger(PageController.class);
    /** The media type of an Excel workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EvaluationService service;
    private final Evaluator evaluator;
    private final ZiJson json;
    private final GapPlanner planner;
    private final ItemNames names;

    /** A controller over the shared beans. */
    public PageController(EvaluationService service, Evaluator evaluator, ZiJson json, GapPlanner planner) {
        this.service = service;
        this.evaluator = evaluator;
        this.json = json;
        this.planner = planner;
        this.names = new ItemNames(evaluator);
    }

    /** The upload form. */
    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public ResponseEntity<String> form(@RequestParam(name = "lang", required = false) String lang) {
        String l = Html.lang(lang);
        return formPage(l, "/report", t(l, "Nilai penilaian mandiri", "Score a self-assessment"), t(l,
                "Unggah berkas penilaian (format <code>zi-assessment/1</code>) untuk melihat nilai, setiap syarat "
                        + "dengan kekurangannya, dan apakah unit dapat diusulkan.",
                "Upload an assessment file (format <code>zi-assessment/1</code>) to see its scores, every check "
                        + "with its shortfall, and whether the unit may be proposed."), Pages.targetField(l),
                t(l, "Nilai", "Evaluate"));
    }

    /** Scores the uploaded file and shows the report, with the download bar. */
    @PostMapping(path = "/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public ResponseEntity<String> report(@RequestParam("assessment") MultipartFile file,
                                         @RequestParam(name = "target", required = false) String target,
                                         @RequestParam(name = "lang", required = false) String lang,
                                         HttpServletRequest request) throws IOException {
        String l = Html.lang(lang);
        return answer(file, target, l, request, "evaluating", a -> () -> evaluator.evaluate(a),
                (a, r) -> Look.intoReport(report(a, r, l), Look.nav(l, "/") + downloads(l, a)));
    }

    /**
     * The report of the assessment in the form field {@code document}, as a file: {@code format=html|json|pdf|xlsx}
     * (the PDF on A4 for signing, the XLSX as the scored LKE workbook).
     */
    @PostMapping(path = "/report/download", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    public ResponseEntity<?> download(@RequestParam(name = "format", defaultValue = "html") String format,
                                      @RequestParam(name = "lang", required = false) String lang,
                                      HttpServletRequest request) throws IOException, ServletException {
        String l = Html.lang(lang);
        Part document = request.getPart("document");
        if (document == null) {
            throw new MissingServletRequestPartException("document");
        }
        EvaluationService.Checked c;
        try (InputStream in = document.getInputStream()) {
            c = service.check(in, document.getSize(), "document");
        }
        if (!c.ok()) {
            return refused(request, l, "document", c.status(), c.problems());
        }
        Assessment a = c.assessment();
        EvaluationService.Done<Result> d = service.run(a, "evaluating", () -> evaluator.evaluate(a));
        if (!d.ok()) {
            return refused(request, l, "document", d.status(), d.problems());
        }
        Result r = d.value();
        String base = fileName(r.unit().id()) + ".report";
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> attachment(json.writeReport(r).getBytes(StandardCharsets.UTF_8),
                    "application/json;charset=UTF-8", base + ".json");
            case "html" -> attachment(report(a, r, l).getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8",
                    base + ".html");
            case "pdf" -> attachment(bytes(out -> PdfReport.write(ReportInput.of(evaluator, a, r),
                    ReportOptions.of(l).withDate(LocalDate.now()), out)), "application/pdf", base + ".pdf");
            case "xlsx" -> attachment(bytes(out -> LkeWorkbooks.writeScored(new ScoredUnit(a, r),
                    evaluator.instrument(r.ruleSet().id()), out)), XLSX, base + ".xlsx");
            default -> refused(request, l, "format", 400, List.of(Problem.error("FORMAT_UNKNOWN", "format",
                    Message.of("FORMAT_UNKNOWN.3", Sanitized.of(format)), Message.of("FORMAT_UNKNOWN.3.expected"))));
        };
    }

    /** The planner's form. */
    @GetMapping(path = "/plan", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public ResponseEntity<String> planForm(@RequestParam(name = "lang", required = false) String lang) {
        String l = Html.lang(lang);
        return formPage(l, "/plan", t(l, "Rencana perbaikan", "Improvement plan"), t(l,
                "Jawaban mana yang perlu diperbaiki, dan sejauh apa, agar unit mencapai sasarannya dengan perubahan "
                        + "sesedikit mungkin.", "Which answers to improve, and how far, for the unit to reach its "
                        + "target with as few changes as possible."), Pages.targetField(l),
                t(l, "Susun rencana", "Make a plan"));
    }

    /** Plans for the uploaded file. */
    @PostMapping(path = "/plan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public ResponseEntity<String> plan(@RequestParam("assessment") MultipartFile file,
                                       @RequestParam(name = "target", required = false) String target,
                                       @RequestParam(name = "lang", required = false) String lang,
                                       HttpServletRequest request) throws IOException {
        String l = Html.lang(lang);
        return answer(file, target, l, request, "planning", a -> () -> {
            Predikat goal = PlanTarget.of(target, a);
            if (goal == null) {
                throw new InvalidInputException("the plan's target", List.of(PlanTarget.missing(target)));
            }
            return new PlanNow(planner.plan(a, goal), evaluator.evaluate(a));
        }, (a, p) -> PlanPages.plan(l, p.plan(), p.now(), names));
    }

    /** The comparison's form. */
    @GetMapping(path = "/compare", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public ResponseEntity<String> compareForm(@RequestParam(name = "lang", required = false) String lang) {
        String l = Html.lang(lang);
        return formPage(l, "/compare", t(l, "Bandingkan penilai", "Compare reviewers"), t(l,
                "Jawaban unit dibandingkan dengan jawaban penilai (TPI, TPN) yang tercatat dalam berkas "
                        + "(<code>reviews</code>): butir yang berbeda, nilai, dan syarat.",
                "The unit's answers against its reviewers' (TPI, TPN) recorded in the file (<code>reviews</code>): "
                        + "the items that differ, the scores and the checks."), Pages.targetField(l),
                t(l, "Bandingkan", "Compare"));
    }

    /** Compares the uploaded file's answer sets. */
    @PostMapping(path = "/compare", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public ResponseEntity<String> compare(@RequestParam("assessment") MultipartFile file,
                                          @RequestParam(name = "target", required = false) String target,
                                          @RequestParam(name = "lang", required = false) String lang,
                                          HttpServletRequest request) throws IOException {
        String l = Html.lang(lang);
        return answer(file, target, l, request, "comparing", a -> () -> AnswerSetComparison.compare(evaluator, a),
                (a, c) -> PlanPages.compare(l, c, names));
    }

    /** A plan and the evaluation of the assessment as it is now. */
    private record PlanNow(Plan plan, Result now) {
    }

    /** A file over the limit: 413 with a page that says so. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseBody
    public ResponseEntity<String> tooLarge(HttpServletRequest request) {
        return refused(request, request.getParameter("lang"), "upload", 413, List.of(Problem.error(
                EvaluationService.TOO_LARGE, "upload", Message.of("REQUEST_TOO_LARGE.upload"),
                Message.of("REQUEST_TOO_LARGE.upload.expected", Pages.size("en", service.maxDocumentBytes())))));
    }

    /** A form without a file, or a request that is not a readable form: 400 with a page that says so. */
    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
            MultipartException.class})
    @ResponseBody
    public ResponseEntity<String> noFile(Exception e, HttpServletRequest request) {
        LOG.debug("upload refused", e);
        return refused(request, request.getParameter("lang"), "upload", 400, List.of(Problem.error("UPLOAD_MISSING",
                "assessment", Message.of("UPLOAD_MISSING"), Message.of("UPLOAD_MISSING.expected"))));
    }

    /** Anything else (a bug, a failing disk): 500 with a page that says so; the details go to the log only. */
    @ExceptionHandler(Exception.class)
    @ResponseBody
    public ResponseEntity<String> failed(Exception e, HttpServletRequest request) {
        LOG.error("{} {} failed", request.getMethod(), Sanitized.of(request.getRequestURI()), e);
        return refused(request, request.getParameter("lang"), "upload", 500, List.of(
                ProblemAdvice.problem(500, request.getMethod() + " " + Sanitized.of(request.getRequestURI()))));
    }

    private ResponseEntity<String> formPage(String l, String action, String title, String intro, String fields,
                                            String button) {
        return html(200, Look.page(l, title, Pages.form(l, action, title, intro, fields, button,
                evaluator.ruleSets(), service.maxDocumentBytes())));
    }

    /**
     * Reads and checks the uploaded file, runs {@code task} on it within the service's bounds, and shows
     * {@code page} of the outcome; or the page of problems.
     */
    private <T> ResponseEntity<String> answer(MultipartFile file, String target, String l,
                                              HttpServletRequest request, String what,
                                              Function<Assessment, Callable<T>> task,
                                              BiFunction<Assessment, T, String> page) throws IOException {
        String source = source(file);
        EvaluationService.Checked c;
        try (InputStream in = file.getInputStream()) {
            c = isWorkbook(source, file.getContentType())
                    ? service.checkWorkbook(in, file.getSize(), source, PlanTarget.asked(target))
                    : service.check(in, file.getSize(), source);
        }
        if (!c.ok()) {
            return refused(request, l, source, c.status(), c.problems());
        }
        EvaluationService.Done<T> d = service.run(c.assessment(), what, task.apply(c.assessment()));
        if (!d.ok()) {
            return refused(request, l, source, d.status(), d.problems());
        }
        return html(200, page.apply(c.assessment(), d.value()));
    }

    /** The library's HTML report, with each item's question and the evidence the assessment lists. */
    private String report(Assessment a, Result r, String l) {
        return ReportRenderer.html(ReportInput.of(evaluator, a, r), ReportOptions.of(l));
    }

    /** Whether an upload is an Excel workbook: by its name, or by the type the browser gave. */
    static boolean isWorkbook(String fileName, String contentType) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") || XLSX.equals(contentType);
    }

    private static byte[] bytes(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** The download bar: one form carrying the assessment, one button per format. */
    private String downloads(String l, Assessment a) {
        return "<form class=\"downloads\" method=\"post\" action=\"/report/download\" "
                + "enctype=\"multipart/form-data\"><span>" + t(l, "Unduh laporan:", "Download the report:")
                + "</span><input type=\"hidden\" name=\"lang\" value=\"" + l + "\">"
                + "<input type=\"hidden\" name=\"document\" value=\"" + esc(json.writeAssessment(a)) + "\">"
                + button("pdf", "PDF") + button("html", "HTML") + button("xlsx", "Excel (LKE)") + button("json", "JSON")
                + "</form>\n";
    }

    private static String button(String format, String label) {
        return "<button class=\"secondary\" type=\"submit\" name=\"format\" value=\"" + format
                + "\" id=\"download-" + format + "\">" + label + "</button>";
    }

    private ResponseEntity<String> refused(HttpServletRequest request, String lang, String source, int status,
                                           List<Problem> problems) {
        Refusals.note(request, problems);
        return html(status, Pages.problems(lang, source, problems, names));
    }

    private static String source(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload" : name;
    }

    /** A unit id made safe as a file name: letters, digits, dot, dash and underscore. */
    private static String fileName(String unitId) {
        String s = unitId.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "unit" + s : s;
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, String type, String fileName) {
        HttpHeaders h = new HttpHeaders();
        h.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(h).contentType(MediaType.parseMediaType(type)).body(body);
    }

    private static ResponseEntity<String> html(int status, String body) {
        return ResponseEntity.status(status).contentType(Refusals.HTML_UTF8).body(body);
    }
}
