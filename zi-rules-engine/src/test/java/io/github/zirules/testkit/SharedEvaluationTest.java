package io.github.zirules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.ZiRules;
import io.github.zirules.api.spi.Engine;
import io.github.zirules.api.spi.EvaluationOrder;
import io.github.zirules.api.spi.OrderedRun;
import io.github.zirules.api.spi.ScoreTrace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The invariants of one try score its assessment once and share the result; {@code determinism} still scores it a
 * second time, and every other evaluation (raised answers, other orders) is made as before.
 */
class SharedEvaluationTest {

    private static final String ID = "permenpan-rb-90-2021";
    private static final int TRIES = 6;

    /** The built-in engine, counting how often each assessment is scored, plainly and in another order. */
    private static final class CountingEngine implements Engine {
        private final Engine engine = ZiRules.evaluator(EvaluatorOptions.DEFAULTS).engine().orElseThrow();
        private final Map<Assessment, AtomicInteger> plain = new ConcurrentHashMap<>();
        private final Map<Assessment, AtomicInteger> ordered = new ConcurrentHashMap<>();

        int plain(Assessment a) {
            return plain.getOrDefault(a, new AtomicInteger()).get();
        }

        int ordered(Assessment a) {
            return ordered.getOrDefault(a, new AtomicInteger()).get();
        }

        @Override
        public Result evaluate(Assessment assessment) {
            plain.computeIfAbsent(assessment, k -> new AtomicInteger()).incrementAndGet();
            return engine.evaluate(assessment);
        }

        @Override
        public OrderedRun evaluate(Assessment assessment, EvaluationOrder order) {
            ordered.computeIfAbsent(assessment, k -> new AtomicInteger()).incrementAndGet();
            return engine.evaluate(assessment, order);
        }

        @Override
        public ScoreTrace trace(Assessment assessment) {
            return engine.trace(assessment);
        }

        @Override
        public List<Problem> validate(Assessment assessment) {
            return engine.validate(assessment);
        }

        @Override
        public RuleSetInfo ruleSetFor(Assessment assessment) {
            return engine.ruleSetFor(assessment);
        }

        @Override
        public Instrument instrument(String ruleSetId) {
            return engine.instrument(ruleSetId);
        }

        @Override
        public List<RuleSetInfo> ruleSets() {
            return engine.ruleSets();
        }

        @Override
        public Optional<String> ruleLocation(String ruleSetId, String ruleName) {
            return engine.ruleLocation(ruleSetId, ruleName);
        }
    }

    private static List<Assessment> tries(RuleSetUnderTest rules) {
        // The runner's own draw: try i takes generator i mod n with the i-th seed of the run's seed.
        java.util.SplittableRandom master = new java.util.SplittableRandom(42);
        List<AssessmentGenerator> generators = PropertyRunner.defaultGenerators(rules);
        return java.util.stream.IntStream.range(0, TRIES)
                .mapToObj(i -> generators.get(i % generators.size()).fromSeed(master.nextLong())).toList();
    }

    @Test
    void theInvariantsOfATryScoreItsAssessmentOnceAndDeterminismScoresItTwice() {
        CountingEngine engine = new CountingEngine();
        RuleSetUnderTest rules = RuleSetUnderTest.of(engine, ID);

        PropertyReport report = PropertyRunner.builder(rules).seed(42).tries(TRIES).threads(2).build().run();

        assertTrue(report.passed(), report::toString);
        for (Assessment a : tries(rules)) {
            // bounds, monotonicity (its base), consistency, thresholds, order-independence (as written) and the first
            // of determinism share one evaluation; the second of determinism is its own.
            assertEquals(2, engine.plain(a), a.unit().id());
            // The facts shuffled and the rule files reversed (the reordered assessment is equal to it as a value).
            assertEquals(2, engine.ordered(a), a.unit().id());
        }
    }

    @Test
    void determinismAloneStillScoresEveryAssessmentTwice() {
        CountingEngine engine = new CountingEngine();
        RuleSetUnderTest rules = RuleSetUnderTest.of(engine, ID);

        PropertyRunner.builder(rules).seed(42).tries(TRIES).threads(1)
                .invariants(List.of(Invariants.determinism())).build().run();

        for (Assessment a : tries(rules)) {
            assertEquals(2, engine.plain(a), a.unit().id());
        }
    }

    @Test
    void theResultIsSharedOnlyWithinTheScopeAndOnlyForThatAssessment() {
        RuleSetUnderTest rules = TestRules.builtIn();
        Assessment a = rules.generator().build().fromSeed(1);
        Assessment equal = a.toBuilder().build();

        Result outside = rules.evaluate(a);
        try (RuleSetUnderTest.Sharing sharing = rules.share(a)) {
            Result first = rules.evaluate(a);
            assertSame(first, rules.evaluate(a));
            assertNotSame(first, rules.evaluateAgain(a));
            assertNotSame(first, rules.evaluate(equal), "another object, though equal, is scored anew");
            assertNotSame(outside, first);
        }
        assertNotSame(rules.evaluate(a), rules.evaluate(a));
    }
}
