package io.github.zirules.engine.internal;

import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.Component;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.ScoredArea;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.ScoredItem;
import io.github.zirules.rules.internal.ScoreSheet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Invariants checked on every filled score sheet, before it becomes a result: every item value lies in [0, 1],
 * the indicator weights of each area part add up to the part's weight, every level scores between 0 and its
 * weight and equals the sum of its parts exactly, and every check named after a level compares that level's score. The load-time probes ({@link RuleSetVerifier}) check the same on a few probe assessments; a rule that
 * misbehaves only for some input (a trap waiting for a particular answer) passes them, and is stopped here instead
 * of producing a wrong result. Costs about 20 µs per evaluation on the 2-core build machine (some 4 % of an
 * evaluation; see docs/reliability.md).
 */
final class RunTimeChecks {

    /** How the check of an area's minimum begins: {@code AREA.MP}. */
    private static final String AREA = "AREA.";

    private RunTimeChecks() {
    }

    /**
     * Refuses a sheet that breaks an invariant.
     *
     * @throws EvaluationException naming every broken invariant and the rule behind it
     */
    static void verify(CompiledRuleSet rs, ScoreSheet card) {
        List<String> broken = new ArrayList<>();
        // Items mostly share their values (the answer table's): a value just found in range is not compared again.
        Exact inRange = null;
        List<ScoredItem> items = card.items();
        for (int k = 0; k < items.size(); k++) {
            ScoredItem it = items.get(k);
            Exact v = it.getValue();
            if (v == null || v == inRange) {
                continue;
            }
            if (v.signum() >= 0 && v.compareTo(Exact.ONE) <= 0) {
                inRange = v;
            } else {
                broken.add("rule " + ScoreSheet.valueRule(it) + " gave item " + it.getId() + " the value " + v
                        + ", outside 0 to 1");
            }
        }
        for (ScoredAreaPart p : card.areaParts().values()) {
            if (!p.hasWeight()) {
                continue;
            }
            ScoreSheet.Sum weights = ScoreSheet.newSum();
            for (ScoredIndicator i : p.getIndicators()) {
                if (ScoreSheet.weightRule(i) == null) {
                    weights = null;
                    break;
                }
                weights.add(i.getWeight());
            }
            if (weights != null && !weights.is(p.getWeight())) {
                Exact sum = weights.value();
                // The rules are named only when something is wrong: the check itself builds no text.
                Set<RuleRef> rules = new LinkedHashSet<>();
                rules.add(ScoreSheet.weightRule(p));
                p.getIndicators().forEach(i -> rules.add(ScoreSheet.weightRule(i)));
                broken.add("the indicator weights of " + p.getId() + " add up to " + sum + " but the part's weight "
                        + "is " + p.getWeight() + " (weight rules " + rules + ")");
            }
        }
        List<String> levels = rs.levels();
        for (int l = 0; l < levels.size(); l++) {
            Exact w = card.levelWeightAt(l);
            Exact s = card.scoreAt(l);
            if (w != null && s != null && (s.signum() < 0 || s.compareTo(w) > 0)) {
                String level = levels.get(l);
                broken.add(level + " scores " + s + ", outside 0 to its weight " + w + " (weight rule "
                        + card.levelWeightRule(level) + ")");
            }
        }
        sums(rs.model(), levels, card, broken);
        ranges(card, broken);
        checksCompareTheirLevel(rs.levels(), card, broken);
        if (!broken.isEmpty()) {
            throw new EvaluationException("rule set " + rs.info().id() + ": the rules broke an invariant for this "
                    + "assessment (aturan melanggar invarian untuk penilaian ini): " + String.join("; ", broken), null,
                    rs.info().id(), null);
        }
    }

    /**
     * Every level equals the sum of its parts, exactly, as the rule set's structure declares them: an area part the
     * sum of its indicators, an area its parts, a section's component (Pemenuhan, Reform) its section's parts, an
     * indicator's component (IPAK) the indicator, any other component its child components (BBA = IPAK + KINERJA,
     * Hasil = BBA + PPP, the total Pengungkit + Hasil), and the areas together the section components together. A
     * level whose parts the rule set does not score is left out.
     */
    private static void sums(RuleSetModel model, List<String> levels, ScoreSheet card, List<String> broken) {
        // The sums are kept over a common denominator (ScoreSheet.Sum) and compared by cross products: the same
        // verdicts as adding with plus and comparing in lowest terms, which is done only to name a broken sum.
        for (ScoredAreaPart p : card.areaParts().values()) {
            Exact score = p.getScore();
            if (score == null) {
                continue;
            }
            ScoreSheet.Sum parts = sumOrNull(p.getIndicators(), ScoredIndicator::getScore);
            if (parts != null && !parts.is(score)) {
                same("area part " + p.getId(), score, parts.value(), "the sum of its indicators", broken);
            }
        }
        ScoreSheet.Sum areas = ScoreSheet.newSum();
        for (ScoredArea a : card.areas().values()) {
            Exact score = a.getScore();
            ScoreSheet.Sum parts = score == null ? null : sumOrNull(a.getParts(), ScoredAreaPart::getScore);
            if (parts != null && !parts.is(score)) {
                same("area " + a.getCode(), score, parts.value(), "the sum of its parts", broken);
            }
            areas = score == null || areas == null ? null : areas.add(score);
        }
        ScoreSheet.Sum sections = ScoreSheet.newSum();
        List<Component> components = model.components();
        for (int k = 0; k < components.size(); k++) {
            Component c = components.get(k);
            Exact score = scoreOf(card, levels, k, c.id());
            switch (c.basis()) {
                case SECTION -> {
                    ScoreSheet.Sum parts = section(card, c.basisId());
                    if (score != null && parts != null && !parts.is(score)) {
                        same(c.id(), score, parts.value(), "the sum of the " + c.basisId() + " parts", broken);
                    }
                    sections = score == null || sections == null ? null : sections.add(score);
                }
                case INDICATOR -> {
                    ScoredIndicator i = card.indicators().get(c.basisId());
                    same(c.id(), score, i == null ? null : i.getScore(), c.basisId(), broken);
                }
                default -> {
                    if (score == null) {
                        continue;
                    }
                    ScoreSheet.Sum sum = ScoreSheet.newSum();
                    boolean parent = false;
                    for (int j = 0; j < components.size(); j++) {
                        Component child = components.get(j);
                        if (child.parent().equals(c.id())) {
                            Exact x = scoreOf(card, levels, j, child.id());
                            sum = x == null || sum == null ? null : sum.add(x);
                            parent = true;
                        }
                    }
                    if (parent && sum != null && !sum.is(score)) {
                        same(c.id(), score, sum.value(), String.join(" + ", model.children(c.id()).stream()
                                .map(Component::id).toList()), broken);
                    }
                }
            }
        }
        if (areas != null && sections != null && !areas.is(sections.value())) {
            broken.add("the areas add up to " + areas.value() + " but the section components to "
                    + sections.value());
        }
    }

