package io.github.zirules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ExactTest {

    @Test
    void aThirdStaysExactUntilItIsRounded() {
        Exact third = Exact.ONE.dividedBy(3);
        assertEquals("1/3", third.toString());
        assertEquals(Exact.ONE, third.plus(third).plus(third));
        assertEquals(new BigDecimal("0.33"), third.round(2, RoundingMode.HALF_UP));
    }

    @Test
    void decimalTextIsReadExactly() {
        assertEquals("67/100", Exact.of("0.67").toString());
        assertEquals("35/2", Exact.of("17.5").toString());
        assertEquals(Exact.of("75"), Exact.of("75.00"));
    }

    @Test
    void halfUpRoundingOfAnExactHalfCentGoesUp() {
        assertEquals(new BigDecimal("75.00"), Exact.of("74.995").round(2, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("74.99"), Exact.of("74.994999").round(2, RoundingMode.HALF_UP));
    }

    @Test
    void capsAndFloorsWork() {
        assertEquals(Exact.ONE, Exact.ratio(15, 10).atMost("1"));
        assertEquals(Exact.ZERO, Exact.ratio(-9, 10).atLeast("0"));
    }

    @Test
    void divisionByZeroIsRefused() {
        assertThrows(ArithmeticException.class, () -> Exact.ratio(1, 0));
        assertThrows(ArithmeticException.class, () -> Exact.ONE.dividedBy(Exact.ZERO));
    }

    @Test
    void arithmeticBeyondLongRangeMovesToBigIntegerWithoutLoss() {
        Exact big = Exact.ratio(Long.MAX_VALUE, 3).times(Exact.ratio(Long.MAX_VALUE, 7));
        BigInteger m = BigInteger.valueOf(Long.MAX_VALUE);
        assertEquals(m.multiply(m), big.numerator().multiply(BigInteger.valueOf(21)).divide(big.denominator()));
        assertEquals(Exact.ZERO, big.minus(big));
    }

    @Test
    void sumsProductsAndComparisonsAgreeWithBigIntegerFractions() {
        // 5000 pairs over the whole long range: most overflow the long fast path and take the BigInteger one, the
        // rest stay small; each try is microseconds, so the many tries cost well under a second.
        qt().withExamples(5000).forAll(longs().all(), longs().between(1, Long.MAX_VALUE), longs().all(),
                longs().between(1, Long.MAX_VALUE)).checkAssert((a, b, c, d) -> {
                    Exact x = Exact.ratio(a, b);
                    Exact y = Exact.ratio(c, d);
                    BigInteger ba = BigInteger.valueOf(a);
                    BigInteger bb = BigInteger.valueOf(b);
                    BigInteger bc = BigInteger.valueOf(c);
                    BigInteger bd = BigInteger.valueOf(d);
                    assertEquals(0, cross(x.plus(y), ba.multiply(bd).add(bc.multiply(bb)), bb.multiply(bd)));
                    assertEquals(0, cross(x.times(y), ba.multiply(bc), bb.multiply(bd)));
                    assertEquals(Integer.signum(ba.multiply(bd).compareTo(bc.multiply(bb))),
                            Integer.signum(x.compareTo(y)));
                    assertEquals(x.plus(y).minus(y), x);
                });
    }

    @Test
    void equalValuesHaveEqualHashCodesWhetherMadeFromALongOrABigDecimal() {
        long twoTo62PlusOne = (1L << 62) + 1;
        Exact fromLong = Exact.of(twoTo62PlusOne);
        Exact fromDecimal = Exact.of(BigDecimal.valueOf(twoTo62PlusOne));
        assertEquals(fromLong, fromDecimal);
        assertEquals(fromLong.hashCode(), fromDecimal.hashCode());
        Exact minFromLong = Exact.of(Long.MIN_VALUE);
        Exact minFromRatio = Exact.ratio(Long.MIN_VALUE, 1);
        assertEquals(minFromLong, minFromRatio);
        assertEquals(minFromLong.hashCode(), minFromRatio.hashCode());
        qt().withExamples(2000).forAll(longs().all(), longs().between(1, Long.MAX_VALUE)).checkAssert((n, d) -> {
            Exact small = Exact.ratio(n, d);
            Exact viaBig = Exact.of(new BigDecimal(BigInteger.valueOf(n))).dividedBy(
                    Exact.of(new BigDecimal(BigInteger.valueOf(d))));
            assertEquals(small, viaBig);
            assertEquals(small.hashCode(), viaBig.hashCode());
        });
    }

    private static int cross(Exact e, BigInteger n, BigInteger d) {
        return e.numerator().multiply(d).compareTo(n.multiply(e.denominator()));
    }
}
