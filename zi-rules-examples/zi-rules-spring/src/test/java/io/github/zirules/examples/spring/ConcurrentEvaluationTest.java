package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentEvaluationTest extends ServiceTestSupport {

    /**
     * 8 clients of 50 requests, 400 in all, more clients than the 2 cores and the server's workers: requests queue
     * and overlap inside the one evaluator for the whole run, which is what a shared session or buffer would need to
     * show; the engine's ConcurrencyTest runs thousands more without HTTP.
     */
    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 50;
    private static final List<String> EXAMPLES = List.of("random-1001-00", "random-1001-01", "random-1001-02",
            "random-1001-03");

    @Test
    void concurrentRequestsToTheOneSharedEvaluatorAllSucceedWithIdenticalReportsForIdenticalInput()
            throws Exception {
        List<byte[]> inputs = EXAMPLES.stream().map(n -> resource("examples/" + n + ".json")).toList();
        List<String> alone = new ArrayList<>();
        for (byte[] in : inputs) {
            HttpResponse<String> r = postJson("/api/evaluations", in);
            assertEquals(200, r.statusCode(), r.body());
            alone.add(r.body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<String> wrong = new ArrayList<>();
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    int k = (thread + i) % inputs.size();
                    HttpResponse<String> r = postJson("/api/evaluations", inputs.get(k));
                    if (r.statusCode() != 200 || !r.body().equals(alone.get(k))) {
                        wrong.add("thread " + thread + " request " + i + " (" + EXAMPLES.get(k) + "): HTTP "
                                + r.statusCode());
                    }
                }
                return wrong;
            }));
        }
        pool.shutdown();
        List<String> wrong = new ArrayList<>();
        for (Future<List<String>> f : futures) {
            wrong.addAll(f.get(5, TimeUnit.MINUTES));
        }
        assertEquals(List.of(), wrong, "every answer is 200 and byte-identical to the answer given alone");
    }
}
