package io.github.zirules.engine.internal;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.Component;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.internal.ScoreSheet;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the declared weights fit the structure of the evaluation, as the rule set's structure file declares
 * it, whatever their numbers: the area parts of a section add up to the section's component, each component's
 * children to the component (for 90/2021: the sections to Pengungkit, BBA and PPP to Hasil, Pengungkit and Hasil to
 * the total, and the Hasil indicators to BBA and PPP). Every number comes from the rule files.
 */
final class WeightStructure {

    private WeightStructure() {
    }

    static void check(RuleSetModel model, ScoreSheet card, List<Problem> problems) {
        for (Component c : model.components()) {
            if (c.basis() == RuleSetModel.Basis.SECTION) {
                section(card, c.basisId(), c.id(), problems);
            } else if (c.basis() == RuleSetModel.Basis.CHILDREN && !model.children(c.id()).isEmpty()) {
                sum(card, c.id(), model.children(c.id()), problems);
            }
        }
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

    /**
     * A component's declared weight against its children's: a child's declared weight, or, for a child made of one
     * indicator that declares none, that indicator's weight (BBA = HAS.IPAK + HAS.KINERJA).
     */
    private static void sum(ScoreSheet card, String level, List<Component> children, List<Problem> problems) {
        Exact declared = card.levelWeight(level);
        if (declared == null) {
            return;
        }
        Exact total = Exact.ZERO;
        List<String> parts = new ArrayList<>();
        for (Component child : children) {
            Exact w = card.levelWeight(child.id());
            String part = child.id();
            if (w == null && child.basis() == RuleSetModel.Basis.INDICATOR) {
                ScoredIndicator ind = card.indicators().get(child.basisId());
                w = ind == null || ScoreSheet.weightRule(ind) == null ? null : ind.getWeight();
                part = child.basisId();
            }
            if (w == null) {
                return;
            }
            total = total.plus(w);
            parts.add(part);
        }
        String names = String.join(" + ", parts);
        report(card, level, declared, total, names, names, problems);
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