    /**
     * The score of the component at {@code k} of the model, {@code id}: found by its position when it is the level at
     * {@code k} of the layout (the layout's levels are the model's components, in order), else by its name.
     */
    private static Exact scoreOf(ScoreSheet card, List<String> levels, int k, String id) {
        return k < levels.size() && levels.get(k).equals(id) ? card.scoreAt(k) : card.scoreOrNull(id);
    }

    /** The sum of the scores of {@code of}; null if one has none. */
    private static <T> ScoreSheet.Sum sumOrNull(List<T> of, Function<T, Exact> score) {
        ScoreSheet.Sum sum = ScoreSheet.newSum();
        for (int k = 0; k < of.size(); k++) {
            Exact s = score.apply(of.get(k));
            if (s == null) {
                return null;
            }
            sum.add(s);
        }
        return sum;
    }

    /** The sum of a section's area part scores; null if one has none, or if the section has no parts. */
    private static ScoreSheet.Sum section(ScoreSheet card, String section) {
        ScoreSheet.Sum sum = null;
        for (ScoredAreaPart p : card.areaParts().values()) {
            if (p.getSection().equals(section)) {
                Exact s = p.getScore();
                if (s == null) {
                    return null;
                }
                sum = (sum == null ? ScoreSheet.newSum() : sum).add(s);
            }
        }
        return sum;
    }

    private static void same(String what, Exact reported, Exact parts, String partsName, List<String> broken) {
        if (reported != null && parts != null && !reported.equals(parts)) {
            broken.add(what + " is reported as " + reported + " but " + partsName + " is " + parts);
        }
    }

    /** Every indicator, area part and area scores between 0 and its weight. */
    private static void ranges(ScoreSheet card, List<String> broken) {
        for (ScoredIndicator i : card.indicators().values()) {
            if (ScoreSheet.weightRule(i) != null) {
                within("indicator ", i.getId(), i.getScore(), i.getWeight(), broken);
            }
        }
        for (ScoredAreaPart p : card.areaParts().values()) {
            if (p.hasWeight()) {
                within("area part ", p.getId(), p.getScore(), p.getWeight(), broken);
            }
        }
    }

    private static void within(String kind, String id, Exact score, Exact weight, List<String> broken) {
        if (score != null && (score.signum() < 0 || score.compareTo(weight) > 0)) {
            broken.add(kind + id + " scores " + score + ", outside 0 to its weight " + weight);
        }
    }

    /** The area a check such as {@code AREA.MP} is named after; null if none. No text is made to find it. */
    private static ScoredArea area(ScoreSheet card, String checkId) {
        int codeLength = checkId.length() - AREA.length();
        for (ScoredArea a : card.areas().values()) {
            String code = a.getCode();
            if (code.length() == codeLength && checkId.regionMatches(AREA.length(), code, 0, codeLength)) {
                return a;
            }
        }
        return null;
    }

    /**
     * A check named after a level ({@code TOTAL}, {@code IPKP} …) or an area ({@code AREA.MP}) compares that level's
     * score, not another number: a rule cannot check the total against a figure of its own making.
     */
    private static void checksCompareTheirLevel(List<String> levels, ScoreSheet card, List<String> broken) {
        card.forEachCheck((id, d, rule) -> {
            if (d.actual() == null) {
                return;
            }
            Exact level = null;
            int l = levels.indexOf(id);
            if (l >= 0) {
                level = card.scoreAt(l);
            } else if (id.startsWith(AREA)) {
                ScoredArea area = area(card, id);
                level = area == null ? null : area.getScore();
            }
            if (level != null && !level.equals(d.actual())) {
                broken.add("check " + id + " (rule " + rule + ") compares " + d.actual() + ", not the "
                        + "score of " + id + " (" + level + ")");
            }
        });
    }
}
