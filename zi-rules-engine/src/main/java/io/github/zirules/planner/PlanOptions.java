package io.github.zirules.planner;

import io.github.zirules.api.ItemId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a plan may change. By default ({@link #DEFAULT}) the planner proposes only what a unit's team can change by
 * its own work: the items of the instrument's Hasil section (<i>Hasil</i>: the survey indices IPAK and IPKP, which
 * only a new survey by an outside party can change, and KINERJA, the achievement the ministry measures) are kept as
 * they are. Which items those are is read from the rule set's instrument (its {@code section} column), never from a
 * list in Java.
 *
 * @param allowSurveys whether survey and other Hasil items (the items of a section without areas, as the rule set's
 *     structure declares it) may be changed too
 * @param frozen items the unit will not change (<i>dibekukan</i>), kept as they are whatever the plan
 */
public record PlanOptions(boolean allowSurveys, Set<ItemId> frozen) {

    /** Survey and Hasil items kept, nothing else frozen. */
    public static final PlanOptions DEFAULT = new PlanOptions(false, Set.of());

    /** Every item may change: surveys and Hasil items too. */
    public static final PlanOptions EVERYTHING = new PlanOptions(true, Set.of());

    /** Copies the frozen items (null: none), keeping their order. */
    public PlanOptions {
        frozen = frozen == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(frozen));
        frozen.forEach(i -> Objects.requireNonNull(i, "a frozen item id must not be null"));
    }

    /** A copy that allows ({@code true}) or keeps ({@code false}) survey and Hasil items. */
    public PlanOptions withAllowSurveys(boolean allow) {
        return new PlanOptions(allow, frozen);
    }

    /** A copy with these items frozen (in addition to none: replaces the set). */
    public PlanOptions withFrozen(Collection<ItemId> items) {
        return new PlanOptions(allowSurveys, Set.copyOf(items));
    }
}
