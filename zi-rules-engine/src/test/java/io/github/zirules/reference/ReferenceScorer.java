package io.github.zirules.reference;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent oracle for the 90/2021 scores and verdict, written straight from the domain README (§3 answer
 * values, §4 scores and the rounding decision, §5 thresholds), for tests that compare the Drools engine against it.
 *
 * <p>It shares no code and no constants with the engine: weights come from the items CSV
 * ({@link ReferenceItems}), answer values and thresholds from {@link ReferencePolicy}, arithmetic is exact
 * ({@link Fraction}) until a score is reported, and every reported score is its own exact value rounded half-up to 2
 * decimals, never a sum of rounded parts. Thresholds are compared on the exact values (README §4).
 *
 * <pre>{@code
 * ReferenceResult expected = ReferenceScorer.standard().score(assessment);
 * assertEquals(expected.score("total"), engineResult.scores().total());
 * }</pre>
 *
 * <p>Scope: the scores and the score checks plus {@code HOLDS_WBK}; agency prerequisites ({@code AGENCY.*}) and
 * warnings are not modelled. Answers to items outside the CSV, or of the wrong kind, are refused with
 * {@link IllegalArgumentException}: validate first. Review answer sets are ignored (score one with
 * {@code assessment.withAnswers(assessment.reviews().get("TPI"))}). Thread-safe.
 */
public final class ReferenceScorer {

    private static final ReferenceScorer STANDARD = new ReferenceScorer(ReferenceItems.load());

    private final ReferenceItems items;

    /** A scorer using the weights of {@code items}. */
    public ReferenceScorer(ReferenceItems items) {
        this.items = items;
    }

    /** The scorer over the bundled {@code lke-zi-2021-items.csv}. */
    public static ReferenceScorer standard() {
        return STANDARD;
    }

    /** The items and weights it scores with. */
    public ReferenceItems items() {
        return items;
    }

    /** Every reported score, every check of {@code a.target()}, and eligibility. */
    public ReferenceResult score(Assessment a) {
        Map<String, Fraction> exact = exactScores(a);
        Map<String, BigDecimal> reported = new LinkedHashMap<>();
        exact.forEach((k, v) -> {
            if (!k.startsWith("HAS.")) {
                reported.put(k, v.roundHalfUp(2));
            }
        });
        List<ReferenceCheck> checks = checks(a, exact);
        return new ReferenceResult(reported, checks, checks.stream().allMatch(ReferenceCheck::passed));
    }

    /**
     * The exact, unrounded scores under the same keys as {@link ReferenceResult#scores()}, plus the Hasil
     * indicators {@code HAS.IPAK}, {@code HAS.KINERJA}, {@code HAS.IPKP}. For tests that must show where a rounding
     * boundary lies (e.g. a total of exactly 74.995).
     */
    public Map<String, Fraction> exactScores(Assessment a) {
        for (ItemId id : a.answers().keySet()) {
            if (items.row(id.value()).isEmpty()) {
                throw new IllegalArgumentException("item " + id + " is not in " + items.source());
            }
        }
        Map<String, Fraction> indicators = new LinkedHashMap<>();
        Map<String, Fraction> areaParts = new LinkedHashMap<>();
        Map<String, Fraction> areas = new LinkedHashMap<>();
        ReferencePolicy.areas().forEach(area -> areas.put(area, Fraction.ZERO));
        Fraction pemenuhan = Fraction.ZERO;
        Fraction reform = Fraction.ZERO;
        Map<String, Fraction> hasil = new LinkedHashMap<>();
        Fraction bba = Fraction.ZERO;
        Fraction ppp = Fraction.ZERO;

        for (List<ReferenceItems.Row> rows : items.indicators().values()) {
            ReferenceItems.Row first = rows.get(0);
            // indicator score = average of its item values x its weight (README §4, "sesuai formula Excel")
            Fraction sum = Fraction.ZERO;
            for (ReferenceItems.Row row : rows) {
                Answer answer = a.answers().get(ItemId.of(row.itemId()));
                sum = sum.plus(ReferencePolicy.value(row.answerType(), answer));
            }
            Fraction score = sum.dividedBy(rows.size()).times(first.weight());
            indicators.put(first.indicatorId(), score);
            switch (first.section()) {
                case "PEM", "REF" -> {
                    areaParts.merge(first.section() + "." + first.area(), score, Fraction::plus);
                    areas.merge(first.area(), score, Fraction::plus);
                    if ("PEM".equals(first.section())) {
                        pemenuhan = pemenuhan.plus(score);
                    } else {
                        reform = reform.plus(score);
                    }
                }
                case "HAS" -> {
                    hasil.put(first.indicator(), score);
                    if ("BBA".equals(first.area())) {
                        bba = bba.plus(score);
                    } else {
                        ppp = ppp.plus(score);
                    }
                }
                default -> throw new IllegalStateException("unknown section " + first.section());
            }
        }

        Fraction pengungkit = areas.values().stream().reduce(Fraction.ZERO, Fraction::plus);
        Fraction hasilTotal = bba.plus(ppp);
        Map<String, Fraction> out = new LinkedHashMap<>();
        out.put("total", pengungkit.plus(hasilTotal));
        out.put("pengungkit", pengungkit);
        out.put("pemenuhan", pemenuhan);
        out.put("reform", reform);
        out.put("hasil", hasilTotal);
        out.put("BBA", bba);
        out.put("IPAK", hasil.get("IPAK"));
        out.put("KINERJA", hasil.get("KINERJA"));
        out.put("IPKP", hasil.get("IPKP"));
        out.putAll(areas);
        out.putAll(areaParts);
        indicators.forEach((k, v) -> out.put(k, v));
        return out;
    }

    private static List<ReferenceCheck> checks(Assessment a, Map<String, Fraction> s) {
        ReferencePolicy.Thresholds t = ReferencePolicy.thresholds(a.target());
        List<ReferenceCheck> out = new ArrayList<>();
        out.add(ReferenceCheck.score("TOTAL", t.total(), s.get("total")));
        out.add(ReferenceCheck.score("PENGUNGKIT", t.pengungkit(), s.get("pengungkit")));
        ReferencePolicy.AREA_WEIGHTS.forEach((area, weight) -> out.add(ReferenceCheck.score("AREA." + area,
                t.areaShare().times(weight), s.get(area))));
        out.add(ReferenceCheck.score("BBA", t.bba(), s.get("BBA")));
        out.add(ReferenceCheck.score("IPAK", t.ipak(), s.get("IPAK")));
        out.add(ReferenceCheck.score("KINERJA", t.kinerja(), s.get("KINERJA")));
        out.add(ReferenceCheck.score("IPKP", t.ipkp(), s.get("IPKP")));
        if (t.requiresWbk()) {
            Predikat held = a.currentPredicate();
            out.add(new ReferenceCheck("HOLDS_WBK", null, null, "WBK", held.name(),
                    held == Predikat.WBK || held == Predikat.WBBM, null));
        }
        return out;
    }
}
