package io.github.zirules.examples.spring;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Problem;
import io.github.zirules.report.AreaScale;
import io.github.zirules.report.ReportOptions;
import io.github.zirules.report.ReportRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The page for people: {@code GET /} shows a form to upload an assessment file ({@code multipart/form-data}, no
 * script); {@code POST /report} answers with the HTML report, or with a page listing every problem of the file (400,
 * or 413 for a file over {@code zirules.max-document-bytes}). {@code lang=id|en} picks the language (default
 * Bahasa Indonesia).
 */
@Controller
public class UploadController {

    private static final Logger LOG = LoggerFactory.getLogger(UploadController.class);
    private static final MediaType HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final EvaluationService service;
    private final Evaluator evaluator;

    /** A controller over the shared beans. */
    public UploadController(EvaluationService service, Evaluator evaluator) {
        this.service = service;
        this.evaluator = evaluator;
    }

    /** The upload form. */
    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public ResponseEntity<String> form(@RequestParam(name = "lang", required = false) String lang) {
        return html(200, UploadPages.form(lang, evaluator.ruleSets(), service.maxDocumentBytes()));
    }

    /** Scores the uploaded file and shows the report. */
    @PostMapping(path = "/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public ResponseEntity<String> report(@RequestParam("assessment") MultipartFile file,
                                         @RequestParam(name = "lang", required = false) String lang)
            throws IOException {
        String source = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        EvaluationService.Outcome o;
        try (InputStream in = file.getInputStream()) {
            o = service.evaluate(in, file.getSize(), source);
        }
        if (!o.scored()) {
            return html(o.status(), UploadPages.problems(lang, source, o.problems()));
        }
        ReportOptions options = ReportOptions.of(Html.lang(lang))
                .withScale(AreaScale.learn(evaluator, o.result()));
        return html(200, UploadPages.withBackLink(ReportRenderer.html(o.result(), options), lang));
    }

    /** A file over the limit: 413 with a page that says so. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseBody
    public ResponseEntity<String> tooLarge() {
        return html(413, UploadPages.problems(null, "upload", List.of(Problem.error(EvaluationService.TOO_LARGE,
                "upload", "berkas terlalu besar", "the file is too large",
                "at most " + service.maxDocumentBytes() + " bytes"))));
    }

    /** A form without a file, or a request that is not a readable form: 400 with a page that says so. */
    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
            MultipartException.class})
    @ResponseBody
    public ResponseEntity<String> noFile(Exception e) {
        LOG.debug("upload refused", e);
        return html(400, UploadPages.problems(null, "upload", List.of(Problem.error("UPLOAD_MISSING", "assessment",
                "tidak ada berkas penilaian dalam formulir", "the form holds no assessment file",
                "a multipart/form-data form with the file in the field 'assessment'"))));
    }

    /** Anything else (a bug, a failing disk): 500 with a page that says so; the details go to the log only. */
    @ExceptionHandler(Exception.class)
    @ResponseBody
    public ResponseEntity<String> failed(Exception e) {
        LOG.error("upload failed", e);
        return html(500, UploadPages.problems(null, "upload", List.of(Problem.error("INTERNAL_ERROR", "upload",
                "kesalahan internal; rinciannya ada di log layanan", "internal error; the service's log has the "
                + "details", null))));
    }

    private static ResponseEntity<String> html(int status, String body) {
        return ResponseEntity.status(status).contentType(HTML_UTF8).body(body);
    }
}
