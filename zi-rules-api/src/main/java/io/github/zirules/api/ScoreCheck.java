package io.github.zirules.api;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A minimum score of a predicate ({@code TOTAL}, {@code PENGUNGKIT}, {@code AREA.*}, {@code BBA}, {@code IPAK},
 * {@code KINERJA}, {@code IPKP}), in points as reported (2 decimals); the rules decide whether the check compares the
 * exact values (the default) or the reported ones. A failed check whose reported actual would read as reaching the
 * minimum carries the exact value instead (74.995, not 75.00).
 *
 * @param id the check id, e.g. {@code AREA.MP}
 * @param required the minimum in points
 * @param actual the points reached
 * @param passed whether the check passed
 * @param shortfall for a failed check, {@code required - actual} (the "kurang X poin"); null exactly when it passed
 * @param rule the name of the rule that made the check
 */
public record ScoreCheck(String id, BigDecimal required, BigDecimal actual, boolean passed,
                         @Nullable BigDecimal shortfall, String rule) implements Check {

    /** Refuses nulls (but in {@code shortfall}), and a shortfall on a passed check or none on a failed one. */
    public ScoreCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(rule, "rule");
        if (passed == (shortfall != null)) {
            throw new IllegalArgumentException("check " + id + ": a shortfall is given exactly when the check failed,"
                    + " but passed is " + passed + " and the shortfall " + shortfall);
        }
    }

    @Override
    public String requiredText() {
        return required.toPlainString();
    }

    @Override
    public String actualText() {
        return actual.toPlainString();
    }
}
