package io.github.zirules.examples.spring;

import io.github.zirules.api.Problem;
import io.github.zirules.json.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every request that fails outside the domain (no such path 404, wrong method 405, wrong content type 415, a bug
 * 500) is answered in the API's own shape, {@code {"problems": [...]}} with a bilingual message, and never with a
 * stack trace: that goes to the log only. The upload page's own failures are handled in {@link UploadController}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json;charset=UTF-8");

    /** Answers any exception with its status (500 for one Spring does not know) and one problem. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<String> handle(Exception e, HttpServletRequest request) {
        int status = e instanceof ErrorResponse er ? er.getStatusCode().value() : 500;
        String where = request.getMethod() + " " + request.getRequestURI();
        Problem p = switch (status) {
            case 404 -> Problem.error("NOT_FOUND", where, "alamat ini tidak ada", "there is nothing at this address",
                    "POST /api/evaluations, GET /api/rulesets, GET /");
            case 405 -> Problem.error("METHOD_NOT_ALLOWED", where, "metode HTTP ini tidak dilayani di alamat ini",
                    "this HTTP method is not served at this address", "POST /api/evaluations, GET /api/rulesets");
            case 415 -> Problem.error("MEDIA_TYPE_UNSUPPORTED", where, "jenis isi (Content-Type) tidak dilayani",
                    "this content type is not served", "Content-Type: application/json");
            case 406 -> Problem.error("NOT_ACCEPTABLE", where, "jenis jawaban yang diminta (Accept) tidak tersedia",
                    "the response type asked for (Accept) is not available", "Accept: application/json");
            default -> status >= 500 ? internal(where, e) : Problem.error("BAD_REQUEST", where,
                    "permintaan tidak dapat dilayani (HTTP " + status + ")", "the request cannot be served (HTTP "
                    + status + ")", null);
        };
        if (status < 500) {
            LOG.debug("{} refused with {}", where, status, e);
        }
        return ResponseEntity.status(status).contentType(JSON_UTF8).body(ProblemJson.write(List.of(p)));
    }

    private static Problem internal(String where, Exception e) {
        LOG.error("{} failed", where, e);
        return Problem.error("INTERNAL_ERROR", where, "kesalahan internal; rinciannya ada di log layanan",
                "internal error; the service's log has the details", null);
    }
}
