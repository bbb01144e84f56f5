package io.github.zirules.engine.internal;

import io.github.zirules.rules.Exact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The rounded forms of the exact numbers that the item explanations of one compiled rule set show again and again: an
 * item's value is one of the few constants of its answer table on every evaluation. Each number is rounded (and its
 * fraction written) once and found again by its value; what is found is the very {@link BigDecimal} and text that
 * rounding it again would give. (The items' points are not kept: they are many more numbers, and a cache of them cost
 * more on varied assessments than rounding them again.)
 *
 * <p>Bounded: a fixed number of places, each holding the last number that fell on it (a number of an assessment's own,
 * such as a PCT ratio, takes a place until another replaces it), so the cache never grows with the assessments.
 * Shared by every thread that evaluates the rule set: a place holds an immutable entry, written and read whole.
 */
final class RoundedValues {

    /** How many numbers are kept (a power of two): room for the built-in rule set's values many times over. */
    static final int PLACES = 256;

    /** One rounded number: the value, how it was rounded, the result, and the value's fraction once asked for. */
    record Entry(Exact exact, int scale, RoundingMode mode, BigDecimal rounded, @Nullable String text) {
        boolean holds(Exact e, int s, RoundingMode m) {
            return scale == s && mode == m && exact.equals(e);
        }
    }

    private final Entry[] places = new Entry[PLACES];

    /** {@code exact} rounded to {@code scale} decimals with {@code mode}, as {@link Exact#round} gives it. */
    BigDecimal round(Exact exact, int scale, RoundingMode mode) {
        int at = place(exact, scale);
        Entry e = places[at];
        if (e == null || !e.holds(exact, scale, mode)) {
            e = new Entry(exact, scale, mode, exact.round(scale, mode), null);
            places[at] = e;
        }
        return e.rounded();
    }

    /**
     * {@code exact} rounded to {@code scale} decimals with {@code mode} and its fraction, as {@link Exact#round} and
     * {@link Exact#toString()} give them, in one look-up: {@link Entry#rounded()} and {@link Entry#text()}.
     */
    Entry withText(Exact exact, int scale, RoundingMode mode) {
        int at = place(exact, scale);
        Entry e = places[at];
        if (e == null || !e.holds(exact, scale, mode)) {
            e = new Entry(exact, scale, mode, exact.round(scale, mode), exact.toString());
            places[at] = e;
        } else if (e.text() == null) {
            e = new Entry(exact, scale, mode, e.rounded(), exact.toString());
            places[at] = e;
        }
        return e;
    }

    /** {@code exact}'s fraction, as {@link Exact#toString()} writes it, kept with its rounding to {@code scale}. */
    String text(Exact exact, int scale, RoundingMode mode) {
        return withText(exact, scale, mode).text();
    }

    private static int place(Exact exact, int scale) {
        int h = exact.hashCode() * 31 + scale;
        return (h ^ (h >>> 16)) & (PLACES - 1);
    }

    /** How many places hold a number (tests). */
    int size() {
        int n = 0;
        for (Entry e : places) {
            n += e == null ? 0 : 1;
        }
        return n;
    }
}
