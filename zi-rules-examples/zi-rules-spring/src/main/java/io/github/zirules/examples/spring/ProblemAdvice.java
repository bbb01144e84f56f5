package io.github.zirules.examples.spring;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every request that fails outside the domain (no such path 404, wrong method 405 with {@code Allow}, wrong content
 * type 415, a bug 500) is answered in the API's own shape, {@code {"problems": [...]}} with a bilingual message (or
 * the page of problems for a browser), and never with a stack trace: that goes to the log only. What fails before
 * Spring MVC (a path Tomcat refuses, such as {@code /WEB-INF}) is answered the same way by
 * {@link ProblemErrorController}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    /** Answers any exception with its status (500 for one Spring does not know) and one problem. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<String> handle(Exception e, HttpServletRequest request) {
        int status = e instanceof ErrorResponse er ? er.getStatusCode().value() : 500;
        String where = request.getMethod() + " " + Sanitized.of(request.getRequestURI());
        if (status >= 500) {
            LOG.error("{} failed", where, e);
        }
        ResponseEntity<String> answer = Refusals.answer(request, status, List.of(problem(status, where)));
        if (e instanceof ErrorResponse er && !er.getHeaders().isEmpty()) {
            HttpHeaders headers = new HttpHeaders();
            headers.addAll(answer.getHeaders());
            headers.addAll(er.getHeaders());
            return ResponseEntity.status(status).headers(headers).body(answer.getBody());
        }
        return answer;
    }

    /** The one problem that answers an HTTP failure with {@code status} at {@code where} (method and path). */
    static Problem problem(int status, String where) {
        return switch (status) {
            case 404 -> Problem.error("NOT_FOUND", where, Message.of("NOT_FOUND"), Message.of("NOT_FOUND.expected"));
            case 405 -> Problem.error("METHOD_NOT_ALLOWED", where, Message.of("METHOD_NOT_ALLOWED"),
                    Message.of("METHOD_NOT_ALLOWED.expected"));
            case 415 -> Problem.error("MEDIA_TYPE_UNSUPPORTED", where, Message.of("MEDIA_TYPE_UNSUPPORTED"),
                    Message.of("MEDIA_TYPE_UNSUPPORTED.expected"));
            case 406 -> Problem.error("NOT_ACCEPTABLE", where, Message.of("NOT_ACCEPTABLE"),
                    Message.of("NOT_ACCEPTABLE.expected"));
            default -> status >= 500 ? Problem.error("INTERNAL_ERROR", where, Message.of("INTERNAL_ERROR"), null)
                    : Problem.error("BAD_REQUEST", where, Message.of("BAD_REQUEST", status), null);
        };
    }
}
