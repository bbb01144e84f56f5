package io.github.zirules.planner.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import java.util.List;
import java.util.Set;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.SessionRunner;

/**
 * Runs the rule set over an assessment and keeps the exact outcome. The engine is the only source of gains: every
 * number the planner uses comes from a run like this one.
 */
final class Probe {

    private final CompiledRuleSet ruleSet;
    private final int fireLimit;
    private final Set<ItemId> fixed;
    private int runs;

    Probe(CompiledRuleSet ruleSet, int fireLimit) {
        this(ruleSet, fireLimit, Set.of());
    }

    /** A probe whose {@link #candidates} leave the {@code fixed} items as they are. */
    Probe(CompiledRuleSet ruleSet, int fireLimit, Set<ItemId> fixed) {
        this.ruleSet = ruleSet;
        this.fireLimit = fireLimit;
        this.fixed = Set.copyOf(fixed);
    }

    /** The answers {@code item} may move to: none when it is fixed, else {@link Moves#candidates}. */
    List<Moves.Candidate> candidates(Item item, Answer current) {
        return fixed.contains(item.id()) ? List.of() : Moves.candidates(item, current);
    }

    /** The items kept as they are. */
    Set<ItemId> fixed() {
        return fixed;
    }

    /** The exact outcome of the rules over {@code a} (which must be valid). */
    Snapshot run(Assessment a) {
        runs++;
        return Snapshot.of(SessionRunner.run(ruleSet, a, fireLimit, null));
    }

    /** How many runs so far (for measurements). */
    int runs() {
        return runs;
    }

    CompiledRuleSet ruleSet() {
        return ruleSet;
    }
}
