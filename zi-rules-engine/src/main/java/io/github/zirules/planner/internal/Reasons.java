package io.github.zirules.planner.internal;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.ItemId;
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
        return new PlanReason("ALREADY_ELIGIBLE", "Sudah memenuhi semua syarat; tidak ada jawaban yang perlu diubah.",
                "Already eligible: no answer needs to change.");
    }

    static PlanReason found(List<PlannedChange> changes, boolean minimal, int leastChanges) {
        int steps = changes.stream().mapToInt(PlannedChange::steps).sum();
        String surveys = changes.stream().filter(PlannedChange::needsNewSurvey).map(c -> c.item().value())
                .collect(Collectors.joining(", "));
        String sid = surveys.isEmpty() ? "" : " Perubahan " + surveys + " memerlukan survei baru.";
        String sen = surveys.isEmpty() ? "" : " Changing " + surveys + " needs a new survey.";
        if (minimal) {
            return new PlanReason("PLAN_FOUND", changes.size() + " jawaban diubah (" + steps + " langkah): jumlah "
                    + "perubahan paling sedikit yang membuat semua syarat terpenuhi." + sid, changes.size()
                    + " answer(s) changed (" + steps + " step(s)): the fewest changes that make every check pass."
                    + sen);
        }
        return new PlanReason("PLAN_FOUND_NOT_MINIMAL", changes.size() + " jawaban diubah (" + steps + " langkah) "
                + "membuat semua syarat terpenuhi; pencarian berhenti pada batasnya sebelum membuktikan tidak ada "
                + "rencana yang lebih kecil (terbukti: paling sedikit " + leastChanges + " perubahan diperlukan)."
                + sid, changes.size() + " answer(s) changed (" + steps + " step(s)) make every check pass; the "
                + "search stopped at its limit before proving that no smaller plan exists (proven: at least "
                + leastChanges + " change(s) are needed)." + sen);
    }

    /** Prerequisite (grade) checks fail: no answer can change them. */
    static PlanReason prerequisites(List<CheckState> grades, Assessment a, boolean scoresPlanned) {
        String tailId = scoresPlanned ? " Perubahan di bawah ini memenuhi semua syarat nilai." : "";
        String tailEn = scoresPlanned ? " The changes below meet every score check." : "";
        if (grades.stream().anyMatch(c -> c.id().equals("HOLDS_WBK"))) {
            return new PlanReason("REQUIRES_WBK", "Predikat " + a.target() + " hanya dapat diusulkan oleh unit yang "
                    + "sudah berpredikat Menuju WBK; predikat saat ini (" + a.currentPredicate() + ") bukan jawaban "
                    + "LKE, sehingga tidak ada perubahan jawaban yang dapat memenuhinya." + tailId,
                    a.target() + " can only be proposed for a unit that already holds Menuju WBK; the current "
                    + "predicate (" + a.currentPredicate() + ") is not an answer, so no answer change can meet it."
                    + tailEn);
        }
        String ids = grades.stream().map(CheckState::id).collect(Collectors.joining(", "));
        return new PlanReason("PREREQUISITE_NOT_MET", "Prasyarat " + ids + " tidak terpenuhi; prasyarat instansi "
                + "bukan jawaban LKE, sehingga tidak ada perubahan jawaban yang dapat memenuhinya." + tailId,
                "Prerequisite " + ids + " is not met; agency prerequisites are not answers, so no answer change "
                + "can meet them." + tailEn);
    }

    /** Even every best answer misses a score check. */
    static PlanReason unreachable(List<CheckState> failing, Snapshot best, List<CheckState> grades, Assessment a,
                                  Set<ItemId> fixed) {
        String detailId = failing.stream().map(c -> c.id() + " paling tinggi " + reported(best, c) + " dari "
                + required(best, c)).collect(Collectors.joining("; "));
        String detailEn = failing.stream().map(c -> c.id() + " reaches at most " + reported(best, c) + " of "
                + required(best, c)).collect(Collectors.joining("; "));
        String gradesId = grades.isEmpty() ? "" : " " + prerequisites(grades, a, false).messageId();
        String gradesEn = grades.isEmpty() ? "" : " " + prerequisites(grades, a, false).messageEn();
        String kept = fixed.stream().map(ItemId::value).collect(Collectors.joining(", "));
        String keptId = kept.isEmpty() ? "" : " Butir yang tidak diubah: " + kept + " (survei dan butir Hasil hanya "
                + "diubah bila diizinkan; butir yang dibekukan tidak pernah).";
        String keptEn = kept.isEmpty() ? "" : " Items kept as they are: " + kept + " (surveys and Hasil items change "
                + "only when allowed; frozen items never).";
        return new PlanReason("UNREACHABLE", "Bahkan dengan semua jawaban terbaik, syarat berikut tidak terpenuhi: "
                + detailId + "." + gradesId + keptId, "Even with every answer at its best, these checks fail: "
                + detailEn + "." + gradesEn + keptEn);
    }

    private static BigDecimal reported(Snapshot s, CheckState c) {
        return c.actual().round(s.rounding().scale(), s.rounding().mode());
    }

    private static BigDecimal required(Snapshot s, CheckState c) {
        return c.required().round(s.rounding().scale(), s.rounding().mode());
    }
}
