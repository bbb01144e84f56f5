package io.github.zirules.engine.internal;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.GradeCheck;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.ScoreTree;
import io.github.zirules.api.Scores;
import io.github.zirules.api.Verdict;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.ScorecardLayout;
import io.github.zirules.rules.ScoredArea;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.ScoredItem;
import io.github.zirules.rules.internal.ScoreSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a filled score sheet into a {@link Result}: rounds every exact score once, as the rules declared, orders the
 * checks, and refuses a sheet that the rules left incomplete.
 */
public final class ResultAssembler {

    private static final int VALUE_SCALE = 4;
    /** At most this many decimals beyond the reported ones to show that a failed check is below its minimum. */
    private static final int SHOWN_EXTRA_DECIMALS = 12;

    private ResultAssembler() {
    }

    /**
     * The result of a filled sheet of {@code assessment} (which the sheet itself does not expose to rules). The score
     * tree and scores are put into the shape of the rule set's results ({@link ResultShape}), worked out from its
     * first sheet; a sheet of another shape is assembled as {@link #assembleByLookup} does.
     */
    public static Result assemble(CompiledRuleSet rs, ScoreSheet card, Assessment assessment) {
        ScoreSheet.Rounding rounding = card.rounding();
        if (rounding == null) {
            throw noRounding(rs);
        }
        ResultShape shape = shapeOf(rs, card);
        if (shape == null) {
            return assembleByLookup(rs, card, assessment);
        }
        List<String> missing = new ArrayList<>();
        BigDecimal[] indicators = new BigDecimal[card.indicators().size()];
        int k = 0;
        for (ScoredIndicator i : card.indicators().values()) {
            indicators[k++] = round(i.getScore(), rounding, "indicator ", i.getId(), missing);
        }
        BigDecimal[] parts = new BigDecimal[card.areaParts().size()];
        k = 0;
        for (ScoredAreaPart p : card.areaParts().values()) {
            parts[k++] = round(p.getScore(), rounding, "area part ", p.getId(), missing);
        }
        BigDecimal[] areas = new BigDecimal[card.areas().size()];
        k = 0;
        for (ScoredArea a : card.areas().values()) {
            areas[k++] = round(a.getScore(), rounding, "area ", a.getCode(), missing);
        }
        List<String> levelIds = rs.levels();
        BigDecimal[] levels = new BigDecimal[levelIds.size()];
        for (int l = 0; l < levels.length; l++) {
            levels[l] = round(card.scoreOrNull(levelIds.get(l)), rounding, "", levelIds.get(l), missing);
        }
        Explained explained = explained(rs, card, rounding, missing);
        ResultShape.Built built = shape.build(levels, parts, indicators, areas);
        return result(rs, card, assessment, built.scores(), explained, built.tree());
    }

    /**
     * The shape of {@code rs}'s results, worked out from this sheet if it is the rule set's first; null if this sheet
     * was not made from the rule set's layout (or no shape can be made), so that it is assembled by lookup.
     */
    private static ResultShape shapeOf(CompiledRuleSet rs, ScoreSheet card) {
        EvaluationPlan plan = rs.plan();
        ResultShape shape = plan.resultShape();
        if (shape == null) {
            if (card.layout() != plan.layout()) {
                // A sheet laid out on its own (made from the instrument, not the rule set's plan): its shape would
                // fit no other sheet, so it is not kept.
                return null;
            }
            // Two threads may both work it out: the shapes are the same, either may stay.
            shape = ResultShape.of(rs.model(), rs.levels(), card);
            if (shape == null) {
                return null;
            }
            plan.resultShape(shape);
        }
        return shape.hasLevels(rs.levels()) && shape.fits(card) ? shape : null;
    }

