package io.github.zirules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
 * The results an {@link Exact} keeps (its quotients by whole numbers, the products of a factor that multiplies the same
 * answer values on every evaluation) are the very values, in the very forms, that working them out afresh gives: for
 * the table's decimals, for any fraction, across the overflow of a {@code long}, and after more results than a number
 * keeps.
 */
class ExactKeptTest {

    /** Table-like values, any fraction, near-overflow longs and big numbers. */
    private static Gen<Exact> values() {
        Gen<Exact> table = integers().between(0, 100).map(n -> Exact.ratio(n, 100));
        Gen<Exact> fractions = longs().between(-1_000_000_000L, 1_000_000_000L)
                .zip(longs().between(1, 1_000_000_000L), Exact::ratio);
        Gen<Exact> huge = longs().between(Long.MAX_VALUE / 4, Long.MAX_VALUE)
                .zip(longs().between(1, Long.MAX_VALUE), Exact::ratio);
        Gen<Exact> big = longs().all().map(n -> Exact.of(BigInteger.valueOf(n).shiftLeft(70).toString()));
        return table.mix(fractions, 30).mix(huge, 20).mix(big, 5);
    }

    /** Small item counts, any non-zero long, and longs around the overflow of a denominator. */
    private static Gen<Long> divisors() {
        Gen<Long> counts = longs().between(1, 30);
        Gen<Long> any = longs().all().assuming(n -> n != 0);
        Gen<Long> nearOverflow = longs().between(Long.MAX_VALUE / 8, Long.MAX_VALUE);
        return counts.mix(any, 30).mix(nearOverflow, 20);
    }

    /** {@code x} made again from its numerator and denominator: a number that has kept nothing. */
    private static Exact fresh(Exact x) {
        return Exact.of(new BigDecimal(x.numerator())).dividedBy(Exact.of(new BigDecimal(x.denominator())));
    }

    /** {@code x / n} in plain BigInteger arithmetic, in lowest terms with a positive denominator. */
    private static String quotientText(Exact x, long n) {
        BigInteger num = x.numerator();
        BigInteger den = x.denominator().multiply(BigInteger.valueOf(n));
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        num = num.divide(g);
        den = den.divide(g);
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }

    private static void sameForm(Exact expected, Exact actual) {
        assertEquals(expected, actual);
        assertEquals(expected.toString(), actual.toString());
        assertEquals(expected.hashCode(), actual.hashCode());
    }

    @Test
    void aKeptQuotientIsTheQuotientWorkedOutAfreshEveryTimeItIsAskedFor() {
        qt().forAll(values(), lists().of(divisors()).ofSizeBetween(1, 20)).checkAssert((x, ns) -> {
            for (int round = 0; round < 3; round++) {
                for (long n : ns) {
                    Exact kept = x.dividedBy(n);
                    sameForm(fresh(x).dividedBy(n), kept);
                    assertEquals(quotientText(x, n), kept.toString(), x + " / " + n);
                }
            }
        });
    }

    @Test
    void aQuotientByZeroIsRefusedEveryTimeNotKept() {
        Exact weight = Exact.of("0.50");
        for (int k = 0; k < 3; k++) {
            assertThrows(ArithmeticException.class, () -> weight.dividedBy(0));
            sameForm(Exact.ratio(1, 6), weight.dividedBy(3));
        }
    }

    @Test
    void aWeightsShareIsTheSameNumberOnEveryEvaluationWhileItsKept() {
        Exact weight = Exact.of("0.67");
        Exact share = weight.dividedBy(3);
        assertSame(share, weight.dividedBy(3));
        sameForm(Exact.ratio(67, 300), share);
    }

    @Test
    void aKeptProductIsTheProductWorkedOutAfreshEvenBeyondHowManyAreKept() {
        qt().forAll(values(), lists().of(values()).ofSizeBetween(1, 30)).checkAssert((factor, vs) -> {
            for (int round = 0; round < 3; round++) {
                for (Exact v : vs) {
                    Exact kept = factor.timesKept(v);
                    sameForm(fresh(v).times(fresh(factor)), kept);
                    sameForm(v.times(factor), kept);
                }
            }
        });
    }

    @Test
    void anItemsPointsAreItsValueTimesTheWeightsShareForTheAnswerTablesValues() {
        Exact share = Exact.of("1.00").dividedBy(3);
        for (int k = 0; k < 2; k++) {
            for (String v : List.of("1", "0.67", "0.33", "0", "0.5", "0.25", "0.75", "0.2", "0.4", "0.6", "0.8")) {
                sameForm(Exact.of(v).times(Exact.ratio(1, 3)), share.timesKept(Exact.of(v)));
            }
        }
    }
}
