package io.github.zirules.testkit;

import io.github.zirules.api.Check;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Scores;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every reported number of a result under one flat key, so that invariants can compare and name them: {@code total},
 * {@code pengungkit}, {@code pemenuhan}, {@code reform}, {@code hasil}, {@code BBA}, {@code IPAK}, {@code KINERJA},
 * {@code IPKP}, {@code areas.MP}, {@code areaParts.PEM.MP}, {@code indicators.PEM.MP.1} (the keys of
 * {@link RuleSetUnderTest#maxima}), and, in {@link #withItems}, {@code items.PEM.MP.1.a} for each item's value.
 */
final class ScoreTable {

    static final String ITEMS = "items.";

    private ScoreTable() {
    }

    /** The scores of {@code r} by key, upper levels first, in report order. */
    static Map<String, BigDecimal> scores(Result r) {
        Scores s = r.scores();
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("total", s.total());
        m.put("pengungkit", s.pengungkit());
        m.put("pemenuhan", s.pemenuhan());
        m.put("reform", s.reform());
        m.put("hasil", s.hasil());
        m.put("BBA", s.bba());
        m.put("IPAK", s.ipak());
        m.put("KINERJA", s.kinerja());
        m.put("IPKP", s.ipkp());
        s.areas().forEach((k, v) -> m.put("areas." + k, v));
        s.areaParts().forEach((k, v) -> m.put("areaParts." + k, v));
        s.indicators().forEach((k, v) -> m.put("indicators." + k, v));
        return m;
    }

    /** {@link #scores} and then the value of every item, under {@code items.<id>}. */
    static Map<String, BigDecimal> withItems(Result r) {
        Map<String, BigDecimal> m = scores(r);
        for (ItemScore i : r.items()) {
            m.put(ITEMS + i.item().value(), i.value());
        }
        return m;
    }

    /** The score key a score check compares, e.g. {@code areas.MP} for {@code AREA.MP}; null for an unknown id. */
    static @Nullable String keyOfCheck(String checkId) {
        if (checkId.startsWith("AREA.")) {
            return "areas." + checkId.substring("AREA.".length());
        }
        return switch (checkId) {
            case "TOTAL" -> "total";
            case "PENGUNGKIT" -> "pengungkit";
            case "BBA", "IPAK", "KINERJA", "IPKP" -> checkId;
            default -> null;
        };
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
