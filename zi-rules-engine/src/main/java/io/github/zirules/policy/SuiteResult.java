package io.github.zirules.policy;

import io.github.zirules.api.RuleSetInfo;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of running a rule set's scenario suite.
 *
 * @param ruleSet the rule set tested (id, version, hash)
 * @param cases every case, in file and line order
 * @param coverage which rules fired
 */
public record SuiteResult(RuleSetInfo ruleSet, List<CaseResult> cases, RuleCoverage coverage,
                          List<BoundaryCoverage> boundaries) {

    /** Refuses nulls; copies the cases. */
    public SuiteResult {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(coverage, "coverage");
        cases = List.copyOf(cases);
        boundaries = List.copyOf(boundaries);
    }

    /** A result without boundary coverage. */
    public SuiteResult(RuleSetInfo ruleSet, List<CaseResult> cases, RuleCoverage coverage) {
        this(ruleSet, cases, coverage, List.of());
    }

    /** The thresholds that no case reaches exactly, or that no case misses by 0.01. */
    public List<BoundaryCoverage> uncoveredBoundaries() {
        return boundaries.stream().filter(b -> !b.covered()).toList();
    }

    /** Whether every case passed. */
    public boolean passed() {
        return cases.stream().allMatch(CaseResult::passed);
    }

    /** The cases that failed. */
    public List<CaseResult> failures() {
        return cases.stream().filter(c -> !c.passed()).toList();
    }

    /** {@code N passed, M failed}. */
    public String summary() {
        int failed = failures().size();
        return (cases.size() - failed) + " passed, " + failed + " failed";
    }
}
