package io.github.zirules.testkit;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Indicator;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Message;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.ScoreNode;
import io.github.zirules.api.ScoreTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code consistency}: every reported level is, within rounding, the sum of its reported parts, and the verdict says
 * what its checks say.
 *
 * <p>Sums, along the score tree the rule set's structure declares: indicator = its items' points; area part = its
 * indicators; area = its parts; every component = its parts (for 90/2021: Pemenuhan and Reform = their area parts;
 * Pengungkit = Pemenuhan + Reform; IPAK, KINERJA, IPKP = their Hasil indicators; BBA = IPAK + KINERJA; PPP = IPKP;
 * Hasil = BBA + PPP; total = Pengungkit + Hasil); and the smallest component holding every area part (Pengungkit)
 * = the areas. The tolerance follows from the rounding
 * decision (each reported score is its exact value rounded to the last decimal, never a sum of rounded parts): with
 * {@code n} parts, a level may differ from the sum of its reported parts by at most half a unit of the last decimal
 * for each of the {@code n + 1} roundings, i.e. {@code floor((n + 1) / 2)} hundredths at 2 decimals: 0.01 for two
 * parts (area, Pengungkit, Hasil, total), 0.03 for six.
 *
 * <p>Checks, exactly: a score check passed if and only if {@code actual >= required}; a failed one's shortfall is
 * {@code required - actual} as reported and at least 0.01 (a failed actual that reports as its minimum, an exact
 * 74.995 against 75, is shown with more decimals), a passed one has none; a check's {@code actual} is the reported score it names
 * ({@code AREA.MP} the area MP, {@code TOTAL} the total …); {@code eligible} is true exactly when every check passed.
 */
final class ConsistencyInvariant extends CataloguedInvariant {

    ConsistencyInvariant() {
        super(Message.of("invariant.consistency"));
    }

    @Override
    public String name() {
        return "consistency";
    }

    @Override
    public Optional<Violation> check(RuleSetUnderTest rules, Assessment a) {
        Result r = rules.evaluate(a);
        Map<String, BigDecimal> s = ScoreTable.scores(r);
        Findings found = new Findings();
        sums(rules, r, s, found);
        checks(r, s, found);
        return found.violation(this, "hasil tidak konsisten", "inconsistent result", a, null);
    }

    private static void sums(RuleSetUnderTest rules, Result r, Map<String, BigDecimal> s, Findings found) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (ItemScore i : r.items()) {
            points.put(i.item().value(), i.points());
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        Map<String, List<String>> areas = new LinkedHashMap<>();
        for (Indicator ind : rules.instrument().indicators()) {
            List<String> items = ind.items().stream().map(id -> id.value()).toList();
            sum(found, "indicators." + ind.id(), s, items.stream().map(id -> "items." + id + ".points").toList(),
                    items.stream().map(points::get).toList());
            if (ind.area() != null) {
                String part = "areaParts." + ind.section() + "." + ind.area();
                parts.computeIfAbsent(part, k -> new ArrayList<>()).add("indicators." + ind.id());
                List<String> ofArea = areas.computeIfAbsent("areas." + ind.area(), k -> new ArrayList<>());
                if (!ofArea.contains(part)) {
                    ofArea.add(part);
                }
            }
        }
        parts.forEach((part, inds) -> sum(found, part, s, inds));
        areas.forEach((area, ps) -> sum(found, area, s, ps));
        ScoreTree tree = r.scoreTree();
        components(tree.root(), s, found);
        ScoreNode enablers = enablers(tree.root());
        if (enablers != null) {
            sum(found, ScoreTable.key(enablers), s, List.copyOf(areas.keySet()));
        }
    }

    /** Each component with parts is the sum of its parts, as the score tree holds them. */
    private static void components(ScoreNode n, Map<String, BigDecimal> s, Findings found) {
        if (n.kind() == ScoreNode.Kind.COMPONENT && !n.children().isEmpty()) {
            sum(found, ScoreTable.key(n), s, n.children().stream().map(ScoreTable::key).toList());
        }
        for (ScoreNode c : n.children()) {
            components(c, s, found);
        }
    }

