package io.github.zirules.benchmarks;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Result;
import io.github.zirules.reference.ReferenceResult;
import io.github.zirules.reference.ReferenceScorer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (a) One full 113-item assessment through {@link Evaluator#evaluate} (scores, verdict, warnings and the explanation
 * of every item), (b) the same numbers from the plain-Java {@link ReferenceScorer}, the engine tests' oracle, written
 * as a person would write the policy in Java (from the engine's test jar), and (c) from {@link FastestScorer}, the
 * fastest plain Java we could write: the honest lower bound. Sample mode, so that the report has the median (p0.50) as well as the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(3)
public class SingleEvaluationBenchmark {

    private Evaluator zi;
    private ReferenceScorer reference;
    private FastestScorer fastest;
    private Assessment assessment;

    /** Compiles the rule set once and checks that engine and reference agree on the assessment. */
    @Setup
    public void setUp() {
        zi = Fixtures.evaluator();
        reference = ReferenceScorer.standard();
        assessment = Fixtures.full(zi);
        Fixtures.agree(zi.evaluate(assessment), reference.score(assessment), "the full assessment");
        fastest = new FastestScorer(zi, Fixtures.RULE_SET);
        FastestScorer.Outcome f = fastest.score(assessment);
        Result e = zi.evaluate(assessment);
        if (f.levels()[FastestScorer.TOTAL] != e.scores().total().movePointRight(2).longValueExact()
                || f.eligible() != e.eligible()) {
            throw new IllegalStateException("engine and fastest scorer disagree on the full assessment");
        }
    }

    /** (a) The engine, explanation on. */
    @Benchmark
    public Result engine() {
        return zi.evaluate(assessment);
    }

    /** (c) The fastest plain-Java scorer. */
    @Benchmark
    public FastestScorer.Outcome fastest() {
        return fastest.score(assessment);
    }

    /** (b) The plain-Java reference scorer. */
    @Benchmark
    public ReferenceResult reference() {
        return reference.score(assessment);
    }
}
