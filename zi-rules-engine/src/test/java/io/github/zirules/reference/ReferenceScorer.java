package io.github.zirules.reference;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.rules.Exact;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * ({@link Exact}) until a score is reported, and every reported score is its own exact value rounded half-up to 2
 * decimals, never a sum of rounded parts. Thresholds are compared on the exact values (README §4).
 *
 * <pre>{@code
 * ReferenceResult expected = ReferenceScorer.standard().score(assessment);
 * assertEquals(expected.score("total"), engineResult.scores().total());
 * }</pre>
 *
 * <p>Scope: the scores, the score checks, {@code HOLDS_WBK}, the agency prerequisites ({@code AGENCY.*}, README §5,
 * checked when the fact is given), every item's points and the warnings. Answers to items outside the CSV, or of the
 * wrong kind, are refused with {@link IllegalArgumentException}: validate first. Review answer sets are ignored
 * (score one with {@code assessment.withAnswers(assessment.reviews().get("TPI"))}). Thread-safe.
 *
 * <p>It is also the benchmarks' baseline ({@code SingleEvaluationBenchmark.reference}): the same numbers in plain
 * Java with no rules engine. The engine's test jar carries this package for them ({@code zi-rules-engine},
 * classifier {@code tests}), so there is one reference scorer.
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
        Map<String, Exact> exact = exactScores(a);
        Map<String, BigDecimal> reported = new LinkedHashMap<>();
        exact.forEach((k, v) -> {
            if (!k.startsWith("HAS.")) {
                reported.put(k, v.round(2, RoundingMode.HALF_UP));
            }
        });
        List<ReferenceCheck> checks = checks(a, exact);
        List<ReferenceResult.ItemPoints> explained = new ArrayList<>(items.rows().size());
        List<ReferenceResult.Warning> warnings = new ArrayList<>();
        for (ReferenceItems.Row row : items.rows()) {
            ItemId id = ItemId.of(row.itemId());
            Exact v = ReferencePolicy.value(row.answerType(), a.answers().get(id));
            explained.add(new ReferenceResult.ItemPoints(row.itemId(), v.round(4, RoundingMode.HALF_UP), v.toString(),
                    v.times(row.weight()).dividedBy(row.itemsInIndicator()).round(2, RoundingMode.HALF_UP)));
            ReferencePolicy.warnings(a.answers().get(id), a.evidenceFor(id).isEmpty())
                    .forEach(code -> warnings.add(new ReferenceResult.Warning(code, row.itemId())));
        }
        if (a.agency().indeksRb() != null && a.agency().kind() == null) {
            // The Indeks RB minimum depends on the kind of agency: without it the prerequisite cannot be checked.
            warnings.add(new ReferenceResult.Warning("JENIS_INSTANSI_KOSONG", "$.agency.kind"));
        }
        return new ReferenceResult(reported, checks, checks.stream().allMatch(ReferenceCheck::passed), explained,
                warnings);
    }

    /**
     * The exact, unrounded scores under the same keys as {@link ReferenceResult#scores()}, plus the Hasil
     * indicators {@code HAS.IPAK}, {@code HAS.KINERJA}, {@code HAS.IPKP}. For tests that must show where a rounding
     * boundary lies (e.g. a total of exactly 74.995).
     */
    public Map<String, Exact> exactScores(Assessment a) {
        for (ItemId id : a.answers().keySet()) {
            if (items.row(id.value()).isEmpty()) {
                throw new IllegalArgumentException("item " + id + " is not in " + items.source());
            }
        }
        Map<String, Exact> indicators = new LinkedHashMap<>();
        Map<String, Exact> areaParts = new LinkedHashMap<>();
        Map<String, Exact> areas = new LinkedHashMap<>();
        ReferencePolicy.areas().forEach(area -> areas.put(area, Exact.ZERO));
        Exact pemenuhan = Exact.ZERO;
        Exact reform = Exact.ZERO;
        Map<String, Exact> hasil = new LinkedHashMap<>();
        Exact bba = Exact.ZERO;
        Exact ppp = Exact.ZERO;

        for (List<ReferenceItems.Row> rows : items.indicators().values()) {
            ReferenceItems.Row first = rows.get(0);
            // indicator score = average of its item values x its weight (README §4, "sesuai formula Excel")
            Exact sum = Exact.ZERO;
            for (ReferenceItems.Row row : rows) {
                Answer answer = a.answers().get(ItemId.of(row.itemId()));
                sum = sum.plus(ReferencePolicy.value(row.answerType(), answer));
            }
            Exact score = sum.dividedBy(rows.size()).times(first.weight());
            indicators.put(first.indicatorId(), score);
            switch (first.section()) {
                case "PEM", "REF" -> {
                    areaParts.merge(first.section() + "." + first.area(), score, Exact::plus);
                    areas.merge(first.area(), score, Exact::plus);
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

        Exact pengungkit = areas.values().stream().reduce(Exact.ZERO, Exact::plus);
        Exact hasilTotal = bba.plus(ppp);
        Map<String, Exact> out = new LinkedHashMap<>();
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

    private static List<ReferenceCheck> checks(Assessment a, Map<String, Exact> s) {
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
        // The agency prerequisites follow in id order (the report orders checks outside zi-report/1's list so).
        AgencyFacts f = a.agency();
        if (f.akip() != null) {
            out.add(ReferenceCheck.grade("AGENCY.AKIP", t.akip(), f.akip(), ReferencePolicy.GRADE_SCALE));
        }
        if (f.bpkOpinion() != null) {
            out.add(ReferenceCheck.grade("AGENCY.BPK", t.bpk(), f.bpkOpinion(), ReferencePolicy.BPK_SCALE));
        }
        if (f.indeksRb() != null && f.kind() != null) {
            out.add(ReferenceCheck.grade("AGENCY.INDEKS_RB", t.indeksRb(f.kind()), f.indeksRb(),
                    ReferencePolicy.GRADE_SCALE));
        }
        return out;
    }
}
