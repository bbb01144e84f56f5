package io.github.zirules.engine.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predicate;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Unit;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.ScoredArea;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.ScoredItem;
import io.github.zirules.rules.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Load-time checks that run the rule set itself on probe assessments, so that what is checked is what the rules
 * really do: every answer gets a value in [0, 1]; the indicator weights of each area part add up to the part's
 * weight; with every answer at its best, every level scores exactly its declared weight (so the parts add up:
 * 30 + 30 = 60, 60 + 40 = 100); every check of zi-report/1 exists for both predicates; and every threshold lies
 * between 0 and the weight it is a share of.
 */
final class RuleSetVerifier {

    /** The check ids every predicate must have (zi-report/1). */
    static final List<String> SCORE_CHECKS = List.of("TOTAL", "PENGUNGKIT", "BBA", "IPAK", "KINERJA", "IPKP");

    private static final int PROBE_FIRE_LIMIT = 100_000;

    private RuleSetVerifier() {
    }

    static List<Problem> verify(CompiledRuleSet rs) {
        List<Problem> problems = new ArrayList<>();
        String where = rs.sources().keySet().stream().reduce((a, b) -> b).orElse(rs.info().id());
        // Each probe is a whole evaluation: most of the cost of loading a rule set after the compiler. Level 0 for
        // WBK is also "best answers for WBK", so it is run once and kept.
        Scorecard bestWbk = null;
        for (int level = 0; level < 5; level++) {
            Scorecard card = probe(rs, labelled(rs, level, Predicate.WBK), where, problems,
                    "answers at level " + level);
            bestWbk = level == 0 ? card : bestWbk;
        }
        probe(rs, Assessment.builder(Unit.of("PROBE"), 2024, Predicate.WBK).build(), where, problems, "no answers");
        for (Predicate target : List.of(Predicate.WBK, Predicate.WBBM)) {
            Scorecard best = target == Predicate.WBK ? bestWbk
                    : probe(rs, labelled(rs, 0, target), where, problems, "best answers for " + target);
            if (best != null) {
                checkWeights(best, problems);
                checkChecks(best, target, where, problems);
            }
        }
        return problems;
    }

    /**
     * The check for a rule set precompiled when the engine was built (the full checks ran then, on the same files):
     * one probe, every answer at its best for WBK, with the weight and threshold checks. It shows that the stored
     * rules run here, and it is their first evaluation, so the first real one does not pay for it.
     */
    static List<Problem> verifyPrecompiled(CompiledRuleSet rs) {
        List<Problem> problems = new ArrayList<>();
        String where = rs.sources().keySet().stream().reduce((a, b) -> b).orElse(rs.info().id());
        Scorecard best = probe(rs, labelled(rs, 0, Predicate.WBK), where, problems, "best answers for WBK");
        if (best != null) {
            checkWeights(best, problems);
            checkChecks(best, Predicate.WBK, where, problems);
        }
        return problems;
    }

    private static Scorecard probe(CompiledRuleSet rs, Assessment a, String where, List<Problem> problems,
                                   String what) {
        try {
            Scorecard card = SessionRunner.run(rs, a, PROBE_FIRE_LIMIT, null);
            ResultAssembler.assemble(rs, card);
            for (ScoredItem it : card.items()) {
                Exact v = it.getValue();
                if (v.signum() < 0 || v.compareTo(Exact.ONE) > 0) {
                    RuleRef r = it.valueRule();
                    problems.add(Problem.error("LINT_VALUE_RANGE", r.location(), "aturan '" + r.name()
                            + "' memberi butir " + it.getId() + " nilai " + v + ", di luar 0 sampai 1", "rule '"
                            + r.name() + "' gives item " + it.getId() + " the value " + v + ", outside 0 to 1",
                            "a value from 0 to 1"));
                }
            }
            return card;
        } catch (EvaluationException e) {
            problems.add(Problem.error("LINT_PROBE_FAILED", where, "aturan gagal pada penilaian uji (" + what + "): "
                    + e.getMessage(), "the rules fail on a probe assessment (" + what + "): " + e.getMessage(),
                    null));
            return null;
        }
    }

    /** Every item answered with its type's label at {@code level} (0 = best), and matching counts and indices. */
    private static Assessment labelled(CompiledRuleSet rs, int level, Predicate target) {
        Assessment.Builder b = Assessment.builder(Unit.of("PROBE"), 2024, target)
                .currentPredicate(target == Predicate.WBBM ? Predicate.WBK : Predicate.NONE);
        for (Item it : rs.instrument().items()) {
            List<String> labels = it.answerType().labels();
            Answer a = switch (it.answerType()) {
                case PCT -> Answer.ratio(4 - Math.min(level, 4), 4);
                case DEC -> Answer.decrease(4, Math.min(level, 4));
                case IDX4 -> Answer.index(BigDecimal.valueOf(4 - Math.min(level, 4)));
                default -> Answer.choice(labels.get(Math.min(level, labels.size() - 1)));
            };
            b.answer(it.id(), a);
        }
        return b.build();
    }

