package io.github.zirules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The long fast paths of {@link Exact} (binary GCD, rounding without BigDecimal) agree with plain BigInteger maths. */
class ExactFastPathTest {

    private static BigDecimal bigRound(long n, long d, int scale, RoundingMode mode) {
        return new BigDecimal(n).divide(new BigDecimal(d), scale, mode);
    }

    @Test
    void roundingAgreesWithBigDecimalDivisionForEveryModeAndScale() {
        qt().forAll(longs().between(-2_000_000_000L, 2_000_000_000L), longs().between(1, 1_000_000_000L),
                integers().between(0, 6)).checkAssert((n, d, scale) -> {
                    for (RoundingMode mode : RoundingMode.values()) {
                        if (mode == RoundingMode.UNNECESSARY) {
                            continue;
                        }
                        BigDecimal expected = bigRound(n, d, scale, mode);
                        BigDecimal actual = Exact.ratio(n, d).round(scale, mode);
                        assertEquals(expected, actual, n + "/" + d + " " + mode + " scale " + scale);
                    }
                });
    }

    @Test
    void halfwayValuesRoundAsTheModeSays() {
        assertEquals(new BigDecimal("75.00"), Exact.of("74.995").round(2, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("74.99"), Exact.of("74.9949999").round(2, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("-0.13"), Exact.ratio(-1, 8).round(2, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("0.12"), Exact.ratio(1, 8).round(2, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("0.14"), Exact.ratio(27, 200).round(2, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("0.00"), Exact.ZERO.round(2, RoundingMode.HALF_UP));
    }

    @Test
    void fractionsAreInLowestTermsAndWriteAsBigIntegerWould() {
        qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), longs().between(1, 1_000_000_000_000L))
                .checkAssert((n, d) -> {
                    Exact e = Exact.ratio(n, d);
                    BigInteger g = BigInteger.valueOf(n).gcd(BigInteger.valueOf(d));
                    BigInteger num = BigInteger.valueOf(n).divide(g);
                    BigInteger den = BigInteger.valueOf(d).divide(g);
                    assertEquals(num, e.numerator());
                    assertEquals(den, e.denominator());
                    assertEquals(den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den, e.toString());
                });
    }

    @Test
    void sumsAndProductsAgreeWithBigIntegerArithmeticAcrossTheOverflowBoundary() {
        qt().forAll(longs().all(), longs().between(1, Long.MAX_VALUE), longs().all(), longs().between(1, Long.MAX_VALUE))
                .checkAssert((a, b, c, d) -> {
                    BigInteger ba = BigInteger.valueOf(a);
                    BigInteger bb = BigInteger.valueOf(b);
                    BigInteger bc = BigInteger.valueOf(c);
                    BigInteger bd = BigInteger.valueOf(d);
                    Exact x = Exact.ratio(a, b);
                    Exact y = Exact.ratio(c, d);
                    assertEquals(0, x.plus(y).numerator().multiply(bb.multiply(bd))
                            .compareTo(ba.multiply(bd).add(bc.multiply(bb)).multiply(x.plus(y).denominator())));
                    assertEquals(0, x.times(y).numerator().multiply(bb.multiply(bd))
                            .compareTo(ba.multiply(bc).multiply(x.times(y).denominator())));
                });
    }

    @Test
    void roundingComparisonAndDivisionAgreeWithBigIntegerArithmeticAcrossTheOverflowBoundary() {
        qt().forAll(longs().all(), longs().between(1, Long.MAX_VALUE), longs().all(), longs().between(1, Long.MAX_VALUE))
                .checkAssert((a, b, c, d) -> {
                    Exact x = Exact.ratio(a, b);
                    Exact y = Exact.ratio(c, d);
                    BigDecimal exactX = new BigDecimal(BigInteger.valueOf(a));
                    assertEquals(exactX.divide(new BigDecimal(b), 2, RoundingMode.HALF_UP),
                            x.round(2, RoundingMode.HALF_UP), a + "/" + b);
                    int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(d))
                            .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
                    assertEquals(expected, x.compareTo(y), a + "/" + b + " vs " + c + "/" + d);
                    assertEquals(0, x.dividedBy(d).numerator().multiply(BigInteger.valueOf(b).multiply(BigInteger.valueOf(d)))
                            .compareTo(BigInteger.valueOf(a).multiply(x.dividedBy(d).denominator())));
                });
    }

    @Test
    void theSmallestLongIsHandledWithoutOverflow() {
        Exact min = Exact.ratio(Long.MIN_VALUE, 1);
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE).negate(), min.negate().numerator());
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE).multiply(BigInteger.TWO), min.plus(min).numerator());
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE).pow(2), min.times(min).numerator());
        assertEquals(Exact.ZERO, Exact.ratio(Long.MIN_VALUE + 1, 1).plus(Exact.ratio(Long.MAX_VALUE, 1)));
        assertEquals(-1, min.compareTo(Exact.ratio(Long.MIN_VALUE + 1, 1)));
    }
}
