package io.github.zirules.engine.internal;

import io.github.zirules.rules.Exact;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact numbers rounded to one scale with one mode, each kept once rounded: the items of a rule set's results take
 * their values and points from a few constants (the answer table's 1, 0.67, 0.5 … and the same times each indicator's
 * weight over its items), so the explanation of 113 items rounds a handful of numbers, on every evaluation. What is
 * kept is immutable ({@link BigDecimal}) and the very value {@link Exact#round} gives, so a result holding a kept
 * decimal equals, hashes and prints as one holding a new one.
 *
 * <p>One instance belongs to one compiled rule set's {@link ResultShape}, which many threads share. It keeps at most
 * {@link #SLOTS} numbers, each in the slot its hash picks, the last one rounded there: a ratio answer's value may be
 * any fraction, and such a number only takes a constant's slot until the constant is rounded again. A slot is read
 * and written without a lock: it holds an immutable pair, and two threads that race on it both round right.
 */
final class RoundedValues {

    /** How many numbers are kept at most: a power of two. */
    static final int SLOTS = 256;

    /** A number and its rounding. */
    private record Kept(Exact exact, BigDecimal rounded) {
    }

    private final int scale;
    private final RoundingMode mode;
    private final Kept[] slots = new Kept[SLOTS];

    RoundedValues(int scale, RoundingMode mode) {
        this.scale = scale;
        this.mode = mode;
    }

    /** Whether this rounds to {@code scale} decimals with {@code mode}. */
    boolean rounds(int scale, RoundingMode mode) {
        return this.scale == scale && this.mode == mode;
    }

    /** {@code e.round(scale, mode)}, kept once rounded. */
    BigDecimal round(Exact e) {
        int h = e.hashCode();
        int slot = (h ^ h >>> 16) & (SLOTS - 1);
        Kept k = slots[slot];
        if (k != null && (k.exact() == e || k.exact().equals(e))) {
            return k.rounded();
        }
        BigDecimal r = e.round(scale, mode);
        slots[slot] = new Kept(e, r);
        return r;
    }

    /** How many numbers are kept. */
    int size() {
        int n = 0;
        for (Kept k : slots) {
            n += k == null ? 0 : 1;
        }
        return n;
    }
}
