package io.github.zirules.planner.internal;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Message;
import io.github.zirules.planner.PlanReason;
import io.github.zirules.planner.PlannedChange;
import io.github.zirules.planner.internal.Snapshot.CheckState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The bilingual reasons of a plan (codes listed on {@link PlanReason}). */
final class Reasons {

    private Reasons() {
    }

    static PlanReason alreadyEligible() {
        return new PlanReason("ALREADY_ELIGIBLE", Message.of("ALREADY_ELIGIBLE"));
    }

    static PlanReason found(List<PlannedChange> changes, boolean minimal, int leastChanges) {
        int steps = changes.stream().mapToInt(PlannedChange::steps).sum();
        String surveys = changes.stream().filter(PlannedChange::needsNewSurvey).map(c -> c.item().value())
                .collect(Collectors.joining(", "));
        Object survey = surveys.isEmpty() ? "" : Message.of("plan.surveys", surveys);
        if (minimal) {
            return new PlanReason("PLAN_FOUND", Message.of("PLAN_FOUND", changes.size(), steps, survey));
        }
        return new PlanReason("PLAN_FOUND_NOT_MINIMAL", Message.of("PLAN_FOUND_NOT_MINIMAL", changes.size(), steps,
                leastChanges, survey));
    }

    /** Prerequisite (grade) checks fail: no answer can change them. */
    static PlanReason prerequisites(List<CheckState> grades, Assessment a, boolean scoresPlanned) {
        Object tail = scoresPlanned ? Message.of("plan.scores-met") : "";
        if (grades.stream().anyMatch(c -> c.id().equals("HOLDS_WBK"))) {
            return new PlanReason("REQUIRES_WBK", Message.of("REQUIRES_WBK", a.target(), a.currentPredicate(), tail));
        }
        String ids = grades.stream().map(CheckState::id).collect(Collectors.joining(", "));
        return new PlanReason("PREREQUISITE_NOT_MET", Message.of("PREREQUISITE_NOT_MET", ids, tail));
    }

    /** Even every best answer misses a score check. */
    static PlanReason unreachable(List<CheckState> failing, Snapshot best, List<CheckState> grades, Assessment a,
                                  Set<ItemId> fixed) {
        List<Message> detail = failing.stream().map(c -> Message.of("plan.at-most", c.id(), reported(best, c),
                required(best, c))).toList();
        Object gradesText = grades.isEmpty() ? "" : Message.of("plan.then",
                prerequisites(grades, a, false).explanation());
        String kept = fixed.stream().map(ItemId::value).collect(Collectors.joining(", "));
        Object keptText = kept.isEmpty() ? "" : Message.of("plan.kept", kept);
        return new PlanReason("UNREACHABLE", Message.of("UNREACHABLE", detail, gradesText, keptText));
    }

    private static BigDecimal reported(Snapshot s, CheckState c) {
        return c.actual().round(s.rounding().scale(), s.rounding().mode());
    }

    private static BigDecimal required(Snapshot s, CheckState c) {
        return c.required().round(s.rounding().scale(), s.rounding().mode());
    }
}
