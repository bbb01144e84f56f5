package io.github.zirules.examples.spring;

import io.github.zirules.api.Evaluator;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The rule sets being loaded on a thread of their own, and the health of the service while they are.
 *
 * <p>Loading the rule sets (the built-in one from its precompiled packages, a {@code zirules.rules-dir} from DRL)
 * takes a good part of a start. {@link RuleSetLoadStarter} begins it as soon as the settings are known, so that
 * Spring, Tomcat and the actuator start meanwhile on the other processor; the {@link Evaluator} bean waits for it.
 *
 * <p>As a health indicator (the bean {@code ruleSets}), it keeps {@code /actuator/health} honest: the service is
 * {@code OUT_OF_SERVICE} (HTTP 503) while the rules are loading, {@code DOWN} if they failed to load (the start then
 * fails too, with every problem listed), and {@code UP} only once the evaluator can evaluate.
 */
final class RuleSetLoad implements HealthIndicator {

    /** The name of the thread that loads the rule sets. */
    static final String THREAD_NAME = "zirules-rule-set-load";

    private final CompletableFuture<Evaluator> loaded = new CompletableFuture<>();

    /**
     * Begins {@code load} on a thread of its own; its result or failure is kept for {@link #evaluator()}. Not a
     * daemon: a JVM that ends its start early (a class-data-sharing training run with
     * {@code -Dspring.context.exit=onRefresh}) still loads the rule sets, and archives their classes.
     */
    RuleSetLoad(Callable<Evaluator> load) {
        Thread t = new Thread(() -> {
            try {
                loaded.complete(load.call());
            } catch (Throwable e) {
                loaded.completeExceptionally(e);
            }
        }, THREAD_NAME);
        t.start();
    }

    /**
     * The evaluator, once loaded: waits for the load; a rule set that did not compile (or any other failure of the
     * load) is thrown here as the load threw it, so that the start stops with every problem listed.
     */
    Evaluator evaluator() throws Exception {
        try {
            return loaded.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception x) {
                throw x;
            }
            throw new CompletionException(cause);
        }
    }

    /** Whether the load has ended, well or not. */
    boolean done() {
        return loaded.isDone();
    }

    /** {@code OUT_OF_SERVICE} while loading, {@code DOWN} if the load failed, {@code UP} once the rules serve. */
    @Override
    public Health health() {
        if (!loaded.isDone()) {
            return Health.outOfService().withDetail("ruleSets", "loading").build();
        }
        if (loaded.isCompletedExceptionally()) {
            return Health.down().withDetail("ruleSets", "failed to load (see the log)").build();
        }
        return Health.up().withDetail("ruleSets", loaded.join().ruleSets().size()).build();
    }
}
