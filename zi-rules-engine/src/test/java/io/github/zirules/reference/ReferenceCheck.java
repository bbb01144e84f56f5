package io.github.zirules.reference;

import io.github.zirules.rules.Exact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * One check of a predicate as the reference scorer sees it, shaped like the zi-report/1 {@code verdict.checks}
 * entries and the API's {@code Check}.
 *
 * <p>Score checks ({@code TOTAL}, {@code PENGUNGKIT}, {@code AREA.*}, {@code BBA}, {@code IPAK}, {@code KINERJA},
 * {@code IPKP}) carry {@code required} and {@code actual} in points with 2 decimals and null labels. The
 * prerequisite {@code HOLDS_WBK} (WBBM only) carries labels instead: {@code requiredLabel} {@code "WBK"} and
 * {@code actualLabel} the predicate held ({@code NONE}, {@code WBK}, {@code WBBM}); its points are null. So do the
 * agency prerequisites {@code AGENCY.BPK}, {@code AGENCY.AKIP} and {@code AGENCY.INDEKS_RB}: the least grade and the
 * agency's.
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
    static ReferenceCheck score(String id, Exact required, Exact actual) {
        boolean passed = actual.compareTo(required) >= 0;
        BigDecimal req = ReferencePolicy.reported(required);
        BigDecimal act = actual.round(2, RoundingMode.HALF_UP);
        if (passed) {
            return new ReferenceCheck(id, req, act, null, null, true, null);
        }
        BigDecimal shown = act;
        for (int scale = 3; shown.compareTo(req) >= 0; scale++) {
            shown = actual.round(scale, RoundingMode.DOWN);
        }
        BigDecimal gap = req.subtract(act);
        return new ReferenceCheck(id, req, shown, null, null, false,
                gap.compareTo(new BigDecimal("0.01")) < 0 ? new BigDecimal("0.01") : gap);
    }

    /**
     * A prerequisite on a grade (README §5, {@code AGENCY.*}): passed when {@code actual} is on {@code scale} (best
     * first) and no worse than {@code required}; labels instead of points.
     */
    static ReferenceCheck grade(String id, String required, String actual, List<String> scale) {
        int have = scale.indexOf(actual);
        return new ReferenceCheck(id, null, null, required, actual, have >= 0 && have <= scale.indexOf(required),
                null);
    }
}
