package io.github.zirules.examples.spring;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per refused request (status 400 or more): method, path, status, the reason (the problem codes, or the
 * HTTP status when none was noted) and the size of the body, never its content. Runs on every dispatch (request,
 * asynchronous, error) and logs once, after the last of them that answered.
 */
final class RefusalLog implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);
    private static final String LOGGED = RefusalLog.class.getName() + ".logged";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, res);
        } finally {
            HttpServletRequest request = (HttpServletRequest) req;
            int status = ((HttpServletResponse) res).getStatus();
            if (status >= 400 && !request.isAsyncStarted() && request.getAttribute(LOGGED) == null) {
                request.setAttribute(LOGGED, Boolean.TRUE);
                log(request, status);
            }
        }
    }

    /** Logs one refused request; used by the filters that answer on their own too. */
    static void log(HttpServletRequest request, int status) {
        Object reason = request.getAttribute(Refusals.REASON);
        Object read = request.getAttribute(RequestBodyFilter.BYTES_READ);
        LOG.info("refused {} {} with {} ({}): declared {} bytes, read {}", request.getMethod(),
                Sanitized.of(request.getRequestURI()), status, reason == null ? "HTTP " + status : reason,
                request.getContentLengthLong(), read == null ? "-" : read);
    }
}
