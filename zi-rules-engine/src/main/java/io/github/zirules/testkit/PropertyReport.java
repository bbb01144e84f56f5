package io.github.zirules.testkit;

import io.github.zirules.api.RuleSetInfo;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link PropertyRunner} run found: one outcome per invariant, with the seed that replays the run.
 *
 * @param ruleSet the rule set checked
 * @param seed the run's seed: the same seed, tries, generators and rule set give the same report
 * @param tries the assessments asked for per invariant
 * @param outcomes one per invariant, in the order run
 */
public record PropertyReport(RuleSetInfo ruleSet, long seed, int tries, List<InvariantOutcome> outcomes) {

    /** Copies the outcomes; refuses nulls. */
    public PropertyReport {
        Objects.requireNonNull(ruleSet, "ruleSet");
        outcomes = List.copyOf(outcomes);
    }

    /** Whether every invariant held. */
    public boolean passed() {
        return outcomes.stream().allMatch(InvariantOutcome::passed);
    }

    /** The outcomes of the invariants that failed. */
    public List<InvariantOutcome> failures() {
        return outcomes.stream().filter(o -> !o.passed()).toList();
    }

    /** The outcome of the invariant with this name. @throws IllegalArgumentException if none ran */
    public InvariantOutcome outcome(String invariant) {
        return outcomes.stream().filter(o -> o.invariant().equals(invariant)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no invariant '" + invariant + "' in this report; ran "
                        + outcomes.stream().map(InvariantOutcome::invariant).toList()));
    }
}
