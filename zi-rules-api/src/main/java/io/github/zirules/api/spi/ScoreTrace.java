package io.github.zirules.api.spi;

import io.github.zirules.api.ItemId;
import io.github.zirules.api.RuleSetInfo;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the rules decided, exactly (before any rounding): every check with its exact minimum and score,
 * every item's exact points, the weights the rules declared, and how the rules report and compare. The gap planner
 * learns every gain from traces, and the property kit every maximum, so that no weight or threshold is written in
 * Java outside the rule set.
 *
 * @param ruleSet the rule set that ran
 * @param checks every check the rules made, in the order made
 * @param itemPoints each item's exact points (its value × indicator weight / items in the indicator), in LKE order
 * @param levelWeights the weight the rules declared for each score level ({@code TOTAL}, {@code PENGUNGKIT},
 *     {@code BBA}, …); a level without a declared weight has no entry
 * @param indicatorWeights each indicator's weight, for the indicators whose weight a rule declared
 * @param areaPartWeights each area part's weight ({@code PEM.MP}), for the parts whose weight a rule declared
 * @param areaWeights each area's weight ({@code MP}, the sum of its parts), for the areas all of whose parts have one
 * @param scale the decimals scores are reported with, as the rules declare
 * @param roundingMode how scores are rounded to {@code scale}, as the rules declare
 * @param comparesReported whether minimums are compared on the reported (rounded) values rather than the exact ones
 */
public record ScoreTrace(RuleSetInfo ruleSet, List<CheckTrace> checks, Map<ItemId, Fraction> itemPoints,
                         Map<String, Fraction> levelWeights, Map<String, Fraction> indicatorWeights,
                         Map<String, Fraction> areaPartWeights, Map<String, Fraction> areaWeights, int scale,
                         RoundingMode roundingMode, boolean comparesReported) {

    /** Refuses nulls; copies the lists and maps, keeping their order. */
    public ScoreTrace {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(roundingMode, "roundingMode");
        checks = List.copyOf(checks);
        itemPoints = ordered(itemPoints);
        levelWeights = ordered(levelWeights);
        indicatorWeights = ordered(indicatorWeights);
        areaPartWeights = ordered(areaPartWeights);
        areaWeights = ordered(areaWeights);
    }

    private static <K> Map<K, Fraction> ordered(Map<K, Fraction> m) {
        Map<K, Fraction> copy = new LinkedHashMap<>();
        Objects.requireNonNull(m, "map").forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"),
                Objects.requireNonNull(v, "value")));
        return Collections.unmodifiableMap(copy);
    }

    /** One check as the rules decided it: a minimum score, or a grade. */
    public sealed interface CheckTrace permits MinimumTrace, GradeTrace {
        /** The check id, as in zi-report/1, e.g. {@code AREA.MP}. */
        String id();
    }

    /**
     * A minimum score, exactly; whether it passed depends on {@link #comparesReported()}.
     *
     * @param id the check id
     * @param required the exact minimum in points
     * @param actual the exact score in points
     */
    public record MinimumTrace(String id, Fraction required, Fraction actual) implements CheckTrace {
        /** Refuses nulls. */
        public MinimumTrace {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(required, "required");
            Objects.requireNonNull(actual, "actual");
        }
    }

    /**
     * A grade (prerequisite) check.
     *
     * @param id the check id
     * @param passed whether the grade held reaches the least grade accepted
     */
    public record GradeTrace(String id, boolean passed) implements CheckTrace {
        /** Refuses a null id. */
        public GradeTrace {
            Objects.requireNonNull(id, "id");
        }
    }
}
