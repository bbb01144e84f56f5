package io.github.zirules.engine.internal;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.Scorecard;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.internal.ScoreSheet;
import java.math.RoundingMode;
import java.util.List;

/**
 * Checks that the declared weights fit the structure of the evaluation (README domain §2), whatever their numbers:
 * the area parts of a section add up to the section, the sections to Pengungkit, BBA and PPP to Hasil, Pengungkit and
 * Hasil to the total, and the Hasil indicators to BBA and PPP. Only the structure lives here; every number comes from
 * the rule files.
 */
final class WeightStructure {

    private WeightStructure() {
    }

    static void check(ScoreSheet card, List<Problem> problems) {
        section(card, "PEM", "PEMENUHAN", problems);
        section(card, "REF", "REFORM", problems);
        sum(card, "PENGUNGKIT", List.of("PEMENUHAN", "REFORM"), List.of(), problems);
        sum(card, "HASIL", List.of("BBA", "PPP"), List.of(), problems);
        sum(card, "TOTAL", List.of("PENGUNGKIT", "HASIL"), List.of(), problems);
        sum(card, "BBA", List.of(), List.of("HAS.IPAK", "HAS.KINERJA"), problems);
        sum(card, "PPP", List.of(), List.of("HAS.IPKP"), problems);
    }

    private static void section(ScoreSheet card, String section, String level, List<Problem> problems) {
        Exact declared = card.levelWeight(level);
        if (declared == null) {
            return;
        }
        Exact total = Exact.ZERO;
        for (ScoredAreaPart p : card.areaParts().values()) {
            if (p.getSection().equals(section)) {
                if (!p.hasWeight()) {
                    return;
                }
                total = total.plus(p.getWeight());
            }
        }
        report(card, level, declared, total, "the area parts of " + section, "bagian area " + section, problems);
    }

    private static void sum(ScoreSheet card, String level, List<String> levels, List<String> indicators,
                            List<Problem> problems) {
        Exact declared = card.levelWeight(level);
        if (declared == null) {
            return;
        }
        Exact total = Exact.ZERO;
        for (String l : levels) {
            Exact w = card.levelWeight(l);
            if (w == null) {
                return;
            }
            total = total.plus(w);
        }
        for (String i : indicators) {
            ScoredIndicator ind = card.indicators().get(i);
            if (ind == null || ScoreSheet.weightRule(ind) == null) {
                return;
            }
            total = total.plus(ind.getWeight());
        }
        String parts = String.join(" + ", levels.isEmpty() ? indicators : levels);
        report(card, level, declared, total, parts, parts, problems);
    }

    private static void report(ScoreSheet card, String level, Exact declared, Exact total, String partsEn,
                               String partsId, List<Problem> problems) {
        if (total.equals(declared)) {
            return;
        }
        RuleRef r = card.levelWeightRule(level);
        problems.add(Problem.error("LINT_WEIGHT_SUM", r.location(), Message.of("LINT_WEIGHT_SUM", level,
                decimal(declared), partsEn, decimal(total), partsId), Message.of("LINT_WEIGHT_SUM.expected", level,
                decimal(total), decimal(declared))));
    }

    private static String decimal(Exact e) {
        return e.round(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
