package io.github.zirules.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Does the work of each input on a pool of threads and hands the outcomes back in input order, with at most twice as
 * many inputs in flight as there are threads: memory does not grow with the number of inputs, and a slow input only
 * holds back the ones that come after it. With one thread each input is worked on the caller's thread when it is
 * asked for, exactly as a plain loop would.
 *
 * <p>An exception or error thrown by the work is thrown again, unchanged, by {@link #next()} for that input. Used by
 * one thread at a time.
 *
 * @param <I> an input
 * @param <O> what the work gives for it
 */
final class OrderedBatch<I, O> implements Iterator<O>, AutoCloseable {

    private final Iterator<I> inputs;
    private final Function<I, O> work;
    private final ExecutorService pool;
    private final int depth;
    private final ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();

    /**
     * A batch over {@code inputs} on {@code threads} threads (at least 1).
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    OrderedBatch(List<I> inputs, int threads, Function<I, O> work) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
        }
        this.inputs = inputs.iterator();
        this.work = work;
        this.depth = 2 * threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemons());
    }

    @Override
    public boolean hasNext() {
        return !inFlight.isEmpty() || inputs.hasNext();
    }

    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (pool == null) {
            return work.apply(inputs.next());
        }
        while (inFlight.size() < depth && inputs.hasNext()) {
            I input = inputs.next();
            inFlight.add(pool.submit(() -> work.apply(input)));
        }
        Future<O> head = inFlight.poll();
        try {
            return head.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an input's outcome", e);
        }
    }

    /** Stops the threads; inputs still in flight are abandoned. */
    @Override
    public void close() {
        if (pool != null) {
            inFlight.forEach(f -> f.cancel(true));
            inFlight.clear();
            pool.shutdownNow();
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(cause);
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "zi-rules-evaluate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