    /**
     * The smallest component that holds every area part (Pengungkit in 90/2021), which the areas together must also
     * make; null if the tree has no area parts.
     */
    private static @Nullable ScoreNode enablers(ScoreNode n) {
        int all = parts(n);
        if (all == 0) {
            return null;
        }
        ScoreNode at = n;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (ScoreNode c : at.children()) {
                if (c.kind() == ScoreNode.Kind.COMPONENT && parts(c) == all) {
                    at = c;
                    deeper = true;
                    break;
                }
            }
        }
        return at;
    }

    private static int parts(ScoreNode n) {
        int count = n.kind() == ScoreNode.Kind.AREA_PART ? 1 : 0;
        for (ScoreNode c : n.children()) {
            count += parts(c);
        }
        return count;
    }

    private static void sum(Findings found, String level, Map<String, BigDecimal> s, List<String> parts) {
        sum(found, level, s, parts, parts.stream().map(s::get).toList());
    }

    private static void sum(Findings found, String level, Map<String, BigDecimal> s, List<String> names,
                            List<BigDecimal> values) {
        BigDecimal v = s.get(level);
        if (v == null || names.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        int scale = v.scale();
        for (BigDecimal x : values) {
            total = total.add(x);
            scale = Math.max(scale, x.scale());
        }
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf((names.size() + 1) / 2));
        if (v.subtract(total).abs().compareTo(tolerance) > 0) {
            found.add(level + " = " + v.toPlainString() + " ≠ " + String.join(" + ", shortNames(names, values))
                    + " = " + total.toPlainString() + " (± " + tolerance.toPlainString() + ")");
        }
    }

    private static List<String> shortNames(List<String> names, List<BigDecimal> values) {
        if (names.size() > 3) {
            return List.of("Σ(" + names.get(0) + " … " + names.get(names.size() - 1) + ")");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(names.get(i) + " " + values.get(i).toPlainString());
        }
        return out;
    }

    private static void checks(Result r, Map<String, BigDecimal> s, Findings found) {
        boolean all = true;
        for (Check check : r.verdict().checks()) {
            all &= check.passed();
            if (!(check instanceof ScoreCheck c)) {
                continue;
            }
            boolean atLeast = c.actual().compareTo(c.required()) >= 0;
            if (c.passed() != atLeast) {
                String cmp = c.actual().toPlainString() + (atLeast ? " ≥ " : " < ") + c.required().toPlainString();
                found.add("pemeriksaan " + c.id() + (c.passed() ? " lulus" : " gagal") + ", padahal " + cmp,
                        "check " + c.id() + (c.passed() ? " passed" : " failed") + ", but " + cmp);
            }
            // A failed check whose reported actual would read as its minimum shows more decimals (74.995 against 75);
            // its shortfall is the minimum minus the reported actual, never less than one unit of the last decimal.
            BigDecimal reported = c.actual().scale() > c.required().scale()
                    ? c.actual().setScale(c.required().scale(), java.math.RoundingMode.HALF_UP) : c.actual();
            BigDecimal least = BigDecimal.ONE.movePointLeft(c.required().scale());
            BigDecimal want = c.passed() ? null : c.required().subtract(reported).max(least);
            if (want == null ? c.shortfall() != null
                    : c.shortfall() == null || c.shortfall().compareTo(want) != 0) {
                found.add("kekurangan " + c.id() + " = " + ScoreTable.text(c.shortfall())
                        + ", padahal ambang − nilai = " + ScoreTable.text(want), "shortfall of " + c.id() + " = " + ScoreTable.text(c.shortfall())
                        + " but required − actual = " + ScoreTable.text(want));
            }
            String key = ScoreTable.keyOfCheck(c.id());
            BigDecimal score = s.get(key);
            if (score != null && score.compareTo(reported) != 0) {
                found.add("pemeriksaan " + c.id() + " membandingkan " + c.actual().toPlainString() + ", padahal "
                        + key + " = " + score.toPlainString(), "check " + c.id() + " compares "
                        + c.actual().toPlainString() + " but " + key + " = " + score.toPlainString());
            }
        }
        if (r.verdict().eligible() != all) {
            found.add("layak = " + r.verdict().eligible() + ", padahal " + (all ? "semua pemeriksaan lulus"
                    : "ada pemeriksaan gagal"), "eligible = " + r.verdict().eligible() + " but "
                    + (all ? "every check passed" : "a check failed"));
        }
    }
}
