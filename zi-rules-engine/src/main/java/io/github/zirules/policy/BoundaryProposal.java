package io.github.zirules.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Answers that put one threshold's check on its boundary and just below it, found by a search over answer
 * combinations with exact arithmetic and confirmed by running the rules. When an edit of the answer values or weights
 * makes the minimum itself unreachable (no combination scores it exactly), the two sides are the nearest values
 * reachable above and below, and {@link #reachable()} is false: the scenarios that were boundary cases cannot be any
 * more, and the threshold deserves a look.
 *
 * @param target the predicate, {@code WBK} or {@code WBBM}
 * @param check the check id, e.g. {@code TOTAL} or {@code AREA.MP}
 * @param required the minimum
 * @param reachable whether some combination of answers scores exactly the minimum
 * @param on answers that reach the minimum, or the nearest value above it; null if none was found
 * @param below answers that miss the minimum by 0.01, or reach the nearest value below it; null if none was found
 */
public record BoundaryProposal(String target, String check, BigDecimal required, boolean reachable, @Nullable Side on,
                               @Nullable Side below) {

    /** Refuses nulls except in the sides. */
    public BoundaryProposal {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(required, "required");
    }

    /**
     * One side of the boundary.
     *
     * @param exact the check's exact value with these answers, as the rules computed it (a fraction such as
     *     {@code 21/5}, or a whole number)
     * @param value the same as a decimal, at most 6 decimals (rounded half up where it has more)
     * @param answers the answers that differ from every answer at its best, item id → answer as a scenario writes it
     *     ({@code Ya}, {@code B}, {@code 1/2}, {@code 1->1}, {@code 3.60})
     * @param column the scenario score column that shows the checked score, e.g. {@code TOTAL} or {@code MP}
     * @param reported that score as the report shows it (what a scenario expects)
     */
    public record Side(String exact, BigDecimal value, Map<String, String> answers, String column,
                       BigDecimal reported) {

        /** Copies the answers. */
        public Side {
            Objects.requireNonNull(exact, "exact");
            Objects.requireNonNull(value, "value");
            answers = Map.copyOf(new java.util.TreeMap<>(answers));
            Objects.requireNonNull(column, "column");
        }

        /**
         * The side as a scenario, ready to paste into a file of {@code tests/}: a header line and one case line,
         * {@code case,base,target,answers,COLUMN}.
         */
        public String scenarioCsv(String caseName, String target) {
            List<String> pairs = new java.util.TreeMap<>(answers).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList();
            return "case,base,target,answers," + column + "\n\"" + caseName.replace("\"", "\"\"") + "\",best,"
                    + target + ",\"" + String.join(" ", pairs) + "\"," + (reported == null ? ""
                    : reported.toPlainString()) + "\n";
        }
    }
}
