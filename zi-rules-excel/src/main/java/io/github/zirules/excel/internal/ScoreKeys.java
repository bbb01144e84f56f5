package io.github.zirules.excel.internal;

import io.github.zirules.api.Item;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.ScoreNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names for the scores an LKE sheet shows in its score column, and their values in a {@link Result}: an item row
 * shows the item's value (0 to 1), a Hasil item its points, an indicator, area part or section its score.
 */
final class ScoreKeys {

    static final String TOTAL = "TOTAL";
    static final String PENGUNGKIT = "PENGUNGKIT";
    static final String HASIL = "HASIL";
    static final String INDICATOR = "indicator:";
    private static final String PART = "part:";
    private static final String ITEM = "item:";

    private ScoreKeys() {
    }

    /** The component that sums a section's area parts ({@code PEMENUHAN} for {@code PEM}); null if none does. */
    static String section(RuleSetModel model, String sectionCode) {
        return model.components().stream().filter(c -> c.basis() == RuleSetModel.Basis.SECTION
                && c.basisId().equals(sectionCode)).map(RuleSetModel.Component::id).findFirst().orElse(null);
    }

    static String indicator(Item next) {
        return INDICATOR + next.indicatorId();
    }

    static String areaPart(Item next) {
        return PART + next.section() + "." + next.area();
    }

    static String item(Item item) {
        return ITEM + (item.area() == null ? "points:" : "value:") + item.id();
    }

    /** The label of a key in messages. */
    static String label(String key) {
        return key.replace(ITEM + "points:", "").replace(ITEM + "value:", "").replace(INDICATOR, "")
                .replace(PART, "");
    }

    /** The rules' value for a key; null if the result has none. */
    static BigDecimal value(Result r, String key) {
        if (key.startsWith(ITEM)) {
            boolean points = key.startsWith(ITEM + "points:");
            String id = key.substring(key.lastIndexOf(':') + 1);
            for (ItemScore is : r.items()) {
                if (is.item().value().equals(id)) {
                    return points ? is.points() : is.value();
                }
            }
            return null;
        }
        String id = key.startsWith(INDICATOR) || key.startsWith(PART) ? key.substring(key.indexOf(':') + 1) : key;
        return r.scoreTree().node(id).map(ScoreNode::score).orElse(null);
    }

    /** Every indicator's score, by indicator id, in the tree's order. */
    static Map<String, BigDecimal> indicators(Result r) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        collect(r.scoreTree().root(), out);
        return out;
    }

    private static void collect(ScoreNode n, Map<String, BigDecimal> out) {
        if (n.kind() == ScoreNode.Kind.INDICATOR) {
            out.put(n.id(), n.score());
        }
        n.children().forEach(c -> collect(c, out));
    }
}
