package io.github.zirules.reference;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, {@code numerator / denominator} over {@link BigInteger}, always in lowest terms with a
 * positive denominator. The reference scorer keeps every score as one of these until it is reported, so that an
 * average of three items (a third) or a PCT ratio such as 17/23 loses nothing (domain README §4, "Decision on
 * arithmetic and rounding").
 *
 * <p>Immutable; equal when numerically equal.
 */
public final class Fraction implements Comparable<Fraction> {

    /** Zero. */
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    /** One. */
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** {@code n / d}, reduced. */
    public static Fraction of(BigInteger n, BigInteger d) {
        Objects.requireNonNull(n, "numerator");
        Objects.requireNonNull(d, "denominator");
        if (d.signum() == 0) {
            throw new ArithmeticException("denominator must not be zero (" + n + "/0)");
        }
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            n = n.divide(g);
            d = d.divide(g);
        }
        return new Fraction(n, n.signum() == 0 ? BigInteger.ONE : d);
    }

    /** {@code n / d}, reduced. */
    public static Fraction of(long n, long d) {
        return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    /** The whole number {@code n}. */
    public static Fraction of(long n) {
        return of(BigInteger.valueOf(n), BigInteger.ONE);
    }

    /** The exact value of a decimal, e.g. {@code 0.67} is 67/100 (not 2/3), {@code 3.20} is 16/5. */
    public static Fraction of(BigDecimal decimal) {
        BigInteger unscaled = decimal.unscaledValue();
        int scale = decimal.scale();
        return scale >= 0
                ? of(unscaled, BigInteger.TEN.pow(scale))
                : of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    /** The exact value of decimal text, e.g. {@code "17.5"}. */
    public static Fraction parse(String decimal) {
        return of(new BigDecimal(decimal.strip()));
    }

    /** {@code this + o}. */
    public Fraction plus(Fraction o) {
        return of(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    /** {@code this - o}. */
    public Fraction minus(Fraction o) {
        return plus(o.negate());
    }

    /** {@code -this}. */
    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    /** {@code this × o}. */
    public Fraction times(Fraction o) {
        return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    /** {@code this / o}. */
    public Fraction dividedBy(Fraction o) {
        return of(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    /** {@code this / n}. */
    public Fraction dividedBy(long n) {
        return dividedBy(of(n));
    }

    /** The smaller of {@code this} and {@code o}. */
    public Fraction min(Fraction o) {
        return compareTo(o) <= 0 ? this : o;
    }

    /** The larger of {@code this} and {@code o}. */
    public Fraction max(Fraction o) {
        return compareTo(o) >= 0 ? this : o;
    }

    /** The numerator, in lowest terms (carries the sign). */
    public BigInteger numerator() {
        return numerator;
    }

    /** The denominator, in lowest terms, always positive. */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * The value rounded half-up to {@code scale} decimals: the one division of the whole computation, done once, at
     * the moment of reporting.
     */
    public BigDecimal roundHalfUp(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Fraction o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** {@code n/d}, or {@code n} for a whole number. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
