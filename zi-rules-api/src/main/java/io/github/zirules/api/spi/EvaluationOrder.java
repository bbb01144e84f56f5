package io.github.zirules.api.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order in which one evaluation inserts its facts and in which its rule set's files were loaded. A sound rule set
 * scores the same in every order; the order-independence checks (the property kit, and cheaply {@code validate})
 * evaluate in other orders than the written one to find a rule whose outcome depends on which rule fires first.
 *
 * @param factSeed {@code 0}: the facts in LKE order (the score sheet, then items, indicators, area parts, areas);
 *     {@link #REVERSED}: in reverse order; any other value: shuffled by that seed
 * @param filesReversed whether the rule files were loaded last file first
 */
public record EvaluationOrder(long factSeed, boolean filesReversed) {

    /** The {@code factSeed} that inserts the facts in reverse LKE order. */
    public static final long REVERSED = -1;

    /** The written order: facts in LKE order, rule files in the descriptor's order. */
    public static final EvaluationOrder AS_WRITTEN = new EvaluationOrder(0, false);

    /** Facts shuffled by {@code seed} (never 0 or {@link #REVERSED}: those name the other orders). */
    public static EvaluationOrder shuffled(long seed) {
        return new EvaluationOrder(seed == 0 || seed == REVERSED ? seed - 2 : seed, false);
    }

    /** Rule files loaded last file first, facts in LKE order. */
    public static EvaluationOrder filesReversedOrder() {
        return new EvaluationOrder(0, true);
    }

    /** {@code facts} in this order (a new list; {@code facts} is not changed). */
    public List<Object> arrange(List<Object> facts) {
        List<Object> out = new ArrayList<>(facts);
        if (factSeed == REVERSED) {
            Collections.reverse(out);
        } else if (factSeed != 0) {
            Collections.shuffle(out, new java.util.Random(new SplittableRandom(factSeed).nextLong()));
        }
        return out;
    }

    /** This order in words, e.g. {@code facts shuffled (seed 42), rule files in the written order}. */
    public String describeEn() {
        return (factSeed == 0 ? "facts in LKE order" : factSeed == REVERSED ? "facts in reverse LKE order"
                : "facts shuffled (seed " + factSeed + ")") + ", rule files " + (filesReversed
                ? "loaded last file first" : "in the order ruleset.properties lists them");
    }

    /** This order in Bahasa Indonesia. */
    public String describeId() {
        return (factSeed == 0 ? "fakta dalam urutan LKE" : factSeed == REVERSED ? "fakta dalam urutan LKE terbalik"
                : "fakta diacak (seed " + factSeed + ")") + ", berkas aturan " + (filesReversed
                ? "dimuat dari berkas terakhir" : "dalam urutan ruleset.properties");
    }
}
