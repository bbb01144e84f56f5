package io.github.zirules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.rules.internal.LimitExceededException;
import io.github.zirules.rules.internal.RunBudget;
import io.github.zirules.rules.internal.SizeLimits;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@SuppressWarnings("try") // a RunBudget is a scope: the tests open one and never reference it
class ExactLimitsTest {

    private static final Duration QUICK = Duration.ofSeconds(5);

    @Test
    void squaringFortyTimesIsStoppedAtTheBitLimitInsteadOfRunningForEver() {
        assertTimeoutPreemptively(QUICK, () -> {
            LimitExceededException e = assertThrows(LimitExceededException.class, () -> {
                Exact x = Exact.of(3);
                for (int i = 0; i < 40; i++) {
                    x = x.times(x);
                }
            });
            assertTrue(e.getMessage().contains(String.valueOf(SizeLimits.MAX_EXACT_BITS)), e.getMessage());
        });
    }

    @Test
    void aNumberJustUnderTheBitLimitIsStillExact() {
        Exact big = Exact.of(new java.math.BigDecimal(java.math.BigInteger.TWO.pow(SizeLimits.MAX_EXACT_BITS - 1)));
        assertEquals(big, big.plus(Exact.ONE).minus(Exact.ONE));
    }

    @Test
    void aHugePowerOfTenIsRefusedBeforeItIsComputed() {
        assertTimeoutPreemptively(QUICK, () -> {
            assertThrows(LimitExceededException.class, () -> Exact.ONE.times("1e-99999999"));
            assertThrows(LimitExceededException.class, () -> Exact.of("1e99999999"));
        });
    }

    @Test
    void overlongDecimalTextIsRefused() {
        assertThrows(LimitExceededException.class, () -> Exact.of("1".repeat(SizeLimits.MAX_DECIMAL_TEXT + 1)));
    }

    @Test
    void roundingToAHugeScaleIsRefused() {
        assertThrows(LimitExceededException.class, () -> Exact.ONE.dividedBy(3).round(999_999_999,
                RoundingMode.HALF_UP));
    }

    @Test
    void bigNumberArithmeticStopsOnceTheBudgetIsSpent() throws Exception {
        Exact big = Exact.of(new java.math.BigDecimal(java.math.BigInteger.TWO.pow(200)));
        try (RunBudget b = RunBudget.open(Duration.ofNanos(1))) {
            Thread.sleep(2);
            LimitExceededException e = assertThrows(LimitExceededException.class, () -> big.times(big));
            assertTrue(e.getMessage().contains("time limit"), e.getMessage());
        }
        assertEquals(big.times(big), big.times(big), "outside the budget the same arithmetic runs");
    }

    @Test
    void anInnerBudgetNeverOutlastsItsOuterOne() throws Exception {
        try (RunBudget outer = RunBudget.open(Duration.ofNanos(1))) {
            Thread.sleep(2);
            try (RunBudget inner = RunBudget.open(Duration.ofHours(1))) {
                assertThrows(LimitExceededException.class, RunBudget::check);
            }
        }
        RunBudget.check();
    }
}
