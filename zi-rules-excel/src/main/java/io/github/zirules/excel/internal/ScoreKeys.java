package io.github.zirules.excel.internal;

import io.github.zirules.api.Item;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Result;
import io.github.zirules.api.Scores;
import io.github.zirules.api.Section;
import java.math.BigDecimal;

/**
 * Names for the scores an LKE sheet shows in its score column, and their values in a {@link Result}: an item row
 * shows the item's value (0 to 1), a Hasil item its points, an indicator, area part or section its score.
 */
final class ScoreKeys {

    static final String TOTAL = "TOTAL";
    static final String PENGUNGKIT = "PENGUNGKIT";
    static final String PEMENUHAN = "PEMENUHAN";
    static final String REFORM = "REFORM";
    static final String HASIL = "HASIL";
    static final String INDICATOR = "indicator:";
    private static final String PART = "part:";
    private static final String ITEM = "item:";

    private ScoreKeys() {
    }

    static String indicator(Item next) {
        return INDICATOR + next.indicatorId();
    }

    static String areaPart(Item next) {
        return PART + next.section().code() + "." + next.area();
    }

    static String item(Item item) {
        return ITEM + (item.section() == Section.HASIL ? "points:" : "value:") + item.id();
    }

    /** The label of a key in messages. */
    static String label(String key) {
        return key.replace(ITEM + "points:", "").replace(ITEM + "value:", "").replace(INDICATOR, "")
                .replace(PART, "");
    }

    /** The rules' value for a key; null if the result has none. */
    static BigDecimal value(Result r, String key) {
        Scores s = r.scores();
        switch (key) {
            case TOTAL:
                return s.total();
            case PENGUNGKIT:
                return s.pengungkit();
            case PEMENUHAN:
                return s.pemenuhan();
            case REFORM:
                return s.reform();
            case HASIL:
                return s.hasil();
            default:
                break;
        }
        if (key.startsWith(INDICATOR)) {
            return s.indicators().get(key.substring(INDICATOR.length()));
        }
        if (key.startsWith(PART)) {
            return s.areaParts().get(key.substring(PART.length()));
        }
        boolean points = key.startsWith(ITEM + "points:");
        String id = key.substring(key.lastIndexOf(':') + 1);
        for (ItemScore is : r.items()) {
            if (is.item().value().equals(id)) {
                return points ? is.points() : is.value();
            }
        }
        return null;
    }
}
