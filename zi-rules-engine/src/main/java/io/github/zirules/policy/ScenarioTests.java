package io.github.zirules.policy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a rule set's scenario files as JUnit 5 dynamic tests, one test per case, so that a Java build checks the same
 * files that {@code zi-rules test} runs:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return ScenarioTests.dynamicTests(Path.of("src/main/rules/my-rule-set"));
 * }
 * }</pre>
 *
 * <p>JUnit Jupiter is an optional dependency of the engine: this class needs {@code junit-jupiter-api} on the class
 * path, which a project that runs JUnit 5 tests has.
 */
public final class ScenarioTests {

    private ScenarioTests() {
    }

    /**
     * One dynamic test per scenario case of the rule set in {@code ruleSetDir}. The rule set and its scenario files
     * are loaded now: an invalid rule set or scenario file throws at once, with every problem.
     */
    public static Stream<DynamicTest> dynamicTests(Path ruleSetDir) {
        return dynamicTests(ruleSetDir, null);
    }

    /**
     * As {@link #dynamicTests(Path)}, followed by one more test that fails when fewer than {@code minCoveragePercent}
     * per cent of the rules fired in the cases (null for no coverage test).
     */
    public static Stream<DynamicTest> dynamicTests(Path ruleSetDir, @Nullable BigDecimal minCoveragePercent) {
        ScenarioSuite suite = ScenarioSuite.load(PolicyRuleSet.load(ruleSetDir));
        Set<io.github.zirules.rules.RuleRef> fired = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
        Stream<DynamicTest> cases = suite.scenarios().stream().map(s -> DynamicTest.dynamicTest(
                s.location() + "  " + s.name(), () -> {
                    CaseResult r = suite.run(s, fired::add);
                    if (!r.passed()) {
                        throw new AssertionFailedError(s.location() + " " + s.name() + ": " + (r.error() != null
                                ? r.error() : r.differences().stream().map(d -> d.message(Locale.ENGLISH))
                                .collect(Collectors.joining("; "))));
                    }
                }));
        if (minCoveragePercent == null) {
            return cases;
        }
        DynamicTest coverage = DynamicTest.dynamicTest("rule coverage at least " + minCoveragePercent + " %", () -> {
            RuleCoverage c = suite.coverage(fired);
            if (!c.atLeast(minCoveragePercent)) {
                List<String> never = c.files().stream().flatMap(f -> f.neverFired().stream())
                        .map(r -> r.location() + " " + r.name()).toList();
                throw new AssertionFailedError("rule coverage " + c.percent() + " % is below " + minCoveragePercent
                        + " %; never fired: " + never);
            }
        });
        return Stream.concat(cases, Stream.of(coverage));
    }
}
