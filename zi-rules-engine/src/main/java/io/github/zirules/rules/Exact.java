package io.github.zirules.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import io.github.zirules.rules.internal.LimitExceededException;
import io.github.zirules.rules.internal.RunBudget;
import io.github.zirules.rules.internal.ScoreSheet;
import io.github.zirules.rules.internal.SizeLimits;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number: the arithmetic of every score. An average of three items is a third and a PCT ratio
 * such as 17/23 is a fraction, neither of which a fixed-scale decimal holds, so scores stay exact until they are
 * reported (see {@link #round(int, RoundingMode)}).
 *
 * <p>Immutable and always in lowest terms with a positive denominator. Small values live in two {@code long}s; on
 * overflow the arithmetic moves to {@link BigInteger} without loss. Rule files write constants as decimal text:
 * {@code Exact.of("0.67")}, or pass the text directly to the vocabulary's setters.
 *
 * <p>Bounded: a numerator or denominator of more than {@link SizeLimits#MAX_EXACT_BITS} bits, decimal text of more
 * than {@link SizeLimits#MAX_DECIMAL_TEXT} characters or a power of ten beyond
 * {@link SizeLimits#MAX_DECIMAL_EXPONENT} is refused with a {@link LimitExceededException}, and the big-number
 * arithmetic checks the time budget of the evaluation ({@link RunBudget}), so no rule can make a number that takes
 * forever to compute.
 */
public final class Exact implements Comparable<Exact> {

    /** Zero. */
    public static final Exact ZERO = new Exact(0, 1);
    /** One. */
    public static final Exact ONE = new Exact(1, 1);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final ConcurrentHashMap<String, Exact> CONSTANTS = new ConcurrentHashMap<>();
    private static final int CONSTANT_CACHE_LIMIT = 10_000;
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    /** Valid when {@code big == null}. */
    private final long num;
    private final long den;
    /** Non-null when the value does not fit in longs: {num, den}. */
    private final @Nullable BigInteger bigNum;
    private final @Nullable BigInteger bigDen;
    /**
     * {@link #toString()}, made when first asked for. Not final, as {@code String}'s hash is not: a thread that reads
     * null makes the same text again, and a {@code String} is safe to share.
     */
    private @Nullable String text;
    /**
     * The quotients by whole numbers ({@link #dividedBy(long)}) and the products ({@link #timesKept}) this number gave,
     * the last few of each, so that a rule set's constants, an indicator's weight divided by its item count and that
     * share times each answer value, are worked out once rather than on every evaluation. Each chain is immutable and
     * replaced whole: a thread that reads an older one only works a result out again.
     */
    private @Nullable Kept quotients;
    private @Nullable Kept products;

    private Exact(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Exact(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    /** The whole number {@code n}. */
    public static Exact of(long n) {
        return n == 0 ? ZERO : n == 1 ? ONE : normalize(n, 1);
    }

    /**
     * The exact value of decimal text such as {@code "0.67"}, {@code "17.5"} or {@code "75"}.
     *
     * @throws NumberFormatException if the text is not a decimal number
     * @throws LimitExceededException if the text or the number is too long
     */
    public static Exact of(String decimal) {
        Exact cached = CONSTANTS.get(decimal);
        if (cached != null) {
            return cached;
        }
        if (decimal.length() > SizeLimits.MAX_DECIMAL_TEXT) {
            throw new LimitExceededException("decimal text of " + decimal.length() + " characters, at most "
                    + SizeLimits.MAX_DECIMAL_TEXT + " are allowed (teks bilangan terlalu panjang)");
        }
        Exact e = of(new BigDecimal(decimal.strip()));
        if (CONSTANTS.size() < CONSTANT_CACHE_LIMIT) {
            CONSTANTS.put(decimal, e);
        }
        return e;
    }

    /**
     * The exact value of {@code d}.
     *
     * @throws LimitExceededException if its power of ten is beyond {@link SizeLimits#MAX_DECIMAL_EXPONENT}
     */
    public static Exact of(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        if (scale >= 0 && scale < POWERS_OF_TEN.length && unscaled.bitLength() < 64) {
            // A survey index such as 3.25 on every evaluation: reduced in longs, the same value as below.
            return normalize(unscaled.longValue(), POWERS_OF_TEN[scale]);
        }
        if (Math.abs((long) scale) > SizeLimits.MAX_DECIMAL_EXPONENT) {
            throw new LimitExceededException("the number " + (unscaled.bitLength() < 64 ? unscaled : "…") + "e"
                    + -(long) scale + " has a power of ten beyond " + SizeLimits.MAX_DECIMAL_EXPONENT
                    + " (pangkat sepuluh terlalu besar)");
        }
        if (scale <= 0) {
            return normalize(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
        }
        return normalize(unscaled, BigInteger.TEN.pow(scale));
    }

    /**
     * The fraction {@code numerator / denominator}.
     *
     * @throws ArithmeticException if the denominator is zero
     */
    public static Exact ratio(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("ratio with a zero denominator: " + numerator + "/0");
        }
        return normalize(numerator, denominator);
    }

    private static Exact normalize(long n, long d) {
        if (n == 0) {
            // Every caller's d is non-zero: zero needs no greatest common divisor.
            return ZERO;
        }
        if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
            return normalize(BigInteger.valueOf(n), BigInteger.valueOf(d));
        }
        if (d < 0) {
            n = -n;
            d = -d;
        }
        long g = gcd(Math.abs(n), d);
        if (g > 1) {
            n /= g;
            d /= g;
        }
        if (n == 0) {
            return ZERO;
        }
        return d == 1 && n == 1 ? ONE : new Exact(n, d);
    }

    private static Exact normalize(BigInteger n, BigInteger d) {
        RunBudget.check();
        if (d.signum() == 0) {
            throw new ArithmeticException("division by zero");
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
        // One value, one form: whatever fits the long form (all but Long.MIN_VALUE, which cannot be negated there)
        // takes it, so that equals and hashCode agree however the value was made.
        if (n.bitLength() < 64 && d.bitLength() < 64 && !n.equals(LONG_MIN)) {
            long ln = n.longValue();
            return ln == 0 ? ZERO : new Exact(ln, d.longValue());
        }
        int bits = Math.max(n.bitLength(), d.bitLength());
        if (bits > SizeLimits.MAX_EXACT_BITS) {
            throw new LimitExceededException("an exact number grew to " + bits + " bits, beyond the limit of "
                    + SizeLimits.MAX_EXACT_BITS + " (bilangan eksak melampaui " + SizeLimits.MAX_EXACT_BITS
                    + " bit); no score needs such a number");
        }
        return new Exact(n, d);
    }

    /** The greatest common divisor of two non-negative longs (1 when both are 0), by binary GCD: no division. */
    static long gcd(long a, long b) {
        if (a == 0 || b == 0) {
            return a == 0 ? (b == 0 ? 1 : b) : a;
        }
        if (a == 1 || b == 1) {
            return 1;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>>= Long.numberOfTrailingZeros(a);
        do {
            b >>>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        } while (b != 0);
        return a << shift;
    }

    /*
     * Overflow is tested before it happens rather than caught as Math.multiplyExact's ArithmeticException: sums of
     * averages overflow a long often enough that building and throwing those exceptions showed in profiles.
     */

    /** Whether {@code a × b} fits in a long. */
    static boolean productFits(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high == 0 && low >= 0 || high == -1 && low < 0;
    }

    /** Whether {@code a + b}, computed as {@code sum}, overflowed. */
    static boolean sumOverflows(long a, long b, long sum) {
        return ((a ^ sum) & (b ^ sum)) < 0;
    }

    private boolean isBig() {
        return bigNum != null;
    }

    /** The numerator, in lowest terms. */
    public BigInteger numerator() {
        return isBig() ? bigNum : BigInteger.valueOf(num);
    }

    /** The denominator, in lowest terms, positive. */
    public BigInteger denominator() {
        return isBig() ? bigDen : BigInteger.valueOf(den);
    }

    /** {@code this + other}. */
    public Exact plus(Exact other) {
        if (other == ZERO || this == ZERO) {
            return this == ZERO ? other : this;
        }
        if (!isBig() && !other.isBig()) {
            if (den == other.den) {
                long sum = num + other.num;
                if (!sumOverflows(num, other.num, sum)) {
                    return normalize(sum, den);
                }
            } else {
                long g = gcd(den, other.den);
                long d1 = den / g;
                long d2 = other.den / g;
                if (productFits(num, d2) && productFits(other.num, d1) && productFits(d1, other.den)) {
                    long a = num * d2;
                    long b = other.num * d1;
                    long sum = a + b;
                    if (!sumOverflows(a, b, sum)) {
                        return normalize(sum, d1 * other.den);
                    }
                }
            }
        }
        return normalize(numerator().multiply(other.denominator()).add(other.numerator().multiply(denominator())),
                denominator().multiply(other.denominator()));
    }

    /** {@code this + decimal}. */
    public Exact plus(String decimal) {
        return plus(of(decimal));
    }

    /** {@code this - other}. */
    public Exact minus(Exact other) {
        return plus(other.negate());
    }

    /** {@code -this}. */
    public Exact negate() {
        if (!isBig() && num != Long.MIN_VALUE) {
            return num == 0 ? ZERO : new Exact(-num, den);
        }
        return normalize(numerator().negate(), denominator());
    }

    /** {@code this × other}. */
    public Exact times(Exact other) {
        if (this == ZERO || other == ZERO) {
            return ZERO;
        }
        if (this == ONE || other == ONE) {
            return this == ONE ? other : this;
        }
        if (!isBig() && !other.isBig() && num != Long.MIN_VALUE && other.num != Long.MIN_VALUE) {
            long n1 = num;
            long n2 = other.num;
            long d1 = den;
            long d2 = other.den;
            // A whole-number factor (a weight such as 5, a value of 1) leaves nothing to cancel against its denominator.
            if (d2 != 1) {
                long g1 = gcd(Math.abs(num), d2);
                if (g1 != 1) {
                    n1 /= g1;
                    d2 /= g1;
                }
            }
            if (d1 != 1) {
                long g2 = gcd(Math.abs(n2), d1);
                if (g2 != 1) {
                    n2 /= g2;
                    d1 /= g2;
                }
            }
            if (productFits(n1, n2) && productFits(d1, d2)) {
                // Both factors are in lowest terms and their cross factors are cancelled: so is the product.
                long n = n1 * n2;
                long d = d1 * d2;
                return n == 0 ? ZERO : n == 1 && d == 1 ? ONE : new Exact(n, d);
            }
        }
        return normalize(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
    }

    /** {@code this × decimal}, e.g. {@code weight.times("0.60")}. */
    public Exact times(String decimal) {
        return times(of(decimal));
    }

    /**
     * {@code this ÷ other}.
     *
     * @throws ArithmeticException if {@code other} is zero
     */
    public Exact dividedBy(Exact other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return times(other.isBig() ? normalize(other.bigDen, other.bigNum) : normalize(other.den, other.num));
    }

    /** {@code this ÷ n}. */
    public Exact dividedBy(long n) {
        Kept k = quotients;
        for (Kept e = k; e != null; e = e.next) {
            if (e.divisor == n) {
                return e.value;
            }
        }
        Exact q = !isBig() && n > 0 && productFits(den, n) ? normalize(num, den * n) : dividedBy(of(n));
        quotients = Kept.with(k, null, n, q);
        return q;
    }

    /**
     * {@code other × this}, the same value and form as {@link #times}, kept on this number (the last few products),
     * for a factor that multiplies a few values again and again: an indicator's share of its weight per item.
     */
    Exact timesKept(Exact other) {
        Kept k = products;
        for (Kept e = k; e != null; e = e.next) {
            if (other.equals(e.key)) {
                return e.value;
            }
        }
        Exact p = other.times(this);
        products = Kept.with(k, other, 0, p);
        return p;
    }

    /** One kept result, in a short immutable chain, the newest first. */
    private static final class Kept {
        /** How many results a chain keeps at most: an answer scale's values, a weight's item counts. */
        private static final int LIMIT = 8;
        /** The other factor of a product; null for a quotient. */
        private final @Nullable Exact key;
        /** The divisor of a quotient. */
        private final long divisor;
        private final Exact value;
        private final @Nullable Kept next;
        private final int size;

        private Kept(@Nullable Exact key, long divisor, Exact value, @Nullable Kept next) {
            this.key = key;
            this.divisor = divisor;
            this.value = value;
            this.next = next;
            this.size = next == null ? 1 : next.size + 1;
        }

        /** {@code chain} with one more result; a full chain is begun again. */
        static Kept with(@Nullable Kept chain, @Nullable Exact key, long divisor, Exact value) {
            return new Kept(key, divisor, value, chain == null || chain.size >= LIMIT ? null : chain);
        }
    }

    /** {@code this ÷ decimal}. */
    public Exact dividedBy(String decimal) {
        return dividedBy(of(decimal));
    }

    /** The smaller of {@code this} and {@code other}. */
    public Exact atMost(Exact other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The smaller of {@code this} and {@code decimal}: a cap, e.g. {@code ratio.atMost("1")}. */
    public Exact atMost(String decimal) {
        return atMost(of(decimal));
    }

    /** The larger of {@code this} and {@code other}. */
    public Exact atLeast(Exact other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The larger of {@code this} and {@code decimal}: a floor, e.g. {@code ratio.atLeast("0")}. */
    public Exact atLeast(String decimal) {
        return atLeast(of(decimal));
    }

    /** -1, 0 or 1 as this is negative, zero or positive. */
    public int signum() {
        return isBig() ? bigNum.signum() : Long.signum(num);
    }

    /** Whether this equals zero. */
    public boolean isZero() {
        return signum() == 0;
    }

    /**
     * The value rounded to {@code scale} decimals with {@code mode}; exact, no intermediate rounding.
     *
     * @throws LimitExceededException if {@code scale} is beyond {@link SizeLimits#MAX_DECIMAL_EXPONENT}
     */
    public BigDecimal round(int scale, RoundingMode mode) {
        if (Math.abs((long) scale) > SizeLimits.MAX_DECIMAL_EXPONENT) {
            throw new LimitExceededException("rounding to " + scale + " decimals, at most "
                    + SizeLimits.MAX_DECIMAL_EXPONENT + " are possible (skala pembulatan terlalu besar)");
        }
        if (!isBig() && scale >= 0 && scale < POWERS_OF_TEN.length) {
            long p = POWERS_OF_TEN[scale];
            if (productFits(num, p)) {
                return roundSmall(num * p, den, scale, mode);
            }
            // num × p overflows (a sum of many fractions has a large numerator and denominator): the whole part and
            // the remainder are scaled apart, num × p / den = q0 × p + r0 × p / den, still in longs.
            long q0 = num / den;
            long r0 = num % den;
            if (productFits(q0, p) && productFits(r0, p)) {
                long t = r0 * p;
                long whole = q0 * p;
                long part = t / den;
                long q = whole + part;
                if (!sumOverflows(whole, part, q) && q != Long.MAX_VALUE && q != Long.MIN_VALUE) {
                    return roundQuotient(q, Math.abs(t % den), den, num < 0 ? -1 : 1, scale, mode);
                }
            }
        }
        return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, mode);
    }

    /** {@code n / d} (d positive) rounded to an integer with {@code mode}, as a decimal of {@code scale}. */
    private static BigDecimal roundSmall(long n, long d, int scale, RoundingMode mode) {
        return roundQuotient(n / d, Math.abs(n % d), d, n < 0 ? -1 : 1, scale, mode);
    }

    /**
     * The quotient {@code q} (truncated toward zero) of a division by {@code d} (positive) that left the remainder
     * {@code r} (non-negative), of a number of sign {@code sign}, rounded with {@code mode}, as a decimal of
     * {@code scale}.
     */
    private static BigDecimal roundQuotient(long q, long r, long d, int sign, int scale, RoundingMode mode) {
        if (r != 0) {
            int half = Long.compare(r, d - r);
            boolean away = switch (mode) {
                case UP -> true;
                case DOWN -> false;
                case CEILING -> sign > 0;
                case FLOOR -> sign < 0;
                case HALF_UP -> half >= 0;
                case HALF_DOWN -> half > 0;
                case HALF_EVEN -> half > 0 || half == 0 && (q & 1) != 0;
                case UNNECESSARY -> throw new ArithmeticException("Rounding necessary");
            };
            if (away) {
                q += sign;
            }
        }
        return BigDecimal.valueOf(q, scale);
    }

    /**
     * A sum of exact numbers kept over one common denominator in two {@code long}s, so that adding costs no greatest
     * common divisor while the denominators divide one another (the values of one indicator's items are such), and
     * the sum is put in lowest terms once, at the end. On overflow it goes on as {@link Exact#plus}, without loss:
     * the result is the very value (and form) that adding the same numbers with {@code plus} gives.
     * Not vocabulary: the sheet's sums and the engine's checks use it.
     */
    static final class Sum implements ScoreSheet.Sum {
        /** {@code num / den}, not reduced; valid while {@code big} is null. */
        private long num;
        private long den = 1;
        private @Nullable Exact big;
        /** How many numbers were added. */
        private int count;
        /** The first number added: the sum, in lowest terms already, while it is the only one. */
        private @Nullable Exact first;

        /** Adds {@code v}. */
        @Override
        public Sum add(Exact v) {
            if (++count == 1) {
                first = v;
            }
            if (big == null && !v.isBig() && addSmall(v.num, v.den)) {
                return this;
            }
            big = (big == null ? normalize(num, den) : big).plus(v);
            return this;
        }

        private boolean addSmall(long n, long d) {
            if (num == 0) {
                // Nothing (or zero) so far: the sum is n/d, no common denominator to find.
                num = n;
                den = d;
                return true;
            }
            // The common denominator is den × f = d × e: one of the two when it divides the other, no gcd needed.
            long f;
            long e;
            if (d == den) {
                f = 1;
                e = 1;
            } else if (den % d == 0) {
                f = 1;
                e = den / d;
            } else if (d % den == 0) {
                f = d / den;
                e = 1;
            } else {
                long g = gcd(den, d);
                f = d / g;
                e = den / g;
            }
            if (!productFits(den, f) || !productFits(num, f) || !productFits(n, e)) {
                return false;
            }
            long a = num * f;
            long b = n * e;
            long s = a + b;
            if (sumOverflows(a, b, s)) {
                return false;
            }
            num = s;
            den *= f;
            return true;
        }

        /** The sum, in lowest terms. */
        @Override
        public Exact value() {
            return count == 1 ? first : big != null ? big : normalize(num, den);
        }

        /** Whether the sum equals {@code v}: its cross products compared, no greatest common divisor. */
        @Override
        public boolean is(Exact v) {
            if (big == null && !v.isBig()) {
                // Both denominators are positive, so the fractions are equal exactly when the cross products are;
                // compared in 128 bits (high and low words), they cannot overflow.
                return num * v.den == v.num * den && Math.multiplyHigh(num, v.den) == Math.multiplyHigh(v.num, den);
            }
            return value().equals(v);
        }

        /** The sum divided by {@code n} (positive), in lowest terms. */
        Exact dividedBy(int n) {
            if (n == 1) {
                return value();
            }
            if (big == null && n > 0 && productFits(den, n)) {
                return normalize(num, den * n);
            }
            return value().dividedBy(n);
        }
    }

    @Override
    public int compareTo(Exact o) {
        if (!isBig() && !o.isBig()) {
            if (den == o.den) {
                return Long.compare(num, o.num);
            }
            if (productFits(num, o.den) && productFits(o.num, den)) {
                return Long.compare(num * o.den, o.num * den);
            }
        }
        return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
    }

    /** Whether {@code this >= other}. */
    public boolean isAtLeast(Exact other) {
        return compareTo(other) >= 0;
    }

    /** Whether {@code this >= decimal}, e.g. in a condition: {@code get("IPKP").isAtLeast("14")}. */
    public boolean isAtLeast(String decimal) {
        return isAtLeast(of(decimal));
    }

    /** Whether {@code this <= other}. */
    public boolean isAtMost(Exact other) {
        return compareTo(other) <= 0;
    }

    /** Whether {@code this <= decimal}, e.g. in a condition: {@code get("IPKP").isAtMost("14")}. */
    public boolean isAtMost(String decimal) {
        return isAtMost(of(decimal));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Exact e)) {
            return false;
        }
        if (!isBig() && !e.isBig()) {
            return num == e.num && den == e.den;
        }
        return numerator().equals(e.numerator()) && denominator().equals(e.denominator());
    }

    @Override
    public int hashCode() {
        return isBig() ? Objects.hash(bigNum, bigDen) : Long.hashCode(num) * 31 + Long.hashCode(den);
    }

    /**
     * The fraction in lowest terms, {@code 17/23}, or the whole number, {@code 2}. Kept once made: every item's
     * explanation shows its value's fraction, and most values are the same few constants of the rule files.
     */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = format();
            text = t;
        }
        return t;
    }

    private String format() {
        if (!isBig()) {
            return den != 1 ? num + "/" + den : num == 0 ? "0" : num == 1 ? "1" : Long.toString(num);
        }
        BigInteger d = denominator();
        return d.equals(BigInteger.ONE) ? numerator().toString() : numerator() + "/" + d;
    }
}
