package io.github.zirules.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One check of a predicate: a minimum score, or a prerequisite.
 *
 * <p>Score checks ({@code TOTAL}, {@code PENGUNGKIT}, {@code AREA.*}, {@code BBA}, {@code IPAK}, {@code KINERJA},
 * {@code IPKP}) carry {@link #required()} and {@link #actual()} in points, both as reported (2 decimals); the
 * rules decide whether the check compares the exact values (the default) or the reported ones. A failed check whose
 * reported actual would read as reaching the minimum carries the exact value instead (74.995, not 75.00). Prerequisite checks ({@code HOLDS_WBK}, {@code AGENCY.*}) compare
 * grades and carry {@link #requiredLabel()} and {@link #actualLabel()} instead.
 *
 * @param id the check id, as in the zi-report/1 format, e.g. {@code AREA.MP}
 * @param required the minimum in points; null for a grade check
 * @param actual the points reached; null for a grade check
 * @param requiredLabel the least grade accepted, e.g. {@code WTP}; null for a score check
 * @param actualLabel the grade held, e.g. {@code WDP}; null for a score check
 * @param passed whether the check passed
 * @param shortfall for a failed score check, {@code required - actual} (the "kurang X poin"); null otherwise
 * @param rule the name of the rule that made the check
 */
public record Check(
        String id,
        BigDecimal required,
        BigDecimal actual,
        String requiredLabel,
        String actualLabel,
        boolean passed,
        BigDecimal shortfall,
        String rule) {

    /** Refuses a null id or rule. */
    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
    }

    /** Whether this check compares points (as opposed to grades). */
    public boolean isScoreCheck() {
        return required != null;
    }

    /** The required value as text: points with 2 decimals, or the grade. */
    public String requiredText() {
        return required != null ? required.toPlainString() : requiredLabel;
    }

    /** The actual value as text: points with 2 decimals, or the grade. */
    public String actualText() {
        return actual != null ? actual.toPlainString() : actualLabel;
    }
}
