package io.github.zirules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A sum over a common denominator ({@link Exact.Sum}, used by the indicator average, the area sums and the run-time
 * checks) is the very value, in the very form, that adding the same numbers with {@link Exact#plus} gives: for the
 * answer table's decimals, for any fractions, and across the overflow of a {@code long} into big numbers.
 */
class ExactSumTest {

    /** Table-like values (tenths, hundredths, thirds), any fraction, near-overflow longs, and big numbers. */
    private static Gen<Exact> values() {
        Gen<Exact> table = integers().between(0, 100).map(n -> Exact.ratio(n, 100));
        Gen<Exact> thirds = integers().between(-9, 9).map(n -> Exact.ratio(n, 3));
        Gen<Exact> fractions = longs().between(-1_000_000_000L, 1_000_000_000L)
                .zip(longs().between(1, 1_000_000_000L), Exact::ratio);
        Gen<Exact> huge = longs().between(Long.MAX_VALUE / 4, Long.MAX_VALUE)
                .zip(longs().between(1, Long.MAX_VALUE), (n, d) -> Exact.ratio(n, d));
        Gen<Exact> big = longs().all().map(n -> Exact.of(BigInteger.valueOf(n).shiftLeft(70).toString()));
        return table.mix(thirds, 30).mix(fractions, 30).mix(huge, 15).mix(big, 5);
    }

    private static Exact plusAll(List<Exact> vs) {
        Exact s = Exact.ZERO;
        for (Exact v : vs) {
            s = s.plus(v);
        }
        return s;
    }

    private static void sameForm(Exact expected, Exact actual) {
        assertEquals(expected, actual);
        assertEquals(expected.toString(), actual.toString());
        assertEquals(expected.hashCode(), actual.hashCode());
    }

    @Test
    void aSumEqualsAddingWithPlusForAnyValuesIncludingOverflow() {
        qt().forAll(lists().of(values()).ofSizeBetween(0, 40)).checkAssert(vs -> {
            Exact.Sum sum = new Exact.Sum();
            vs.forEach(sum::add);
            sameForm(plusAll(vs), sum.value());
        });
    }

    @Test
    void anAverageEqualsThePlusSumDividedByTheCount() {
        qt().forAll(lists().of(values()).ofSizeBetween(1, 40)).checkAssert(vs -> {
            Exact.Sum sum = new Exact.Sum();
            vs.forEach(sum::add);
            sameForm(plusAll(vs).dividedBy(vs.size()), sum.dividedBy(vs.size()));
        });
    }

    @Test
    void aSumIsAValueExactlyWhenItsLowestTermsEqualIt() {
        qt().forAll(lists().of(values()).ofSizeBetween(0, 20), values()).checkAssert((vs, other) -> {
            Exact.Sum sum = new Exact.Sum();
            vs.forEach(sum::add);
            Exact total = plusAll(vs);
            assertEquals(true, sum.is(total), "a sum is its own value");
            assertEquals(total.equals(other), sum.is(other));
            assertEquals(false, sum.is(total.plus(Exact.ratio(1, 7))));
        });
    }

    @Test
    void theAnswerTablesDecimalsAddWithoutLeavingLongs() {
        Exact.Sum sum = new Exact.Sum();
        for (String v : List.of("1", "0.67", "0.33", "0", "0.5", "0.25", "0.75", "1")) {
            sum.add(Exact.of(v));
        }
        sameForm(Exact.of("4.5"), sum.value());
        sameForm(Exact.of("0.5625"), sum.dividedBy(8));
    }

    @Test
    void anEmptySumIsZeroAndItsAverageIsRefusedAsPlusWouldRefuseIt() {
        sameForm(Exact.ZERO, new Exact.Sum().value());
        ArithmeticException expected = assertThrows(ArithmeticException.class, () -> Exact.ZERO.dividedBy(0));
        ArithmeticException actual = assertThrows(ArithmeticException.class, () -> new Exact.Sum().dividedBy(0));
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void sumsThatOverflowALongMoveToBigNumbersWithoutLoss() {
        Exact.Sum sum = new Exact.Sum();
        sum.add(Exact.of(Long.MAX_VALUE)).add(Exact.of(Long.MAX_VALUE)).add(Exact.ratio(1, 3));
        sameForm(Exact.of(Long.MAX_VALUE).plus(Exact.of(Long.MAX_VALUE)).plus(Exact.ratio(1, 3)), sum.value());
        Exact.Sum denominators = new Exact.Sum();
        denominators.add(Exact.ratio(1, 1_000_000_007L)).add(Exact.ratio(1, 998_244_353L))
                .add(Exact.ratio(1, 1_000_000_009L));
        sameForm(Exact.ratio(1, 1_000_000_007L).plus(Exact.ratio(1, 998_244_353L))
                .plus(Exact.ratio(1, 1_000_000_009L)), denominators.value());
    }

    @Test
    void aFractionWhoseScaledNumeratorOverflowsALongRoundsAsBigDecimalDivisionDoes() {
        java.math.RoundingMode[] modes = java.math.RoundingMode.values();
        Gen<Long> denominators = longs().between(1, Long.MAX_VALUE).mix(longs().between(1, 1_000_000_000_000_000L), 70);
        qt().forAll(longs().between(-Long.MAX_VALUE, Long.MAX_VALUE), denominators,
                integers().between(0, 12), integers().between(0, modes.length - 2)).checkAssert((n, d, scale, m) -> {
                    Exact e = Exact.ratio(n, d);
                    BigDecimal expected;
                    try {
                        expected = new BigDecimal(e.numerator()).divide(new BigDecimal(e.denominator()), scale,
                                modes[m]);
                    } catch (ArithmeticException unnecessary) {
                        assertThrows(ArithmeticException.class, () -> e.round(scale, modes[m]));
                        return;
                    }
                    BigDecimal actual = e.round(scale, modes[m]);
                    assertEquals(expected, actual);
                    assertEquals(expected.toString(), actual.toString());
                });
    }

    @Test
    void aDecimalThatFitsInLongsIsReadAsTheSameFractionAsInBigNumbers() {
        qt().forAll(longs().all(), integers().between(0, 12)).checkAssert((unscaled, scale) -> {
            Exact e = Exact.of(BigDecimal.valueOf(unscaled, scale));
            BigInteger n = BigInteger.valueOf(unscaled);
            BigInteger d = BigInteger.TEN.pow(scale);
            BigInteger g = n.gcd(d);
            assertEquals(n.divide(g), e.numerator());
            assertEquals(d.divide(g), e.denominator());
        });
    }
}
