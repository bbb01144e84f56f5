package io.github.zirules.planner.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.spi.Engine;
import java.util.List;
import java.util.Set;

/**
 * Runs the rule set over an assessment and keeps the exact outcome. The engine is the only source of gains: every
 * number the planner uses comes from a run like this one.
 */
final class Probe {

    private final Engine engine;
    private final Instrument instrument;
    private final Set<ItemId> fixed;
    private int runs;

    /**
     * A probe of the rule set with {@code instrument} in {@code engine}, whose {@link #candidates} leave the
     * {@code fixed} items as they are.
     */
    Probe(Engine engine, Instrument instrument, Set<ItemId> fixed) {
        this.engine = engine;
        this.instrument = instrument;
        this.fixed = Set.copyOf(fixed);
    }

    /** The answers {@code item} may move to: none when it is fixed, else {@link Moves#candidates}. */
    List<Moves.Candidate> candidates(Item item, Answer current) {
        return fixed.contains(item.id()) ? List.of() : Moves.candidates(instrument.answerScale(item), current);
    }

    /** The items kept as they are. */
    Set<ItemId> fixed() {
        return fixed;
    }

    /** The exact outcome of the rules over {@code a} (which must be valid). */
    Snapshot run(Assessment a) {
        runs++;
        return Snapshot.of(engine.trace(a));
    }

    /** How many runs so far (for measurements). */
    int runs() {
        return runs;
    }

    /** The instrument of the rule set probed. */
    Instrument instrument() {
        return instrument;
    }
}
