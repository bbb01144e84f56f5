package io.github.zirules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Result;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ZiJson;
import io.github.zirules.policy.ReloadingEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One evaluator shared by 8 threads gives exactly the results of a sequential run, compared by the SHA-256 of each
 * result's {@code zi-report/1} bytes; and a rule-set swap in the middle of a run never yields a result whose numbers
 * disagree with the version it names. By default {@value #DEFAULT_EVALUATIONS} evaluations (the number of
 * {@code -Dzirules.reliability.evaluations}); {@code -Dzirules.reliability.full=true} runs 100,000.
 */
class ConcurrencyTest {

    /**
     * 5000 evaluations on 8 threads (four per core here): about 600 per thread, each of which is preempted many times
     * in the middle of an evaluation, so a session, a cache or a result shared by mistake meets another thread
     * thousands of times; the swap and reload tests take a fifth and a tenth of it, each evaluation racing a swap
     * that comes every 0.2 ms. The full 100,000 are for a release, not for every build.
     */
    static final int DEFAULT_EVALUATIONS = 5_000;
    static final int FULL_EVALUATIONS = 100_000;
    /** More threads than the 2 cores, so that threads are switched in the middle of evaluations. */
    private static final int THREADS = 8;
    /** A hang guard only, not a speed claim. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(30);
    private static final ZiJson JSON = ZiJson.create();
    private static final Map<String, String> CHECKED = new LinkedHashMap<>();
    private static final Map<String, String> MEASURED = new LinkedHashMap<>();

    static int evaluations() {
        return ReliabilityDoc.full() ? FULL_EVALUATIONS
                : Integer.getInteger("zirules.reliability.evaluations", DEFAULT_EVALUATIONS);
    }

    @Test
    void eightThreadsSharingOneEvaluatorGiveExactlyTheSequentialResults() {
        int n = evaluations();
        Evaluator ev = ZiRules.evaluator();
        Varied varied = new Varied(ev, BadInputCatalogueTest.RULE_SET);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            String[] sequential = new String[n];
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sequential[i] = varied.reportHash(ev, JSON, i);
            }
            long seqNanos = System.nanoTime() - t0;
            String[] parallel = new String[n];
            long t1 = System.nanoTime();
            int errors = inThreads(n, i -> parallel[i] = varied.reportHash(ev, JSON, i));
            long parNanos = System.nanoTime() - t1;
            int mismatches = 0;
            for (int i = 0; i < n; i++) {
                mismatches += sequential[i].equals(parallel[i]) ? 0 : 1;
            }
            int distinct = new HashSet<>(Arrays.asList(sequential)).size();
            CHECKED.put("shared", "| one evaluator shared by " + THREADS + " threads | " + n + " | " + distinct
                    + " distinct reports | " + mismatches + " | " + errors + " |");
            MEASURED.put("shared", "| " + n + " evaluations, shared evaluator | sequential " + ms(seqNanos)
                    + " (" + perEval(seqNanos, n) + ") | " + THREADS + " threads " + ms(parNanos) + " ("
                    + perEval(parNanos, n) + ") | digest of all report hashes `" + Varied.sha256(String.join("",
                    sequential)).substring(0, 16) + "…` |");
            assertEquals(0, errors, "evaluations that threw");
            assertEquals(0, mismatches, "results that differ from the sequential run");
            assertTrue(distinct > n / 2, "the assessments are not varied enough: " + distinct + " distinct");
        });
    }

    @Test
    void aRuleSetSwapInTheMiddleNeverMixesOneVersionsNumbersWithTheOther(@TempDir Path tmp) throws Exception {
        int n = Math.max(1, evaluations() / 5);
        Evaluator original = ZiRules.evaluator();
        Evaluator changed = fromDisk(changedWeights(HostileRuleSets.copyBuiltIn(tmp.resolve("rs"))));
        Varied varied = new Varied(original, BadInputCatalogueTest.RULE_SET);
        String shaA = original.ruleSets().get(0).sha256();
        String shaB = changed.ruleSets().get(0).sha256();
        assertNotEquals(shaA, shaB);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            String[] refA = new String[n];
            String[] refB = new String[n];
            int differ = 0;
            for (int i = 0; i < n; i++) {
                Result a = original.evaluate(varied.of(i));
                Result b = changed.evaluate(varied.of(i));
                refA[i] = Varied.sha256(a, JSON);
                refB[i] = Varied.sha256(b, JSON);
                differ += a.scores().equals(b.scores()) ? 0 : 1;
            }
            AtomicReference<Evaluator> current = new AtomicReference<>(original);
            AtomicLong swaps = new AtomicLong();
            AtomicInteger mismatches = new AtomicInteger();
            AtomicInteger seenA = new AtomicInteger();
            AtomicInteger seenB = new AtomicInteger();
            Thread swapper = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    current.set(current.get() == original ? changed : original);
                    swaps.incrementAndGet();
                    LockSupport.parkNanos(200_000);
                }
            }, "zi-swapper");
            swapper.setDaemon(true);
            swapper.start();
            int errors;
            try {
                errors = inThreads(n, i -> {
                    Result r = current.get().evaluate(varied.of(i));
                    String sha = r.ruleSet().sha256();
                    String hash = Varied.sha256(r, JSON);
                    boolean isA = sha.equals(shaA);
                    (isA ? seenA : seenB).incrementAndGet();
                    if (!(isA ? refA[i] : sha.equals(shaB) ? refB[i] : "").equals(hash)) {
                        mismatches.incrementAndGet();
                    }
                });
            } finally {
                swapper.interrupt();
                swapper.join();
            }
            CHECKED.put("swap", "| two rule-set versions swapped every 0.2 ms while " + THREADS + " threads evaluate "
                    + "(" + differ + " of the " + n + " assessments score differently under the two) | " + n + " | "
                    + "both versions seen: " + (seenA.get() > 0 && seenB.get() > 0) + " | " + mismatches.get()
                    + " | " + errors + " |");
            MEASURED.put("swap", "| " + n + " evaluations during swaps | " + swaps.get() + " swaps | "
                    + seenA.get() + " results of the original version, " + seenB.get() + " of the changed one | |");
            assertEquals(0, errors, "evaluations that threw");
            assertEquals(0, mismatches.get(), "results whose numbers disagree with the version they name");
            assertTrue(seenA.get() > 0 && seenB.get() > 0, "the swap never showed both versions");
            assertTrue(differ > n / 2, "the two versions hardly differ: " + differ + " of " + n);
        });
    }

    @Test
    void theReloadingEvaluatorReloadedInALoopNeverMixesOneVersionsNumbersWithTheOther(@TempDir Path base)
            throws Exception {
        int n = Math.max(1, evaluations() / 10);
        Path a = HostileRuleSets.copyBuiltIn(base.resolve("a"));
        Path b = changedWeights(HostileRuleSets.copyBuiltIn(base.resolve("b")));
        Path live = HostileRuleSets.copyBuiltIn(base.resolve("live"));
        byte[] weightsA = Files.readAllBytes(a.resolve("weights.drl"));
        byte[] weightsB = Files.readAllBytes(b.resolve("weights.drl"));
        Evaluator evA = fromDisk(a);
        Evaluator evB = fromDisk(b);
        Varied varied = new Varied(evA, BadInputCatalogueTest.RULE_SET);
        String shaA = evA.ruleSets().get(0).sha256();
        String shaB = evB.ruleSets().get(0).sha256();
        String[] refA = new String[n];
        String[] refB = new String[n];
        for (int i = 0; i < n; i++) {
            refA[i] = varied.reportHash(evA, JSON, i);
            refB[i] = varied.reportHash(evB, JSON, i);
        }
        // Scenarios off: the two weight versions alternate, the built-in scenarios hold for only one of them, and
        // this test is about evaluations during reloads, not about testing the rules.
        try (ReloadingEvaluator live2 = ReloadingEvaluator.create(EvaluatorOptions.builder().ruleSetDirectory(live)
                .includeBuiltIn(false).build(), ReloadingEvaluator.Scenarios.IF_PRESENT)) {
            assertEquals(shaA, live2.ruleSets().get(0).sha256());
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                AtomicInteger accepted = new AtomicInteger();
                AtomicInteger refused = new AtomicInteger();
                AtomicInteger mismatches = new AtomicInteger();
                AtomicInteger seenA = new AtomicInteger();
                AtomicInteger seenB = new AtomicInteger();
                AtomicInteger done = new AtomicInteger();
                java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
                Thread reloader = new Thread(() -> {
                    boolean toB = true;
                    while (!stop.get()) {
                        try {
                            Path tmp = live.resolve("weights.drl.tmp");
                            Files.write(tmp, toB ? weightsB : weightsA);
                            Files.move(tmp, live.resolve("weights.drl"), StandardCopyOption.ATOMIC_MOVE,
                                    StandardCopyOption.REPLACE_EXISTING);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        (live2.reload().accepted() ? accepted : refused).incrementAndGet();
                        toB = !toB;
                    }
                }, "zi-reloader");
                reloader.start();
                int errors;
                try {
                    errors = inThreads(Integer.MAX_VALUE, i -> {
                        if (i >= n && accepted.get() >= 2) {
                            throw new StopSignal();
                        }
                        Result r = live2.evaluate(varied.of(i % n));
                        String sha = r.ruleSet().sha256();
                        boolean isA = sha.equals(shaA);
                        (isA ? seenA : seenB).incrementAndGet();
                        String want = isA ? refA[i % n] : sha.equals(shaB) ? refB[i % n] : "";
                        if (!want.equals(Varied.sha256(r, JSON))) {
                            mismatches.incrementAndGet();
                        }
                        done.incrementAndGet();
                    });
                } finally {
                    stop.set(true);
                    reloader.join();
                }
                CHECKED.put("reload", "| the `ReloadingEvaluator` (issue 5): its folder's weights.drl rewritten and "
                        + "`reload()` called in a loop while " + THREADS + " threads evaluate | at least " + n
                        + " | both versions seen: " + (seenA.get() > 0 && seenB.get() > 0) + "; every reload "
                        + "accepted: " + (refused.get() == 0) + " | " + mismatches.get() + " | " + errors + " |");
                MEASURED.put("reload", "| " + done.get() + " evaluations during reloads | " + accepted.get()
                        + " reloads accepted, " + refused.get() + " refused | " + seenA.get()
                        + " results of the original version, " + seenB.get() + " of the changed one | |");
                assertEquals(0, errors, "evaluations that threw");
                assertEquals(0, refused.get(), "reloads refused");
                assertEquals(0, mismatches.get(), "results whose numbers disagree with the version they name");
                assertTrue(seenA.get() > 0 && seenB.get() > 0, "the reloads never showed both versions");
            });
        }
    }

    private static Path changedWeights(Path dir) throws java.io.IOException {
        HostileRuleSets.edit(dir.resolve("weights.drl"), "\"PEM.MP.1\",      \"0.50\"", "\"PEM.MP.1\",      \"1.00\"");
        HostileRuleSets.edit(dir.resolve("weights.drl"), "\"PEM.MP.4\",      \"1.50\"", "\"PEM.MP.4\",      \"1.00\"");
        return dir;
    }

    private static Evaluator fromDisk(Path dir) {
        return ZiRules.evaluator(EvaluatorOptions.builder().ruleSetDirectory(dir).includeBuiltIn(false).build());
    }

    /** Thrown by a worker to end its loop. */
    private static final class StopSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Runs {@code body(i)} for every i below n on {@value #THREADS} threads; the number that threw. */
    static int inThreads(int n, IntConsumer body) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            threads[t] = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    try {
                        body.accept(i);
                    } catch (StopSignal stop) {
                        return;
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            }, "zi-eval-" + t);
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        failures.stream().limit(3).forEach(Throwable::printStackTrace);
        return failures.size();
    }

    static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    static String perEval(long nanos, int n) {
        return String.format(java.util.Locale.ROOT, "%.2f ms each", nanos / 1e6 / n);
    }

    private static String inOrder(Map<String, String> rows) {
        return String.join("\n", java.util.stream.Stream.of("shared", "swap", "reload").map(rows::get).toList());
    }

    @AfterAll
    static void publish() {
        if (CHECKED.size() < 3) {
            return;
        }
        String suffix = ReliabilityDoc.full() ? "-full" : "";
        ReliabilityDoc.checked("concurrency" + suffix, "| run | evaluations | outcome | mismatches | exceptions |\n"
                + "|---|---|---|---|---|\n" + inOrder(CHECKED) + "\n");
        ReliabilityDoc.measured("concurrency-times" + suffix, "| run | | | |\n|---|---|---|---|\n"
                + inOrder(MEASURED) + "\n\nMachine: " + Runtime.getRuntime().availableProcessors()
                + " processors, Java " + System.getProperty("java.version") + ".\n");
    }
}
