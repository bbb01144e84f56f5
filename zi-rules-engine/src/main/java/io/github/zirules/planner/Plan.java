package io.github.zirules.planner;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import java.util.List;
import java.util.Objects;

/**
 * What a unit can change to reach its target predicate: a smallest set of answer changes after which every check
 * passes, or the reason why no set of answer changes can do it.
 *
 * <p>"Smallest" means the fewest items changed, then the fewest steps (see {@link PlannedChange#steps()}). Counts
 * and survey indices are changed only as far as needed (see docs/planner.md).
 *
 * @param target the predicate planned for
 * @param feasible whether applying the changes makes the unit eligible
 * @param minimal whether the changes are proven to be a smallest set (false only when the search stopped at its
 *     limit, reason {@code PLAN_FOUND_NOT_MINIMAL}, or when no set exists)
 * @param reason why the plan is what it is
 * @param changes the answer changes, in instrument order; empty when already eligible or when no score check can
 *     be helped. When {@code feasible} is false because of a prerequisite that is not an answer (reason
 *     {@code REQUIRES_WBK} or {@code PREREQUISITE_NOT_MET}), these are the changes that would meet every score check
 * @param result the evaluation of the assessment with the changes applied (the assessment as it is when there are
 *     none)
 */
public record Plan(Predikat target, boolean feasible, boolean minimal, PlanReason reason,
                   List<PlannedChange> changes, Result result) {

    /** Refuses nulls; copies the changes. */
    public Plan {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(result, "result");
        changes = List.copyOf(changes);
    }

    /** The total number of steps of the changes. */
    public int steps() {
        return changes.stream().mapToInt(PlannedChange::steps).sum();
    }

    /** Whether any change needs a new survey. */
    public boolean needsNewSurvey() {
        return changes.stream().anyMatch(PlannedChange::needsNewSurvey);
    }

    /**
     * {@code assessment} with the planned answers in place and this plan's target: evaluating it gives
     * {@link #result()}.
     */
    public Assessment apply(Assessment assessment) {
        Assessment.Builder b = assessment.toBuilder().target(target);
        for (PlannedChange c : changes) {
            b.answer(c.item(), c.to());
        }
        return b.build();
    }
}
