package io.github.zirules.examples.spring;

import io.github.zirules.api.Problem;
import io.github.zirules.json.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every refused request is answered, wherever it is refused: in the API's problems format,
 * {@code {"problems": [...]}}, or, for a browser (which asks for {@code text/html}), as the styled page listing the
 * same problems. Each answer notes its problem codes on the request, so that {@link RefusalLog} writes one log line
 * per refused request with the reason.
 */
final class Refusals {

    /** The request attribute that holds the codes of the problems a refused request was answered with. */
    static final String REASON = Refusals.class.getName() + ".reason";

    static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json;charset=UTF-8");
    static final MediaType HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");

    private Refusals() {
    }

    /** Whether the client is a browser that wants a page: it asks for HTML or posts a form. */
    static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String type = request.getContentType();
        return (accept != null && accept.contains("text/html"))
                || (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data"));
    }

    /** Notes the problems' codes on the request, for the log line. */
    static void note(HttpServletRequest request, List<Problem> problems) {
        request.setAttribute(REASON, problems.stream().map(Problem::code).distinct().limit(5)
                .collect(Collectors.joining(",")));
    }

    /** The answer to a refused request, as JSON or as a page by what the client wants; notes the reason. */
    static ResponseEntity<String> answer(HttpServletRequest request, int status, List<Problem> problems) {
        note(request, problems);
        if (wantsHtml(request)) {
            return ResponseEntity.status(status).contentType(HTML_UTF8)
                    .body(Pages.problems(request.getParameter("lang"), request.getRequestURI(), problems, ItemNames.NONE));
        }
        return ResponseEntity.status(status).contentType(JSON_UTF8).body(ProblemJson.write(problems));
    }

    /** Writes the answer straight to the servlet response (for a filter, outside Spring MVC). */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, Problem problem)
            throws IOException {
        ResponseEntity<String> e = answer(request, status, List.of(problem));
        response.setStatus(status);
        response.setContentType(String.valueOf(e.getHeaders().getContentType()));
        e.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        byte[] body = e.getBody().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
