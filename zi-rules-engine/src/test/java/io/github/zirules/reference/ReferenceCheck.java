package io.github.zirules.reference;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One check of a predicate as the reference scorer sees it, shaped like the zi-report/1 {@code verdict.checks}
 * entries and the API's {@code Check}.
 *
 * <p>Score checks ({@code TOTAL}, {@code PENGUNGKIT}, {@code AREA.*}, {@code BBA}, {@code IPAK}, {@code KINERJA},
 * {@code IPKP}) carry {@code required} and {@code actual} in points with 2 decimals and null labels. The
 * prerequisite {@code HOLDS_WBK} (WBBM only) carries labels instead: {@code requiredLabel} {@code "WBK"} and
 * {@code actualLabel} the predicate held ({@code NONE}, {@code WBK}, {@code WBBM}); its points are null.
 *
 * @param id the check id, e.g. {@code AREA.MP}
 * @param required the minimum in points (2 decimals); null for {@code HOLDS_WBK}
 * @param actual the reported points (2 decimals); null for {@code HOLDS_WBK}
 * @param requiredLabel for {@code HOLDS_WBK}, {@code "WBK"}; null otherwise
 * @param actualLabel for {@code HOLDS_WBK}, the predicate held; null otherwise
 * @param passed {@code actual >= required} on the exact values; for {@code HOLDS_WBK}, held WBK or WBBM
 * @param shortfall {@code required - actual} when a score check failed; null otherwise
 */
public record ReferenceCheck(String id, BigDecimal required, BigDecimal actual, String requiredLabel,
                             String actualLabel, boolean passed, BigDecimal shortfall) {

    /** Refuses a null id. */
    public ReferenceCheck {
        Objects.requireNonNull(id, "id");
    }

    /**
     * A score check on exact values (README §4): passed when {@code actual >= required} exactly; both reported with 2
     * decimals, except a failed actual that would read as reaching the minimum (74.995 → 75.00), which is shown cut to
     * the fewest decimals that show it below; the shortfall is required minus the reported actual, at least 0.01.
     */
    static ReferenceCheck score(String id, Fraction required, Fraction actual) {
        boolean passed = actual.compareTo(required) >= 0;
        BigDecimal req = ReferencePolicy.reported(required);
        BigDecimal act = actual.roundHalfUp(2);
        if (passed) {
            return new ReferenceCheck(id, req, act, null, null, true, null);
        }
        BigDecimal shown = act;
        for (int scale = 3; shown.compareTo(req) >= 0; scale++) {
            shown = new java.math.BigDecimal(actual.numerator()).divide(new java.math.BigDecimal(
                    actual.denominator()), scale, java.math.RoundingMode.DOWN);
        }
        BigDecimal gap = req.subtract(act);
        return new ReferenceCheck(id, req, shown, null, null, false,
                gap.compareTo(new BigDecimal("0.01")) < 0 ? new BigDecimal("0.01") : gap);
    }
}
