package io.github.zirules.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreTraceTest {

    private static Fraction f(long n, long d) {
        return new Fraction(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    @Test
    void aFractionIsInLowestTermsWithAPositiveDenominatorAndRoundsAndComparesExactly() {
        assertThrows(IllegalArgumentException.class, () -> f(2, 4));
        assertThrows(IllegalArgumentException.class, () -> f(1, -3));
        assertThrows(IllegalArgumentException.class, () -> f(0, 5));
        assertEquals(new BigDecimal("0.33"), f(1, 3).round(2, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("75.00"), f(14999, 200).round(2, RoundingMode.HALF_UP));
        assertTrue(f(1, 3).compareTo(f(333, 1000)) > 0);
        assertEquals("17/23", f(17, 23).toString());
        assertEquals("2", f(2, 1).toString());
        assertEquals("0", f(0, 1).toString());
    }

    @Test
    void aTraceKeepsTheOrderItWasGivenAndCannotBeChangedAfterwards() {
        RuleSetInfo info = new RuleSetInfo("rs", "1", "0".repeat(64), "t", "l", "2022-", false, List.of());
        Map<ItemId, Fraction> points = new LinkedHashMap<>();
        points.put(ItemId.of("B"), f(1, 2));
        points.put(ItemId.of("A"), f(1, 3));
        ScoreTrace t = new ScoreTrace(info, List.of(new ScoreTrace.MinimumTrace("TOTAL", f(75, 1), f(80, 1)),
                new ScoreTrace.GradeTrace("HOLDS_WBK", false)), points, Map.of("TOTAL", f(100, 1)), Map.of(),
                Map.of(), Map.of(), 2, RoundingMode.HALF_UP, false);
        points.clear();
        assertEquals(List.of(ItemId.of("B"), ItemId.of("A")), List.copyOf(t.itemPoints().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> t.levelWeights().put("X", f(1, 1)));
        assertEquals("HOLDS_WBK", t.checks().get(1).id());
        assertThrows(NullPointerException.class, () -> new ScoreTrace.MinimumTrace("TOTAL", null, f(1, 1)));
    }

    @Test
    void anEvaluatorOffersNoEngineUnlessItSaysSo() {
        Evaluator plain = new Evaluator() {
            @Override
            public Result evaluate(Assessment assessment) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Problem> validate(Assessment assessment) {
                return List.of();
            }

            @Override
            public RuleSetInfo ruleSetFor(Assessment assessment) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instrument instrument(String ruleSetId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RuleSetInfo> ruleSets() {
                return List.of();
            }
        };
        assertTrue(plain.engine().isEmpty());
    }
}
