package io.github.zirules.benchmarks;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Result;
import io.github.zirules.engine.Catalog;
import io.github.zirules.engine.LoadedRuleSet;
import io.github.zirules.policy.BuiltInRuleSets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * (d) Loading rule sets, single-shot: each measurement is one call, as a person or a service meets it.
 *
 * <ul>
 *   <li>{@code compile*}: compiling the built-in rule set's DRL from a folder on disk (DRL parse, Java compile of the
 *   consequences, the KieBase, the load-time verifier's probe evaluations), what every rule set edited by policy staff
 *   and every reload goes through;</li>
 *   <li>{@code loadBuiltIn*}: loading the built-in rule set as an evaluator does, from the packages compiled and
 *   verified when the engine was built;</li>
 *   <li>{@code firstEvaluation*}: the first evaluation with a rule set loaded just before (not timed).</li>
 * </ul>
 * {@code *Cold} runs in a JVM that has done nothing else (5 fresh JVMs); {@code *Warm} in one that has done it many times.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

    /** A copy of the built-in rule set's files in a folder on disk, so that it is compiled from its DRL. */
    @State(Scope.Benchmark)
    public static class DrlFolder {
        Path dir;

        /** Copies the files out of the engine jar, scenario tests included (not timed). */
        @Setup
        public void copy() throws IOException {
            dir = Files.createTempDirectory("zi-rules-bench");
            BuiltInRuleSets.copy(Fixtures.RULE_SET, dir);
        }

        LoadedRuleSet compile() {
            return Catalog.load(List.of(dir), false).ruleSet(Fixtures.RULE_SET);
        }
    }

    /** Compile from DRL in a fresh JVM. */
    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public LoadedRuleSet compileCold(DrlFolder drl) {
        return drl.compile();
    }

    /**
     * Compile from DRL in a JVM that has compiled it many times (a reload in a running service). 50 warm-up compiles:
     * with 10, the Drools, MVEL and Eclipse compiler code was still being JIT-compiled and the figure was about 60 %
     * higher than a JVM's steady state.
     */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 50)
    @Measurement(iterations = 30)
    public LoadedRuleSet compileWarm(DrlFolder drl) {
        return drl.compile();
    }

    /** Load the built-in rule set, precompiled, in a fresh JVM (what an evaluator's start costs). */
    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Catalog loadBuiltInCold() {
        return Catalog.load(List.of(), true);
    }

    /** Load the built-in rule set, precompiled, in a warm JVM. */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 10)
    @Measurement(iterations = 20)
    public Catalog loadBuiltInWarm() {
        return Catalog.load(List.of(), true);
    }

    /** A rule set compiled from DRL just before each measurement (not timed). */
    @State(Scope.Thread)
    public static class JustCompiled {
        LoadedRuleSet ruleSet;
        Assessment assessment;

        /** Compiles a fresh copy of the rule set from its DRL. */
        @Setup(Level.Iteration)
        public void compile(DrlFolder drl) {
            ruleSet = drl.compile();
            assessment = VariedAssessments.full(ruleSet.instrument(), Fixtures.FULL_SEED);
        }
    }

    /** The built-in rule set loaded (precompiled) just before each measurement (not timed). */
    @State(Scope.Thread)
    public static class JustLoaded {
        LoadedRuleSet ruleSet;
        Assessment assessment;

        /** Loads a fresh copy of the built-in rule set. */
        @Setup(Level.Iteration)
        public void load() {
            ruleSet = Catalog.load(List.of(), true).ruleSet(Fixtures.RULE_SET);
            assessment = VariedAssessments.full(ruleSet.instrument(), Fixtures.FULL_SEED);
        }
    }

    /** The first evaluation after compiling from DRL, in a warm JVM. */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 10)
    @Measurement(iterations = 20)
    public Result firstEvaluationWarm(JustCompiled c) {
        return c.ruleSet.evaluate(c.assessment, null);
    }

    /** The first evaluation after loading the built-in rule set, in a warm JVM (its first evaluation ever). */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 10)
    @Measurement(iterations = 20)
    public Result firstEvaluationBuiltInWarm(JustLoaded c) {
        return c.ruleSet.evaluate(c.assessment, null);
    }

    /** The first evaluation of a fresh JVM, right after loading the built-in rule set. */
    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Result firstEvaluationCold(JustLoaded c) {
        return c.ruleSet.evaluate(c.assessment, null);
    }
}
