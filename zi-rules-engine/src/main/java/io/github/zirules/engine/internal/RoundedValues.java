package io.github.zirules.engine.internal;

import io.github.zirules.rules.Exact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exact numbers rounded to one scale with one mode, each kept once rounded: the items of a rule set's results take
 * their values and points from a few constants (the answer table's 1, 0.67, 0.5 … and the same times each indicator's
 * weight over its items), so the explanation of 113 items rounds a handful of numbers, on every evaluation. What is
 * kept is immutable ({@link BigDecimal}) and the very value {@link Exact#round} gives, so a result holding a kept
 * decimal equals, hashes and prints as one holding a new one. One instance belongs to one compiled rule set's
 * {@link ResultShape}, which many threads share; it keeps at most {@link #MOST_KEPT} numbers (a ratio answer's value
 * may be any fraction), then rounds the others each time.
 */
final class RoundedValues {

    /** The most numbers kept: beyond them, numbers are rounded each time. */
    static final int MOST_KEPT = 2048;

    private final int scale;
    private final RoundingMode mode;
    private final ConcurrentHashMap<Exact, BigDecimal> kept = new ConcurrentHashMap<>();

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
        BigDecimal r = kept.get(e);
        if (r == null) {
            r = e.round(scale, mode);
            if (kept.size() < MOST_KEPT) {
                kept.putIfAbsent(e, r);
            }
        }
        return r;
    }

    /** How many numbers are kept. */
    int size() {
        return kept.size();
    }
}