    /**
     * The result of a filled sheet, its score tree made by walking the rule set's structure and its scores by
     * looking them up in the tree: what {@link #assemble} gives, worked out without a shape (and the reference a
     * test compares it with).
     */
    static Result assembleByLookup(CompiledRuleSet rs, ScoreSheet card, Assessment assessment) {
        List<String> missing = new ArrayList<>();
        ScoreSheet.Rounding rounding = card.rounding();
        if (rounding == null) {
            throw noRounding(rs);
        }
        Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        for (ScoredIndicator i : card.indicators().values()) {
            indicators.put(i.getId(), round(i.getScore(), rounding, "indicator ", i.getId(), missing));
        }
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        for (ScoredAreaPart p : card.areaParts().values()) {
            parts.put(p.getId(), round(p.getScore(), rounding, "area part ", p.getId(), missing));
        }
        Map<String, BigDecimal> areas = new LinkedHashMap<>();
        for (ScoredArea a : card.areas().values()) {
            areas.put(a.getCode(), round(a.getScore(), rounding, "area ", a.getCode(), missing));
        }
        Map<String, BigDecimal> levels = new HashMap<>();
        for (String l : rs.levels()) {
            levels.put(l, round(card.scoreOrNull(l), rounding, "", l, missing));
        }
        Explained explained = explained(rs, card, rounding, missing);
        ScoreTree tree = ScoreTrees.of(rs.model(), card, levels, parts, indicators, areas);
        return result(rs, card, assessment, Scores.of(tree), explained, tree);
    }

    /** The items' explanations and the checks of a sheet. */
    private record Explained(List<ItemScore> items, List<Check> checks) {
    }

    /**
     * The items' explanations and the checks, after the scores were rounded (what is missing of those already in
     * {@code missing}).
     *
     * @throws EvaluationException listing everything missing, if anything is
     */
    private static Explained explained(CompiledRuleSet rs, ScoreSheet card, ScoreSheet.Rounding rounding,
                                       List<String> missing) {
        List<ItemScore> items = items(card, rounding, missing);
        List<Check> checks = checks(card, rounding, rs.plan().checkPlaces());
        if (checks.isEmpty()) {
            missing.add("no threshold rule made any check for target " + card.card().getTarget());
        }
        if (!missing.isEmpty()) {
            throw incomplete(rs, missing);
        }
        return new Explained(items, checks);
    }

    private static Result result(CompiledRuleSet rs, ScoreSheet card, Assessment assessment, Scores scores,
                                 Explained explained, ScoreTree tree) {
        boolean eligible = true;
        for (Check c : explained.checks()) {
            eligible &= c.passed();
        }
        Verdict verdict = new Verdict(assessment.target(), eligible, explained.checks());
        return new Result(rs.info(), assessment.unit(), assessment.year(), scores, verdict,
                warnings(card, rs.plan().layout() != null ? rs.plan().layout()
                : ScorecardLayout.of(rs.instrument())), explained.items(), tree);
    }

    /**
     * The explanation of every item's points, in LKE order; what is missing added to {@code missing}. (A per-rule-set
     * cache of rounded values and points was measured twice and costs the varied batch 6-9 %: docs/performance.md.)
     */
    private static List<ItemScore> items(ScoreSheet card, ScoreSheet.Rounding rounding, List<String> missing) {
        List<ScoredItem> scored = card.items();
        ItemScore[] items = new ItemScore[scored.size()];
        int n = 0;
        // The items of one indicator mostly share their value (the table's, one object) and points: a number is
        // rounded again only when it is another object than the last item's.
        Exact lastValue = null;
        BigDecimal lastValueRounded = null;
        Exact lastPoints = null;
        BigDecimal lastPointsRounded = null;
        for (int k = 0; k < items.length; k++) {
            ScoredItem it = scored.get(k);
            Exact v = it.getValue();
            if (v == null) {
                missing.add("no answer-value rule gives a value to item " + it.getId() + " (" + it.getAnswerType()
                        + ", answer " + (ScoreSheet.rawAnswer(it) == null ? "none" : ScoreSheet.rawAnswer(it).display()) + ")");
                continue;
            }
            Exact p = it.getPoints();
            if (p == null) {
                missing.add("no aggregation rule gives points to item " + it.getId() + " ($butir.setPoints(…))");
                continue;
            }
            if (v != lastValue) {
                lastValue = v;
                lastValueRounded = v.round(VALUE_SCALE, RoundingMode.HALF_UP);
            }
            if (p != lastPoints) {
                lastPoints = p;
                lastPointsRounded = p.round(rounding.scale(), rounding.mode());
            }
            items[n++] = new ItemScore(ScoreSheet.item(it).id(), ScoreSheet.rawAnswer(it), lastValueRounded,
                    v.toString(), lastPointsRounded, ScoreSheet.valueRule(it).name());
        }
        // Result's constructor keeps an immutable list of the JDK's as it is: this is the one copy of the array.
        return n == items.length ? List.of(items) : List.of(Arrays.copyOf(items, n));
    }

    /** The refusal of a sheet whose rules declare no rounding. */
    static EvaluationException noRounding(CompiledRuleSet rs) {
        return incomplete(rs, List.of("no rule declares how scores are reported (reporting(2, \"HALF_UP\"))"));
    }

