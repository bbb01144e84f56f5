package io.github.zirules.examples.spring;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error page: what Tomcat refuses before Spring MVC sees it (a path under {@code /WEB-INF},
 * a malformed request) and any {@code sendError} is answered with one problem in the API's format, or as the page
 * of problems for a browser. A request for {@code /error} itself is a 404, as for any other unknown address.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    /** Answers an error dispatch (or a direct request for {@code /error}) with one problem. */
    @RequestMapping("/error")
    public ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer i && i >= 400 ? i : 404;
        // The path only: for a request Tomcat refused itself (TRACE), the error dispatch does not keep its method.
        String where = Sanitized.of(uri == null ? request.getRequestURI() : uri.toString());
        if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            LOG.error("{} failed", where, t);
        }
        return Refusals.answer(request, status, List.of(ProblemAdvice.problem(status, where)));
    }
}
