package io.github.zirules.planner.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.ItemId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Lowers a planned count or survey index to the least value that still makes every score check pass, with the rest
 * of the plan in place, by bisection over real runs of the rules (every check is monotone in an answer):
 * PCT, the least numerator with the same denominator; DEC, the largest number of violations this year with the same
 * number last year; IDX4, the least index with 2 decimals.
 */
final class Tuner {

    private Tuner() {
    }

    /**
     * The least sufficient answer for {@code item} between its current answer {@code from} (null if unanswered) and
     * the planned {@code to}, which is known to suffice. Returns {@code from} itself when it turns out to suffice.
     *
     * @param plan the assessment with the whole plan applied
     * @param passes whether an assessment makes every score check pass
     */
    static Answer tune(Assessment plan, ItemId item, Answer from, Answer to, Predicate<Assessment> passes) {
        if (to instanceof Answer.Ratio r && from instanceof Answer.Ratio f && f.denominator() == r.denominator()
                && f.numerator() < r.numerator()) {
            return least(f.numerator(), r.numerator(), v -> Answer.ratio(v, r.denominator()), from, plan, item,
                    passes);
        }
        if (to instanceof Answer.Decrease d && from instanceof Answer.Decrease f && f.lastYear() == d.lastYear()
                && f.thisYear() > d.thisYear()) {
            return least(0, f.thisYear() - d.thisYear(), v -> Answer.decrease(d.lastYear(), f.thisYear() - v), from,
                    plan, item, passes);
        }
        if (to instanceof Answer.Index x) {
            long first = from instanceof Answer.Index f
                    ? f.value().movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact() + 1 : 0;
            long last = x.value().movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
            if (first > last) {
                return to;
            }
            // v = 0 is the current answer; v >= 1 is the index (first + v - 1) / 100
            return least(0, last - first + 1, v -> Answer.index(BigDecimal.valueOf(first + v - 1, 2)), from, plan,
                    item, passes);
        }
        return to;
    }

    /**
     * The answer of the least v in [lo, hi] that passes, where {@code lo} stands for the current answer and
     * {@code hi} is known to pass.
     */
    private static Answer least(long lo, long hi, LongFunction<Answer> answer, Answer from, Assessment plan,
                                ItemId item, Predicate<Assessment> passes) {
        LongFunction<Answer> at = v -> v == lo ? from : answer.apply(v);
        long a = lo;
        long b = hi;
        while (a < b) {
            long mid = a + (b - a) / 2;
            if (passes.test(with(plan, item, at.apply(mid)))) {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        return at.apply(a);
    }

    private static Assessment with(Assessment plan, ItemId item, Answer a) {
        Assessment.Builder b = plan.toBuilder();
        return (a == null ? b.clearAnswer(item) : b.answer(item, a)).build();
    }
}