    private static EvaluationException incomplete(CompiledRuleSet rs, List<String> missing) {
        return new EvaluationException("rule set " + rs.info().id() + " left the evaluation incomplete (aturan tidak "
                + "lengkap): " + String.join("; ", missing), null, rs.info().id(), null);
    }

    private static BigDecimal round(Exact e, ScoreSheet.Rounding r, String kind, String id, List<String> missing) {
        if (e == null) {
            missing.add("no aggregation rule gives a score to " + kind + id);
            return BigDecimal.ZERO;
        }
        return e.round(r.scale(), r.mode());
    }

    /**
     * The checks in report order: the order the structure declares them in, then the others (AGENCY.*) in
     * alphabetical order.
     */
    private static List<Check> checks(ScoreSheet card, ScoreSheet.Rounding r, Map<String, Integer> places) {
        Check[] out = new Check[card.checkCount()];
        int[] place = new int[out.length];
        int[] n = {0};
        boolean reported = card.comparesReported();
        card.forEachCheck((id, d, rule) -> {
            Check c;
            if (d.required() != null) {
                BigDecimal req = d.required().round(r.scale(), r.mode());
                BigDecimal act = d.actual().round(r.scale(), r.mode());
                boolean passed = reported ? act.compareTo(req) >= 0 : d.actual().compareTo(d.required()) >= 0;
                c = new ScoreCheck(id, req, passed ? act : shown(d.actual(), act, req, r), passed,
                        passed ? null : shortfall(req, act, r), rule.name());
            } else {
                c = new GradeCheck(id, d.requiredLabel(), d.actualLabel(), d.gradePassed(), rule.name());
            }
            // Each check's report place looked up once; a stable insertion sort by place, then id (a few checks).
            int p = places.getOrDefault(id, places.size());
            int j = n[0] - 1;
            while (j >= 0 && (place[j] > p || place[j] == p && out[j].id().compareTo(id) > 0)) {
                out[j + 1] = out[j];
                place[j + 1] = place[j];
                j--;
            }
            out[j + 1] = c;
            place[j + 1] = p;
            n[0]++;
        });
        return List.of(out);
    }

    /**
     * The actual value a failed check shows: the reported one, unless it reads as reaching the minimum (an exact
     * 74.995 reports 75.00 against 75): then the exact value, cut to the fewest decimals that show it is below.
     */
    private static BigDecimal shown(Exact exact, BigDecimal reported, BigDecimal required, ScoreSheet.Rounding r) {
        if (reported.compareTo(required) < 0) {
            return reported;
        }
        for (int scale = r.scale() + 1; scale < r.scale() + SHOWN_EXTRA_DECIMALS; scale++) {
            BigDecimal cut = exact.round(scale, RoundingMode.DOWN);
            if (cut.compareTo(required) < 0) {
                return cut;
            }
        }
        return required.subtract(BigDecimal.ONE.movePointLeft(r.scale() + SHOWN_EXTRA_DECIMALS));
    }

    /** Minimum minus reported value, and never less than one unit of the last reported decimal (0.01). */
    private static BigDecimal shortfall(BigDecimal required, BigDecimal reported, ScoreSheet.Rounding r) {
        BigDecimal least = BigDecimal.ONE.movePointLeft(r.scale());
        BigDecimal gap = required.subtract(reported);
        return gap.compareTo(least) < 0 ? least : gap;
    }

    /** The rules' warnings in LKE order of their items, then by code and message; each item's place looked up once. */
    private static List<Problem> warnings(ScoreSheet card, ScorecardLayout layout) {
        List<ScoreSheet.RuleWarning> ws = card.warnings();
        if (ws.isEmpty()) {
            return List.of();
        }
        record Placed(int place, ScoreSheet.RuleWarning warning) {
        }
        List<Placed> placed = new ArrayList<>(ws.size());
        for (ScoreSheet.RuleWarning w : ws) {
            placed.add(new Placed(layout.itemIndex(w.location()), w));
        }
        // The English text is put together only to order two warnings of one code on one item.
        placed.sort(Comparator.comparingInt(Placed::place).thenComparing(p -> p.warning().code())
                .thenComparing(p -> p.warning().message().text(Locale.ENGLISH)));
        List<Problem> out = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            ScoreSheet.RuleWarning w = p.warning();
            out.add(Problem.warning(w.code(), w.location(), w.message()));
        }
        return out;
    }
}
