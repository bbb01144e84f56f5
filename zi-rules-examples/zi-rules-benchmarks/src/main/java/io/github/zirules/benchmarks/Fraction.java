package io.github.zirules.benchmarks;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction for the reference scorer, written independently of the engine's {@code Exact}: two longs while
 * the values fit, {@link BigInteger} when they do not. Always in lowest terms with a positive denominator.
 */
final class Fraction {

    static final Fraction ZERO = new Fraction(0, 1, null, null);
    static final Fraction ONE = new Fraction(1, 1, null, null);

    private final long n;
    private final long d;
    private final BigInteger bn;
    private final BigInteger bd;

    private Fraction(long n, long d, BigInteger bn, BigInteger bd) {
        this.n = n;
        this.d = d;
        this.bn = bn;
        this.bd = bd;
    }

    static Fraction of(long n, long d) {
        if (d == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (d < 0 || n == Long.MIN_VALUE) {
            return big(BigInteger.valueOf(n), BigInteger.valueOf(d));
        }
        long g = gcd(Math.abs(n), d);
        return n == 0 ? ZERO : new Fraction(n / g, d / g, null, null);
    }

    static Fraction parse(String decimal) {
        BigDecimal v = new BigDecimal(decimal.strip());
        return v.scale() <= 0 ? big(v.toBigIntegerExact(), BigInteger.ONE)
                : big(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    static Fraction of(BigDecimal v) {
        if (v.scale() >= 0 && v.scale() <= 18 && v.unscaledValue().bitLength() < 63) {
            return of(v.unscaledValue().longValue(), (long) Math.pow(10, v.scale()));
        }
        return parse(v.toPlainString());
    }

    private static Fraction big(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            n = n.divide(g);
            d = d.divide(g);
        }
        if (n.bitLength() < 63 && d.bitLength() < 63) {
            return n.signum() == 0 ? ZERO : new Fraction(n.longValue(), d.longValue(), null, null);
        }
        return new Fraction(0, 0, n, d);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    private BigInteger num() {
        return bn != null ? bn : BigInteger.valueOf(n);
    }

    private BigInteger den() {
        return bd != null ? bd : BigInteger.valueOf(d);
    }

    Fraction add(Fraction o) {
        if (bn == null && o.bn == null) {
            try {
                if (d == o.d) {
                    return of(Math.addExact(n, o.n), d);
                }
                long g = gcd(d, o.d);
                return of(Math.addExact(Math.multiplyExact(n, o.d / g), Math.multiplyExact(o.n, d / g)),
                        Math.multiplyExact(d / g, o.d));
            } catch (ArithmeticException overflow) {
                // exact fallback below
            }
        }
        return big(num().multiply(o.den()).add(o.num().multiply(den())), den().multiply(o.den()));
    }

    Fraction multiply(Fraction o) {
        if (bn == null && o.bn == null) {
            try {
                return of(Math.multiplyExact(n, o.n), Math.multiplyExact(d, o.d));
            } catch (ArithmeticException overflow) {
                // exact fallback below
            }
        }
        return big(num().multiply(o.num()), den().multiply(o.den()));
    }

    Fraction divide(long k) {
        return multiply(of(1, k));
    }

    Fraction clamp01() {
        return signum() < 0 ? ZERO : compareTo(ONE) > 0 ? ONE : this;
    }

    int signum() {
        return bn != null ? bn.signum() : Long.signum(n);
    }

    /** The value cut (rounded towards zero) to {@code scale} decimals. */
    BigDecimal cut(int scale) {
        return new BigDecimal(num()).divide(new BigDecimal(den()), scale, RoundingMode.DOWN);
    }

    int compareTo(Fraction o) {
        if (bn == null && o.bn == null) {
            try {
                return Long.compare(Math.multiplyExact(n, o.d), Math.multiplyExact(o.n, d));
            } catch (ArithmeticException overflow) {
                // exact fallback below
            }
        }
        return num().multiply(o.den()).compareTo(o.num().multiply(den()));
    }

    BigDecimal round(int scale) {
        if (bn == null && scale <= 4) {
            try {
                long scaled = Math.multiplyExact(n, scale == 2 ? 100L : scale == 4 ? 10_000L : (long) Math.pow(10, scale));
                long q = scaled / d;
                long r = Math.abs(scaled % d);
                if (r != 0 && r >= d - r) {
                    q += scaled < 0 ? -1 : 1;
                }
                return BigDecimal.valueOf(q, scale);
            } catch (ArithmeticException overflow) {
                // exact fallback below
            }
        }
        return new BigDecimal(num()).divide(new BigDecimal(den()), scale, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        if (bn == null) {
            return d == 1 ? Long.toString(n) : n + "/" + d;
        }
        return den().equals(BigInteger.ONE) ? num().toString() : num() + "/" + den();
    }
}
