package io.github.zirules.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;

/**
 * The property checks as JUnit 5 dynamic tests: one test per invariant of {@link Invariants#all()}, each run by a
 * {@link PropertyRunner} over the rule set, failing with the violation and the shrunk counterexample as a
 * zi-assessment/1 document (replay it with {@code zi-rules evaluate}).
 *
 * <pre>{@code
 * class MyRulesPropertiesTest {
 *     @TestFactory
 *     Stream<DynamicTest> myRuleSetKeepsEveryInvariant() {
 *         return ZiProperties.dynamicTests(Path.of("src/main/rules/my-rules"), 42L, 200);
 *     }
 * }
 * }</pre>
 *
 * <p>This is the only class of the engine that uses JUnit: the engine declares {@code junit-jupiter-api} as an
 * <em>optional</em> dependency, so it is on your test class path only because your tests use JUnit 5 already.
 * The rule set is compiled when the first test runs, not when the stream is made, so a rule set that does not load
 * fails every test with its problems instead of failing test discovery.
 */
public final class ZiProperties {

    private ZiProperties() {
    }

    /** One dynamic test per invariant over the rule set in folder {@code ruleSetDir}. */
    public static Stream<DynamicTest> dynamicTests(Path ruleSetDir, long seed, int tries) {
        Objects.requireNonNull(ruleSetDir, "ruleSetDir must not be null");
        return dynamicTests(() -> RuleSetUnderTest.fromDirectory(ruleSetDir), seed, tries);
    }

    /** One dynamic test per invariant over {@code rules}. */
    public static Stream<DynamicTest> dynamicTests(RuleSetUnderTest rules, long seed, int tries) {
        Objects.requireNonNull(rules, "rules must not be null");
        return dynamicTests(() -> rules, seed, tries);
    }

    /**
     * One dynamic test per invariant over the rule set {@code rules} supplies (asked once, when the first test
     * runs), with {@code tries} assessments per invariant from {@code seed} and the default generators.
     */
    public static Stream<DynamicTest> dynamicTests(Supplier<RuleSetUnderTest> rules, long seed, int tries) {
        Objects.requireNonNull(rules, "rules must not be null");
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1 but was " + tries);
        }
        Supplier<RuleSetUnderTest> once = new Once(rules);
        return Invariants.all().stream().map(inv -> DynamicTest.dynamicTest(
                inv.name() + ": " + inv.descriptionEn(), () -> {
                    PropertyReport report = PropertyRunner.builder(once.get()).seed(seed).tries(tries)
                            .invariants(List.of(inv)).build().run();
                    InvariantOutcome o = report.outcomes().get(0);
                    if (!o.passed()) {
                        throw new AssertionError(failureMessage(report, o));
                    }
                }));
    }

    /** The failure text of one outcome: what failed, how to rerun, and the counterexample document. */
    static String failureMessage(PropertyReport report, InvariantOutcome o) {
        Violation v = o.violation();
        return o.invariant() + " failed on rule set " + report.ruleSet().id() + " (sha256 " + report.ruleSet().sha256()
                + ") at try " + o.tries() + " of " + report.tries() + ", seed " + report.seed() + ":\n  "
                + v.messageEn() + "\n  " + v.messageId() + "\ncounterexample (zi-assessment/1; replay it with "
                + "`zi-rules evaluate`):\n" + o.counterexampleJson().orElse("");
    }

    /** Asks a supplier once and remembers the value or the exception. */
    private static final class Once implements Supplier<RuleSetUnderTest> {
        private final Supplier<RuleSetUnderTest> source;
        private @Nullable RuleSetUnderTest value;
        private @Nullable RuntimeException failure;

        Once(Supplier<RuleSetUnderTest> source) {
            this.source = source;
        }

        @Override
        public synchronized RuleSetUnderTest get() {
            if (value == null && failure == null) {
                try {
                    value = Objects.requireNonNull(source.get(), "the rule-set supplier returned null");
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
