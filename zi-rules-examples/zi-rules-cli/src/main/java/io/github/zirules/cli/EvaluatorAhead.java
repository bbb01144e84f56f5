package io.github.zirules.cli;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.ZiRules;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The evaluator with the built-in rule sets, loaded on a daemon thread from the start of {@code main} while picocli
 * reads the command line on the main thread: most of an {@code evaluate} run's start is loading the rule sets, and
 * picocli (whose classes the class archive cannot hold) would otherwise come before it on the same core. Taken at
 * most once, by the first command that asks for exactly these options; any other command loads its own.
 */
final class EvaluatorAhead {

    private static final AtomicReference<FutureTask<Evaluator>> AHEAD = new AtomicReference<>();

    private EvaluatorAhead() {
    }

    /**
     * Starts loading the built-in rule sets if {@code args} run {@code evaluate} with nothing that changes which rule
     * sets load ({@code --rules}); does nothing otherwise, or if started before.
     */
    static void startFor(List<String> args) {
        if (args.isEmpty() || !"evaluate".equals(args.get(0))
                || args.stream().anyMatch(a -> a.equals("--rules") || a.startsWith("--rules="))) {
            return;
        }
        FutureTask<Evaluator> task = new FutureTask<>(() -> ZiRules.evaluator(EvaluatorOptions.DEFAULTS));
        if (AHEAD.compareAndSet(null, task)) {
            Thread t = new Thread(task, "zi-rules-load");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * An evaluator with {@code options}: the one loaded ahead if there is one for the same options, else one loaded
     * now. Throws what loading throws ({@link io.github.zirules.api.InvalidRuleSetException}, an error), as loading
     * on this thread would.
     */
    static Evaluator evaluator(EvaluatorOptions options) {
        FutureTask<Evaluator> task = options.equals(EvaluatorOptions.DEFAULTS) ? AHEAD.getAndSet(null) : null;
        if (task == null) {
            return ZiRules.evaluator(options);
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
