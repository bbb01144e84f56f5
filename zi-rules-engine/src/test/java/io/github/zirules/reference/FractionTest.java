package io.github.zirules.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void isKeptInLowestTermsWithAPositiveDenominator() {
        assertEquals("2/3", Fraction.of(-4, -6).toString());
        assertEquals("-2/3", Fraction.of(4, -6).toString());
        assertEquals(Fraction.ZERO, Fraction.of(0, -7));
        assertEquals(Fraction.of(3), Fraction.of(9, 3));
    }

    @Test
    void decimalsAreReadExactly() {
        assertEquals(Fraction.of(67, 100), Fraction.parse("0.67"));
        assertEquals(Fraction.of(16, 5), Fraction.parse("3.20"));
        assertEquals(Fraction.of(1200), Fraction.of(new BigDecimal("1.2E+3")));
    }

    @Test
    void aThirdTimesThreeIsExactlyOne() {
        Fraction third = Fraction.ONE.dividedBy(3);
        assertEquals(Fraction.ONE, third.plus(third).plus(third));
        assertEquals(Fraction.ONE, third.times(Fraction.of(3)));
    }

    @Test
    void roundsHalfUpOnlyWhenAsked() {
        assertEquals(new BigDecimal("75.00"), Fraction.parse("74.995").roundHalfUp(2));
        assertEquals(new BigDecimal("74.99"), Fraction.parse("74.9949999").roundHalfUp(2));
        assertEquals(new BigDecimal("0.67"), Fraction.of(2, 3).roundHalfUp(2));
        assertEquals(new BigDecimal("0.33"), Fraction.of(1, 3).roundHalfUp(2));
    }

    @Test
    void comparesNumerically() {
        assertTrue(Fraction.of(1, 3).compareTo(Fraction.parse("0.33")) > 0);
        assertEquals(Fraction.of(1, 3), Fraction.of(1, 2).min(Fraction.of(1, 3)));
        assertEquals(Fraction.of(1, 2), Fraction.of(1, 2).max(Fraction.of(1, 3)));
        assertEquals(Fraction.of(-1, 6), Fraction.of(1, 3).minus(Fraction.of(1, 2)));
    }

    @Test
    void refusesAZeroDenominator() {
        assertThrows(ArithmeticException.class, () -> Fraction.of(1, 0));
        assertThrows(ArithmeticException.class, () -> Fraction.ONE.dividedBy(Fraction.ZERO));
    }
}
