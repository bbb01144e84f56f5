package io.github.zirules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Result;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ZiJson;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What a run-time guard against a consequence that never returns would cost: each evaluation handed to a worker
 * thread and awaited with a timeout ({@code Future.get(timeout)}), against calling the evaluator directly. Only a
 * measurement (run with {@code -Dzirules.reliability.full=true}); the numbers go to the measured section
 * {@code timeout-guard} of {@code docs/reliability.md}. The child-JVM case {@code busy-loop} of
 * {@link HostileRuleSetTest} shows what such a guard can and cannot do: the caller gets control back, the
 * spinning thread does not stop.
 */
class TimeoutGuardCostTest {

    /**
     * 5 alternating rounds of 1000 each way (a first 1000 warm both paths up): the difference measured is some tens
     * of microseconds per evaluation, and 5000 of them each way put it well above the run-to-run noise of a shared
     * machine; alternating spreads a load change over both paths. Not run by {@code mvn verify}.
     */
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 1_000;

    @Test
    @EnabledIfSystemProperty(named = "zirules.reliability.full", matches = "true")
    void costOfHandingEachEvaluationToAWorkerWithATimeout() throws Exception {
        Evaluator ev = ZiRules.evaluator();
        Varied varied = new Varied(ev, BadInputCatalogueTest.RULE_SET);
        ZiJson json = ZiJson.create();
        ExecutorService worker = Executors.newFixedThreadPool(1);
        long direct = 0;
        long guarded = 0;
        try {
            for (int i = 0; i < PER_ROUND; i++) {
                Result a = ev.evaluate(varied.of(i));
                Result b = worker.submit(() -> ev.evaluate(varied.of(0))).get(10, TimeUnit.SECONDS);
                assertEquals(json.writeReport(ev.evaluate(varied.of(0))), json.writeReport(b));
                assertEquals(a.unit(), varied.of(i).unit());
            }
            for (int round = 0; round < ROUNDS; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < PER_ROUND; i++) {
                    ev.evaluate(varied.of(i));
                }
                direct += System.nanoTime() - t0;
                long t1 = System.nanoTime();
                for (int i = 0; i < PER_ROUND; i++) {
                    int s = i;
                    worker.submit(() -> ev.evaluate(varied.of(s))).get(10, TimeUnit.SECONDS);
                }
                guarded += System.nanoTime() - t1;
            }
        } finally {
            worker.shutdownNow();
        }
        int n = ROUNDS * PER_ROUND;
        ReliabilityDoc.measured("timeout-guard", String.format(java.util.Locale.ROOT, "| evaluations each way | "
                + "direct | through a worker thread with Future.get(timeout) | difference |\n|---|---|---|---|\n"
                + "| %d (in %d alternating rounds) | %.3f ms each | %.3f ms each | %+.1f %% |\n", n, ROUNDS,
                direct / 1e6 / n, guarded / 1e6 / n, 100.0 * (guarded - direct) / direct));
    }
}
