package io.github.zirules.examples.spring;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every request body <em>without holding a thread</em> (the Servlet API's non-blocking read), into memory, and
 * only then lets the controllers see the request, with the body in memory ({@link BufferedRequest}). A client that
 * sends its body one byte every ten seconds therefore costs a socket and a few bytes, not one of Tomcat's worker
 * threads, and normal requests are answered while hundreds of such clients wait.
 *
 * <p>Bounded on every side:
 * <ul>
 *   <li>time: the whole body must arrive within {@code zirules.body-timeout}; a client still sending then is answered
 *       408 ({@code BODY_TIMEOUT}) and the connection closed;</li>
 *   <li>size: at most the limit plus one byte is kept (the rest is read and dropped, so the controllers answer 413
 *       as before);</li>
 *   <li>number: at most {@code zirules.max-pending-bodies} bodies are being received at once, holding at most
 *       {@code zirules.max-pending-bytes} bytes together; past either, a request is answered 503
 *       ({@code SERVICE_BUSY}) with {@code Retry-After} at once.</li>
 * </ul>
 */
final class RequestBodyFilter implements Filter {

    /** The request attribute that carries the body read, for the asynchronous dispatch that follows. */
    static final String BODY = RequestBodyFilter.class.getName() + ".body";
    /** The request attribute with the number of body bytes read, for the log line of a refusal. */
    static final String BYTES_READ = RequestBodyFilter.class.getName() + ".bytesRead";

    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyFilter.class);

    private final long limit;
    private final Duration timeout;
    private final Semaphore pending;
    private final long maxPendingBytes;
    private final AtomicLong pendingBytes = new AtomicLong();

    /**
     * @param limit the most body bytes kept; one more marks the body as too large
     * @param timeout how long a whole body may take to arrive
     * @param maxPending the most bodies received at once
     * @param maxPendingBytes the most bytes held by bodies being received, together
     */
    RequestBodyFilter(long limit, Duration timeout, int maxPending, long maxPendingBytes) {
        this.limit = limit;
        this.timeout = timeout;
        this.pending = new Semaphore(maxPending);
        this.maxPendingBytes = maxPendingBytes;
    }

    /** A body read into memory. */
    record Body(byte[] bytes, boolean truncated, long limit) {
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (request.getAttribute(BODY) instanceof Body body) {
            chain.doFilter(new BufferedRequest(request, body), res);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST || !hasBody(request)
                || !request.isAsyncSupported()) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        if (!pending.tryAcquire()) {
            busy(request, response);
            return;
        }
        AsyncContext context = request.startAsync();
        context.setTimeout(timeout.toMillis());
        Reader reader = new Reader(context, request, request.getInputStream());
        context.addListener(reader);
        request.getInputStream().setReadListener(reader);
    }

    private static boolean hasBody(HttpServletRequest r) {
        return r.getContentLengthLong() > 0 || r.getHeader("Transfer-Encoding") != null;
    }

    private static void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "1");
        response.setHeader("Connection", "close");
        Refusals.write(request, response, 503, Problem.error("SERVICE_BUSY", request.getRequestURI(),
                Message.of("SERVICE_BUSY"), null));
    }

    /** Reads one body as its bytes arrive; finishes once, by dispatching, refusing or giving up. */
    private final class Reader implements ReadListener, AsyncListener {

        private final AsyncContext context;
        private final HttpServletRequest request;
        private final ServletInputStream in;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[8192];
        private final AtomicBoolean finished = new AtomicBoolean();
        private long read;
        private long held;

        Reader(AsyncContext context, HttpServletRequest request, ServletInputStream in) {
            this.context = context;
            this.request = request;
            this.in = in;
        }

        @Override
        public void onDataAvailable() throws IOException {
            synchronized (this) {
                while (!finished.get() && in.isReady()) {
                    int n = in.read(chunk);
                    if (n < 0) {
                        return;
                    }
                    read += n;
                    int keep = (int) Math.max(0, Math.min(n, limit + 1 - kept.size()));
                    if (keep > 0 && !reserve(keep)) {
                        finish(() -> {
                            busy(request, (HttpServletResponse) context.getResponse());
                            context.complete();
                        });
                        return;
                    }
                    kept.write(chunk, 0, keep);
                }
            }
        }

        private boolean reserve(int bytes) {
            if (pendingBytes.addAndGet(bytes) > maxPendingBytes) {
                pendingBytes.addAndGet(-bytes);
                return false;
            }
            held += bytes;
            return true;
        }

        @Override
        public void onAllDataRead() throws IOException {
            finish(this::dispatch);
        }

        private void dispatch() {
            byte[] bytes;
            synchronized (this) {
                bytes = kept.toByteArray();
            }
            request.setAttribute(BODY, new Body(bytes, bytes.length > limit, limit));
            context.dispatch();
        }

        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            finish(() -> {
                boolean tooLarge;
                synchronized (this) {
                    tooLarge = kept.size() > limit;
                }
                if (tooLarge) {
                    dispatch();
                    return;
                }
                HttpServletResponse response = (HttpServletResponse) context.getResponse();
                response.setHeader("Connection", "close");
                Refusals.write(request, response, 408, Problem.error("BODY_TIMEOUT", request.getRequestURI(),
                        Message.of("BODY_TIMEOUT", timeout.toSeconds()), Message.of("BODY_TIMEOUT.expected",
                        timeout.toSeconds())));
                RefusalLog.log(request, 408);
                context.complete();
            });
        }

        @Override
        public void onError(Throwable t) {
            try {
                gone(t);
            } catch (IOException e) {
                LOG.debug("closing after a failed body read failed too", e);
            }
        }

        private void gone(Throwable t) throws IOException {
            finish(() -> {
                LOG.info("request body of {} {} not received: {} after {} bytes", request.getMethod(),
                        Sanitized.of(request.getRequestURI()), Sanitized.of(String.valueOf(t)), read);
                context.complete();
            });
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onComplete(AsyncEvent event) {
            release();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // a dispatched request starts no second asynchronous cycle
        }

        /** Runs {@code step} if nothing has finished this body yet; releases its share of the bounds first. */
        private void finish(IoStep step) throws IOException {
            if (finished.compareAndSet(false, true)) {
                request.setAttribute(BYTES_READ, read);
                release();
                step.run();
            }
        }

        private synchronized void release() {
            if (held >= 0) {
                pendingBytes.addAndGet(-held);
                held = -1;
                pending.release();
            }
        }
    }

    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }
}
