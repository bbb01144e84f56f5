package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zirules.rules.Exact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The rule set's cache of rounded numbers ({@link RoundedValues}) gives what rounding each number again gives, value
 * and scale alike, and the same fraction text, whatever numbers came before; it never holds more than its places.
 */
class RoundedValuesTest {

    /** The answer table's hundredths, any fraction, and numbers beyond a long. */
    private static Gen<Exact> numbers() {
        Gen<Exact> table = integers().between(0, 100).map(n -> Exact.ratio(n, 100));
        Gen<Exact> fractions = longs().between(-1_000_000_000L, 1_000_000_000L)
                .zip(longs().between(1, 1_000_000_000L), Exact::ratio);
        Gen<Exact> big = longs().all().map(n -> Exact.of(java.math.BigInteger.valueOf(n).shiftLeft(70).toString()));
        return table.mix(fractions, 40).mix(big, 10);
    }

    @Test
    void aCachedRoundingIsTheRoundingOfTheNumberAgain() {
        RoundedValues cache = new RoundedValues();
        RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN};
        qt().forAll(numbers(), integers().between(0, 6), integers().between(0, 2)).checkAssert((e, scale, m) -> {
            for (int twice = 0; twice < 2; twice++) {
                BigDecimal expected = e.round(scale, modes[m]);
                BigDecimal actual = cache.round(e, scale, modes[m]);
                assertEquals(expected, actual);
                assertEquals(expected.toPlainString(), actual.toPlainString());
                assertEquals(e.toString(), cache.text(e, scale, modes[m]));
            }
        });
        assertTrue(cache.size() <= RoundedValues.PLACES);
    }

    @Test
    void anEqualNumberMadeAgainFindsTheSameRoundingAndAnotherScaleDoesNot() {
        RoundedValues cache = new RoundedValues();
        BigDecimal first = cache.round(Exact.ratio(2, 3), 4, RoundingMode.HALF_UP);
        assertSame(first, cache.round(Exact.ratio(4, 6), 4, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("0.67"), cache.round(Exact.ratio(2, 3), 2, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("0.66"), cache.round(Exact.ratio(2, 3), 2, RoundingMode.DOWN));
        assertEquals(new BigDecimal("0.6667"), cache.round(Exact.ratio(2, 3), 4, RoundingMode.HALF_UP));
    }

    @Test
    void theCacheIsBoundedHoweverManyNumbersAnAssessmentBrings() {
        RoundedValues cache = new RoundedValues();
        for (long n = 0; n < 50_000; n++) {
            cache.round(Exact.ratio(n, 50_021), 2, RoundingMode.HALF_UP);
        }
        assertTrue(cache.size() <= RoundedValues.PLACES, "held " + cache.size());
        assertEquals(Exact.ratio(17, 23).round(2, RoundingMode.HALF_UP),
                cache.round(Exact.ratio(17, 23), 2, RoundingMode.HALF_UP));
    }
}
