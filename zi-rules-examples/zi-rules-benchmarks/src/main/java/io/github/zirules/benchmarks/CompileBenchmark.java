package io.github.zirules.benchmarks;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Result;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.DroolsEvaluator;
import io.github.zirules.engine.internal.RuleSetCatalog;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (d) Compiling the built-in rule set (DRL parse and compile, KieBase, the load-time verifier's probes), cold in a
 * fresh JVM and warm, and the first evaluation with a rule set just compiled. Single-shot: each measurement is one
 * call, as a person or a batch job meets it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

    /** Compile in a JVM that has compiled nothing yet: one call per fresh JVM. */
    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public RuleSetCatalog compileCold() {
        return RuleSetCatalog.load(List.of(), true);
    }

    /** Compile again in a JVM that has compiled it many times (a reload in a running service). */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 10)
    @Measurement(iterations = 20)
    public RuleSetCatalog compileWarm() {
        return RuleSetCatalog.load(List.of(), true);
    }

    /** A rule set compiled just before each measurement (not timed), and the assessment to evaluate. */
    @State(Scope.Thread)
    public static class JustCompiled {
        CompiledRuleSet ruleSet;
        Assessment assessment;

        /** Compiles a fresh copy of the rule set. */
        @Setup(Level.Iteration)
        public void compile() {
            ruleSet = RuleSetCatalog.load(List.of(), true).get(Fixtures.RULE_SET);
            assessment = VariedAssessments.full(ruleSet.instrument(), Fixtures.FULL_SEED);
        }
    }

    /** The first evaluation with a freshly compiled rule set, in a warm JVM. */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 10)
    @Measurement(iterations = 20)
    public Result firstEvaluationWarm(JustCompiled c) {
        return DroolsEvaluator.evaluateWith(c.ruleSet, c.assessment, EvaluatorOptions.DEFAULT_FIRE_LIMIT, null);
    }

    /** The first evaluation after the first compile of a fresh JVM. */
    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Result firstEvaluationCold(JustCompiled c) {
        return DroolsEvaluator.evaluateWith(c.ruleSet, c.assessment, EvaluatorOptions.DEFAULT_FIRE_LIMIT, null);
    }
}
