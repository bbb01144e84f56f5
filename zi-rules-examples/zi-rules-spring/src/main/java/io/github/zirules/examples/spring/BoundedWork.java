package io.github.zirules.examples.spring;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs evaluations and plans on a small pool of their own, and waits for each at most
 * {@code zirules.limits.evaluation-timeout}: a request whose evaluation takes longer is answered 503
 * ({@code EVALUATION_TIMEOUT}) and its Tomcat thread is free again, whatever the rules do.
 *
 * <p>The work itself is interrupted ({@link Future#cancel(boolean)}); code that does not notice interrupts (a rule
 * that spins in arithmetic) keeps its pool thread until the engine's own evaluation deadline stops it. That is why
 * the pool is bounded ({@code evaluation-threads}, with a short queue whose waiting counts against the timeout; when
 * that is full too a request is answered 503 {@code SERVICE_BUSY} at once) and its threads are daemons, which never
 * delay the shutdown.
 */
final class BoundedWork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BoundedWork.class);

    /** How many evaluations may wait for a thread, per thread; a waiting one counts against its timeout. */
    static final int QUEUED_PER_THREAD = 16;

    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    BoundedWork(int threads, Duration timeout) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * QUEUED_PER_THREAD), r -> {
            Thread t = new Thread(r, "zirules-evaluation-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.pool.allowCoreThreadTimeOut(true);
        this.timeout = timeout;
    }

    /** What became of bounded work: its value, or the status and problem it was refused with. */
    record Outcome<T>(T value, int status, Problem problem) {
    }

    /** Runs {@code work} within the bounds; an exception it throws is thrown here, unwrapped. */
    <T> Outcome<T> run(String what, Callable<T> work) {
        Future<T> f;
        try {
            f = pool.submit(work);
        } catch (RejectedExecutionException e) {
            return new Outcome<>(null, 503, Problem.error("SERVICE_BUSY", "$", Message.of("SERVICE_BUSY.2"), null));
        }
        try {
            return new Outcome<>(f.get(timeout.toMillis(), TimeUnit.MILLISECONDS), 200, null);
        } catch (TimeoutException e) {
            f.cancel(true);
            LOG.warn("{} stopped waiting after {} ms", what, timeout.toMillis());
            String s = String.valueOf(timeout.toMillis() / 1000.0).replace(".0", "");
            return new Outcome<>(null, 503, Problem.error("EVALUATION_TIMEOUT", "$", Message.of("EVALUATION_TIMEOUT",
                    s, s.replace('.', ',')), Message.of("EVALUATION_TIMEOUT.expected", s)));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome<>(null, 503, Problem.error("SERVICE_STOPPING", "$", Message.of("SERVICE_STOPPING"),
                    null));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
