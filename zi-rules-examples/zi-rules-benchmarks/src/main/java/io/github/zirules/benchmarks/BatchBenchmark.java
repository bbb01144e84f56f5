package io.github.zirules.benchmarks;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (c) A batch of {@value #BATCH} varied assessments (an agency's units), evaluated by one shared evaluator on one
 * thread and on two. One operation is one evaluation, so the score is evaluations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BatchBenchmark.BATCH)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class BatchBenchmark {

    /** Assessments in the batch. */
    public static final int BATCH = 10_000;
    /** The seed of the first assessment of the batch. */
    public static final long SEED = 1_000_000L;

    private Evaluator zi;
    private List<Assessment> batch;
    private ExecutorService two;

    /** Compiles the rule set and generates the batch (not timed). */
    @Setup
    public void setUp() {
        zi = Fixtures.evaluator();
        batch = VariedAssessments.batch(zi.instrument(Fixtures.RULE_SET), SEED, BATCH);
        two = Executors.newFixedThreadPool(2);
    }

    /** Stops the two worker threads. */
    @TearDown
    public void tearDown() {
        two.shutdownNow();
    }

    /** The batch on the calling thread. */
    @Benchmark
    public void oneThread(Blackhole bh) {
        for (Assessment a : batch) {
            bh.consume(zi.evaluate(a));
        }
    }

    /** The batch split in two halves, evaluated at once by two threads sharing the evaluator. */
    @Benchmark
    public void twoThreads(Blackhole bh) throws InterruptedException, ExecutionException {
        int half = BATCH / 2;
        List<Future<?>> parts = new ArrayList<>(2);
        for (List<Assessment> part : List.of(batch.subList(0, half), batch.subList(half, BATCH))) {
            parts.add(two.submit(() -> {
                for (Assessment a : part) {
                    bh.consume(zi.evaluate(a));
                }
            }));
        }
        for (Future<?> f : parts) {
            f.get();
        }
    }
}
