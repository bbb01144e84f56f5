package io.github.zirules.engine.internal;

import io.github.zirules.api.Assessment;
import io.github.zirules.rules.internal.ScoreSheet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * The verifier's probes of a batch scored on a second thread while the verifier works through them on its own: the
 * verifier takes them first to last ({@link #take}), the second thread scores them last to first, and each probe is
 * scored once, by whichever thread reaches it first (the other waits for it). The probes are independent
 * evaluations; what the verifier concludes from them it still concludes in its own order, one probe after the other,
 * so its problems, their order and their words do not depend on which thread scored what.
 */
final class ProbesAhead implements AutoCloseable {

    /**
     * One probe scored: its score sheet after the rules ran, or what stopped them.
     *
     * @param card the score sheet
     * @param failure the exception the rules ended with, or null
     */
    record Ran(ScoreSheet card, @Nullable RuntimeException failure) {
    }

    /** Read and changed by the verifier's thread only. */
    private final Map<Assessment, FutureTask<Ran>> tasks = new IdentityHashMap<>();
    private final List<FutureTask<Ran>> all = new ArrayList<>();

    private ProbesAhead(CompiledRuleSet rs, List<Assessment> probes, int fireLimit, Duration timeout) {
        for (Assessment a : probes) {
            FutureTask<Ran> t = new FutureTask<>(() -> score(rs, a, fireLimit, timeout));
            tasks.put(a, t);
            all.add(t);
        }
    }

    /** Starts scoring {@code probes} from the last, on a thread of its own. */
    static ProbesAhead start(CompiledRuleSet rs, List<Assessment> probes, int fireLimit, Duration timeout) {
        ProbesAhead ahead = new ProbesAhead(rs, probes, fireLimit, timeout);
        if (probes.isEmpty()) {
            return ahead;
        }
        Thread t = new Thread(() -> {
            for (int i = ahead.all.size() - 1; i >= 0; i--) {
                FutureTask<Ran> task = ahead.all.get(i);
                if (task.isDone()) {
                    return;
                }
                task.run();
            }
        }, "zi-rules-probes");
        t.setDaemon(true);
        t.start();
        return ahead;
    }

    /** Scores {@code a} on this thread. */
    static Ran score(CompiledRuleSet rs, Assessment a, int fireLimit, Duration timeout) {
        ScoreSheet card = ScoreSheet.of(rs.instrument(), a);
        try {
            SessionRunner.run(rs, card, fireLimit, timeout, null);
            return new Ran(card, null);
        } catch (RuntimeException e) {
            return new Ran(card, e);
        }
    }

    /**
     * The probe {@code a} (one of the batch, the same object) scored: by the other thread, or now on this one if it
     * has not begun it; null if {@code a} is not one of the batch or was taken already.
     */
    @Nullable Ran take(Assessment a) {
        FutureTask<Ran> t = tasks.remove(a);
        if (t == null) {
            return null;
        }
        t.run();
        try {
            return t.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a probe was scored", e);
        } catch (ExecutionException e) {
            // As if it had been scored on this thread: what made it fail, as it is.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException("a probe could not be scored", e.getCause());
        }
    }

    /** The probes not taken are not scored any more (one being scored ends on its own). */
    @Override
    public void close() {
        for (FutureTask<Ran> t : all) {
            t.cancel(false);
        }
    }
}
