package io.github.zirules.testkit;

import io.github.zirules.api.Check;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.ScoreNode;
import io.github.zirules.api.ScoreTree;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every reported number of a result under one flat key, so that invariants can compare and name them: each component
 * of its score tree ({@code total}, {@code pengungkit}, {@code pemenuhan}, {@code reform}, {@code hasil}, {@code BBA},
 * {@code IPAK}, {@code KINERJA}, {@code PPP}, {@code IPKP} for 90/2021), {@code areas.MP}, {@code areaParts.PEM.MP}, {@code indicators.PEM.MP.1} (the keys of
 * {@link RuleSetUnderTest#maxima}), and, in {@link #withItems}, {@code items.PEM.MP.1.a} for each item's value.
 */
final class ScoreTable {

    static final String ITEMS = "items.";

    private ScoreTable() {
    }

    /**
     * The scores of {@code r} by key, walking its score tree ({@link Result#scoreTree()}): every component (root
     * first, each before its parts), then the areas, area parts and indicators.
     */
    static Map<String, BigDecimal> scores(Result r) {
        ScoreTree tree = r.scoreTree();
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        walk(tree.root(), m, parts, indicators);
        tree.areas().forEach((k, v) -> m.put("areas." + k, v));
        parts.forEach((k, v) -> m.put("areaParts." + k, v));
        indicators.forEach((k, v) -> m.put("indicators." + k, v));
        return m;
    }

    private static void walk(ScoreNode n, Map<String, BigDecimal> components, Map<String, BigDecimal> parts,
                             Map<String, BigDecimal> indicators) {
        switch (n.kind()) {
            case COMPONENT -> components.put(key(n), n.score());
            case AREA_PART -> parts.put(n.id(), n.score());
            case INDICATOR -> indicators.put(n.id(), n.score());
            default -> {
            }
        }
        for (ScoreNode c : n.children()) {
            walk(c, components, parts, indicators);
        }
    }

    /** The key of a score-tree node: {@link #componentKey} of a component, {@code areaParts.}, {@code indicators.}. */
    static String key(ScoreNode n) {
        return switch (n.kind()) {
            case COMPONENT -> componentKey(n.id());
            case AREA_PART -> "areaParts." + n.id();
            case INDICATOR -> "indicators." + n.id();
            default -> n.id();
        };
    }

    /**
     * The key of a score component: its id, except the lower-case names zi-report/1 gives the total and the 90/2021
     * components of the sections ({@code total}, {@code pengungkit}, {@code pemenuhan}, {@code reform},
     * {@code hasil}; its {@code scores} member names the others by their ids, {@code BBA}, {@code IPAK} …).
     */
    static String componentKey(String id) {
        return switch (id) {
            case "TOTAL", "PENGUNGKIT", "PEMENUHAN", "REFORM", "HASIL" -> id.toLowerCase(Locale.ROOT);
            default -> id;
        };
    }

    /** {@link #scores} and then the value of every item, under {@code items.<id>}. */
    static Map<String, BigDecimal> withItems(Result r) {
        Map<String, BigDecimal> m = scores(r);
        for (ItemScore i : r.items()) {
            m.put(ITEMS + i.item().value(), i.value());
        }
        return m;
    }

    /**
     * The score key a score check compares: {@code areas.MP} for {@code AREA.MP}, the {@link #componentKey} of a check
     * named after a component ({@code total} for {@code TOTAL}, {@code BBA}). A key no score has (a check that is not
     * a score's, {@code HOLDS_WBK}) is simply not found in the table.
     */
    static String keyOfCheck(String checkId) {
        return checkId.startsWith("AREA.") ? "areas." + checkId.substring("AREA.".length()) : componentKey(checkId);
    }

    /** A check as one line: {@code IPKP 13.78 / 14.00 failed (shortfall 0.22)}. */
    static String describe(Check c) {
        String outcome = c.passed() ? "passed" : "failed" + (c instanceof ScoreCheck s ? " (shortfall "
                + s.shortfall().toPlainString() + ")" : "");
        return c.id() + " " + c.actualText() + " / " + c.requiredText() + " " + outcome;
    }

    /** A number as text, or {@code -} for null. */
    static String text(@Nullable BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }
}
