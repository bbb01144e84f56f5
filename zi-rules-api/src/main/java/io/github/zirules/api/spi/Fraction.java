package io.github.zirules.api.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number as the engine reports it in a {@link ScoreTrace}: a value, not arithmetic (the engine's
 * own exact type does the arithmetic; this record only carries a result across the API, which depends on nothing).
 *
 * @param numerator the numerator, in lowest terms
 * @param denominator the denominator, in lowest terms, positive
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    /** Refuses a null part, a denominator that is not positive, and a fraction not in lowest terms. */
    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive but was " + denominator);
        }
        if (!numerator.gcd(denominator).equals(BigInteger.ONE) && numerator.signum() != 0
                || numerator.signum() == 0 && !denominator.equals(BigInteger.ONE)) {
            throw new IllegalArgumentException("the fraction must be in lowest terms but was " + numerator + "/"
                    + denominator);
        }
    }

    /** The value rounded to {@code scale} decimals with {@code mode}. */
    public BigDecimal round(int scale, RoundingMode mode) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
    }

    @Override
    public int compareTo(Fraction o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** {@code 17/23}, or the whole number {@code 2}. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