    private static void checkWeights(Scorecard best, List<Problem> problems) {
        for (ScoredAreaPart p : best.areaParts().values()) {
            if (!p.hasWeight()) {
                problems.add(Problem.error("LINT_WEIGHT_MISSING", firstWeightRule(p), "tidak ada aturan bobot untuk "
                        + "bagian area " + p.getId(), "no weight rule declares the weight of area part " + p.getId(),
                        "areaPartWeight(\"" + p.getId() + "\", \"…\") in weights.drl"));
                continue;
            }
            Exact sum = Exact.ZERO;
            for (ScoredIndicator i : p.getIndicators()) {
                sum = sum.plus(i.getWeight());
            }
            if (!sum.equals(p.getWeight())) {
                problems.add(Problem.error("LINT_WEIGHT_SUM", p.weightRule().location(), "bobot indikator "
                        + p.getId() + " berjumlah " + decimal(sum) + ", padahal bobot bagian area " + decimal(
                        p.getWeight()), "the indicator weights of " + p.getId() + " add up to " + decimal(sum)
                        + " but the part's weight is " + decimal(p.getWeight()), "indicator weights that add up to "
                        + decimal(p.getWeight()) + ", or a part weight of " + decimal(sum)));
            }
        }
        for (String level : Scorecard.LEVELS) {
            Exact w = best.levelWeight(level);
            if (w == null) {
                continue;
            }
            Exact score = best.scoreOrNull(level);
            if (score != null && !score.equals(w)) {
                RuleRef r = best.levelWeightRule(level);
                problems.add(Problem.error("LINT_WEIGHT_SUM", r.location(), "dengan semua jawaban terbaik, " + level
                        + " bernilai " + decimal(score) + ", padahal bobotnya " + decimal(w), "with every answer at "
                        + "its best, " + level + " scores " + decimal(score) + " but its weight is " + decimal(w),
                        "weights of the parts of " + level + " that add up to " + decimal(w)));
            }
        }
    }

    private static String firstWeightRule(ScoredAreaPart p) {
        for (ScoredIndicator i : p.getIndicators()) {
            if (i.weightRule() != null) {
                return i.weightRule().location();
            }
        }
        return p.getId();
    }

    private static void checkChecks(Scorecard best, Predicate target, String where, List<Problem> problems) {
        Map<String, Exact> max = new LinkedHashMap<>();
        for (String id : SCORE_CHECKS) {
            max.put(id, switch (id) {
                case "IPAK", "KINERJA", "IPKP" -> indicatorWeight(best, "HAS." + id);
                default -> best.levelWeight(id);
            });
        }
        for (ScoredArea a : best.areas().values()) {
            max.put("AREA." + a.getCode(), a.getWeight());
        }
        List<String> required = new ArrayList<>(max.keySet());
        if (target == Predicate.WBBM) {
            required.add("HOLDS_WBK");
        }
        Map<String, Scorecard.CheckDecision> checks = best.checks();
        for (String id : required) {
            if (!checks.containsKey(id)) {
                problems.add(Problem.error("LINT_THRESHOLD_MISSING", where, "tidak ada aturan yang memeriksa " + id
                        + " untuk " + target, "no rule checks " + id + " for " + target, "a rule in thresholds-"
                        + target.name().toLowerCase(java.util.Locale.ROOT) + ".drl calling minimum(\"" + id
                        + "\", …) or grade(\"" + id + "\", …)"));
            }
        }
        checks.forEach((id, d) -> {
            Exact m = max.get(id);
            if (d.required() != null && m != null
                    && (d.required().signum() < 0 || d.required().compareTo(m) > 0)) {
                RuleRef r = best.checkRule(id);
                problems.add(Problem.error("LINT_THRESHOLD_RANGE", r.location(), "ambang " + id + " " + target
                        + " = " + decimal(d.required()) + ", di luar 0 sampai " + decimal(m), "threshold " + id + " for "
                        + target + " is " + decimal(d.required()) + ", outside 0 to its maximum " + decimal(m),
                        "a value from 0 to " + decimal(m)));
            }
        });
    }

    private static Exact indicatorWeight(Scorecard card, String id) {
        ScoredIndicator i = card.indicators().get(id);
        return i == null ? null : i.getWeight();
    }

    private static String decimal(Exact e) {
        return e.round(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
