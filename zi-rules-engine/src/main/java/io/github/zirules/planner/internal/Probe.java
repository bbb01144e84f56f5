package io.github.zirules.planner.internal;

import io.github.zirules.api.Assessment;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.SessionRunner;
import java.time.Duration;

/**
 * Runs the rule set over an assessment and keeps the exact outcome. The engine is the only source of gains: every
 * number the planner uses comes from a run like this one.
 */
final class Probe {

    private final CompiledRuleSet ruleSet;
    private final int fireLimit;
    private final Duration timeout;
    private int runs;

    Probe(CompiledRuleSet ruleSet, int fireLimit, Duration timeout) {
        this.ruleSet = ruleSet;
        this.fireLimit = fireLimit;
        this.timeout = timeout;
    }

    /** The exact outcome of the rules over {@code a} (which must be valid). */
    Snapshot run(Assessment a) {
        runs++;
        return Snapshot.of(SessionRunner.run(ruleSet, a, fireLimit, timeout, null));
    }

    /** How many runs so far (for measurements). */
    int runs() {
        return runs;
    }

    CompiledRuleSet ruleSet() {
        return ruleSet;
    }
}
