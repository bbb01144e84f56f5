package io.github.zirules.engine.internal;

import io.github.zirules.api.EvaluationException;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.ScoredItem;
import io.github.zirules.rules.Scorecard;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Invariants checked on every filled score sheet, before it becomes a result: every item value lies in [0, 1],
 * the indicator weights of each area part add up to the part's weight, and every level scores between 0 and its
 * weight. The load-time probes ({@link RuleSetVerifier}) check the same on a few probe assessments; a rule that
 * misbehaves only for some input (a trap waiting for a particular answer) passes them, and is stopped here instead
 * of producing a wrong result. Costs about 20 µs per evaluation on the 2-core build machine (some 4 % of an
 * evaluation; see docs/reliability.md).
 */
final class RunTimeChecks {

    private RunTimeChecks() {
    }

    /**
     * Refuses a sheet that breaks an invariant.
     *
     * @throws EvaluationException naming every broken invariant and the rule behind it
     */
    static void verify(CompiledRuleSet rs, Scorecard card) {
        List<String> broken = new ArrayList<>();
        for (ScoredItem it : card.items()) {
            Exact v = it.getValue();
            if (v != null && (v.signum() < 0 || v.compareTo(Exact.ONE) > 0)) {
                broken.add("rule " + it.valueRule() + " gave item " + it.getId() + " the value " + v
                        + ", outside 0 to 1");
            }
        }
        for (ScoredAreaPart p : card.areaParts().values()) {
            if (!p.hasWeight()) {
                continue;
            }
            Exact sum = Exact.ZERO;
            Set<RuleRef> rules = new LinkedHashSet<>();
            rules.add(p.weightRule());
            for (ScoredIndicator i : p.getIndicators()) {
                if (i.weightRule() == null) {
                    sum = null;
                    break;
                }
                sum = sum.plus(i.getWeight());
                rules.add(i.weightRule());
            }
            if (sum != null && !sum.equals(p.getWeight())) {
                broken.add("the indicator weights of " + p.getId() + " add up to " + sum + " but the part's weight "
                        + "is " + p.getWeight() + " (weight rules " + rules + ")");
            }
        }
        for (String level : Scorecard.LEVELS) {
            Exact w = card.levelWeight(level);
            Exact s = card.scoreOrNull(level);
            if (w != null && s != null && (s.signum() < 0 || s.compareTo(w) > 0)) {
                broken.add(level + " scores " + s + ", outside 0 to its weight " + w + " (weight rule "
                        + card.levelWeightRule(level) + ")");
            }
        }
        if (!broken.isEmpty()) {
            throw new EvaluationException("rule set " + rs.info().id() + ": the rules broke an invariant for this "
                    + "assessment (aturan melanggar invarian untuk penilaian ini): " + String.join("; ", broken));
        }
    }
}
