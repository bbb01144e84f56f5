package io.github.zirules.benchmarks;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.rules.Exact;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The lower bound of the benchmarks: the same scores, checks and item explanations as the engine, computed in plain
 * Java with no rules engine, from a copy of {@code lke-zi-2021-items.csv} and {@code reference-policy.properties}.
 * Exact, with the engine's public fraction type {@link Exact} (fractions until reporting, half-up to 2 decimals):
 * the same arithmetic, so the difference measured is the rules engine. A benchmark baseline, never used by the library.
 */
public final class ReferenceScorer {

    private static final List<String> SCORE_CHECKS = List.of("TOTAL", "PENGUNGKIT", "BBA", "IPAK", "KINERJA", "IPKP");

    private final List<RefItem> items = new ArrayList<>();
    private final List<RefIndicator> indicators = new ArrayList<>();
    private final Map<String, Exact> partWeights = new LinkedHashMap<>();
    private final Map<String, Exact> areaWeights = new LinkedHashMap<>();
    private final Map<String, Map<String, Exact>> values = new HashMap<>();
    private final Properties policy = new Properties();
    private final Map<String, Exact> thresholds = new HashMap<>();

    private record RefItem(ItemId id, String type, RefIndicator indicator) {
    }

    private record RefIndicator(String id, String section, String area, Exact weight, int itemCount) {
        String part() {
            return section + "." + area;
        }
    }

    /** A check as the reference decides it, as reported (2 decimals) or as grades. */
    public record RefCheck(String id, BigDecimal required, BigDecimal actual, String requiredGrade,
                           String actualGrade, boolean passed) {
    }

    /** One item's explanation: value to 4 decimals, exact value, points to 2 decimals. */
    public record RefItemScore(ItemId item, BigDecimal value, String exactValue, BigDecimal points) {
    }

    /** Everything the reference computes for one assessment. */
    public record Report(Map<String, BigDecimal> levels, Map<String, BigDecimal> areas,
                         Map<String, BigDecimal> areaParts, Map<String, BigDecimal> indicators,
                         List<RefCheck> checks, boolean eligible, List<RefItemScore> items, List<String> warnings) {
    }

    /** Reads the CSV and the policy file from the class path. */
    public ReferenceScorer() {
        try (InputStream csv = resource("/lke-zi-2021-items.csv");
             InputStream pol = resource("/reference-policy.properties")) {
            policy.load(new InputStreamReader(pol, StandardCharsets.UTF_8));
            BufferedReader r = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
            r.readLine();
            Map<String, RefIndicator> byId = new LinkedHashMap<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                String section = f[1];
                String indicatorId = section.equals("HAS") ? "HAS." + f[3] : section + "." + f[2] + "." + f[3];
                RefIndicator ind = byId.computeIfAbsent(indicatorId, k -> new RefIndicator(k, section, f[2],
                        Exact.of(f[5]), Integer.parseInt(f[6])));
                items.add(new RefItem(ItemId.of(f[0]), f[7], ind));
            }
            indicators.addAll(byId.values());
            for (RefIndicator i : indicators) {
                if (!i.section.equals("HAS")) {
                    partWeights.merge(i.part(), i.weight, Exact::plus);
                    areaWeights.merge(i.area, i.weight, Exact::plus);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String t : List.of("WBK", "WBBM")) {
            for (String id : List.of("TOTAL", "PENGUNGKIT", "BBA", "IPAK", "KINERJA", "IPKP", "AREA_SHARE")) {
                thresholds.put(t + "." + id, Exact.of(policy.getProperty(t + "." + id)));
            }
            Exact share = thresholds.get(t + ".AREA_SHARE");
            areaWeights.forEach((area, w) -> thresholds.put(t + ".AREA." + area, w.times(share)));
        }
        for (String type : List.of("YT", "ABC", "ABCD", "ABCDE")) {
            Map<String, Exact> m = new HashMap<>();
            for (String pair : policy.getProperty("value." + type).split(",")) {
                String[] kv = pair.split(":");
                m.put(kv[0].strip(), Exact.of(kv[1]));
            }
            values.put(type, m);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ReferenceScorer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    /** Scores {@code a} (assumed valid for the 90/2021 instrument). */
    public Report score(Assessment a) {
        List<String> warnings = new ArrayList<>();
        Map<RefIndicator, Exact> sums = new HashMap<>();
        List<Exact> itemValues = new ArrayList<>(items.size());
        for (RefItem it : items) {
            Answer answer = a.answers().get(it.id);
            Exact v = value(it, answer, warnings);
            if (answer instanceof Answer.Choice c && a.evidenceFor(it.id).isEmpty()
                    && (c.label().strip().equalsIgnoreCase("Ya") || c.label().strip().equalsIgnoreCase("A"))) {
                warnings.add("TANPA_DATA_DUKUNG " + it.id);
            }
            if (answer instanceof Answer.Ratio r && r.denominator() > 0 && r.numerator() > r.denominator()) {
                warnings.add("RASIO_LEBIH_100 " + it.id);
            }
            itemValues.add(v);
            sums.merge(it.indicator, v, Exact::plus);
        }
        Map<String, BigDecimal> indicatorOut = new LinkedHashMap<>();
        Map<String, Exact> indicatorScore = new HashMap<>();
        Map<String, Exact> parts = new LinkedHashMap<>();
        Map<String, Exact> areas = new LinkedHashMap<>();
        Exact pem = Exact.ZERO;
        Exact ref = Exact.ZERO;
        for (RefIndicator i : indicators) {
            Exact s = sums.get(i).dividedBy(i.itemCount).times(i.weight);
            indicatorScore.put(i.id, s);
            indicatorOut.put(i.id, s.round(2, RoundingMode.HALF_UP));
            if (!i.section.equals("HAS")) {
                parts.merge(i.part(), s, Exact::plus);
                areas.merge(i.area, s, Exact::plus);
                if (i.section.equals("PEM")) {
                    pem = pem.plus(s);
                } else {
                    ref = ref.plus(s);
                }
            }
        }
        Map<String, Exact> levels = new LinkedHashMap<>();
        levels.put("PEMENUHAN", pem);
        levels.put("REFORM", ref);
        levels.put("PENGUNGKIT", pem.plus(ref));
        levels.put("IPAK", indicatorScore.get("HAS.IPAK"));
        levels.put("KINERJA", indicatorScore.get("HAS.KINERJA"));
        levels.put("BBA", levels.get("IPAK").plus(levels.get("KINERJA")));
        levels.put("IPKP", indicatorScore.get("HAS.IPKP"));
        levels.put("HASIL", levels.get("BBA").plus(levels.get("IPKP")));
        levels.put("TOTAL", levels.get("PENGUNGKIT").plus(levels.get("HASIL")));
        List<RefCheck> checks = checks(a, levels, areas);
        List<RefItemScore> explained = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            RefItem it = items.get(k);
            Exact v = itemValues.get(k);
            explained.add(new RefItemScore(it.id, v.round(4, RoundingMode.HALF_UP), v.toString(),
                    v.times(it.indicator.weight).dividedBy(it.indicator.itemCount).round(2, RoundingMode.HALF_UP)));
        }
        return new Report(rounded(levels), rounded(areas), rounded(parts), indicatorOut, checks,
                checks.stream().allMatch(RefCheck::passed), explained, warnings);
    }

    private Exact value(RefItem it, Answer answer, List<String> warnings) {
        if (answer == null) {
            warnings.add("TIDAK_DIJAWAB " + it.id);
            return Exact.ZERO;
        }
        if (answer instanceof Answer.Choice c) {
            return values.get(it.type).get(c.canonical(io.github.zirules.api.AnswerType.valueOf(it.type))
                    .orElseThrow());
        } else if (answer instanceof Answer.Ratio r) {
            if (r.denominator() == 0) {
                warnings.add("PENYEBUT_NOL " + it.id);
                return Exact.ONE;
            }
            return clamp01(Exact.ratio(r.numerator(), r.denominator()));
        } else if (answer instanceof Answer.Decrease d) {
            if (d.lastYear() == 0) {
                warnings.add("PENYEBUT_NOL " + it.id);
                return d.thisYear() == 0 ? Exact.ONE : Exact.ZERO;
            }
            return clamp01(Exact.ratio(d.lastYear() - d.thisYear(), d.lastYear()));
        }
        return Exact.of(((Answer.Index) answer).value()).dividedBy(4);
    }

    /** A share kept within [0, 1]: more than the whole counts as the whole, less than nothing as nothing. */
    private static Exact clamp01(Exact v) {
        return v.atLeast(Exact.ZERO).atMost(Exact.ONE);
    }

    private List<RefCheck> checks(Assessment a, Map<String, Exact> levels, Map<String, Exact> areas) {
        String t = a.target().name();
        List<RefCheck> out = new ArrayList<>();
        for (String id : SCORE_CHECKS) {
            out.add(minimum(id, levels.get(id), thresholds.get(t + "." + id)));
        }
        areas.forEach((area, score) -> out.add(minimum("AREA." + area, score, thresholds.get(t + ".AREA." + area))));
        if (a.target() == Predikat.WBBM) {
            out.add(grade("HOLDS_WBK", a.currentPredicate().name(), "WBK", "WBBM > WBK > NONE"));
        }
        AgencyFacts f = a.agency();
        String grades = policy.getProperty("scale.GRADE");
        if (f.bpkOpinion() != null) {
            out.add(grade("AGENCY.BPK", f.bpkOpinion(), policy.getProperty(t + ".AGENCY.BPK"),
                    policy.getProperty("scale.BPK")));
        }
        if (f.akip() != null) {
            out.add(grade("AGENCY.AKIP", f.akip(), policy.getProperty(t + ".AGENCY.AKIP"), grades));
        }
        if (f.indeksRb() != null && f.kind() != null) {
            out.add(grade("AGENCY.INDEKS_RB", f.indeksRb(), policy.getProperty(t + ".AGENCY.INDEKS_RB." + f.kind()),
                    grades));
        }
        return out;
    }

    /**
     * A minimum checked on the exact values (domain README §4, as the official workbooks do); a failed actual that
     * reports as the minimum (an exact 5.999 against 6.00) is shown cut to the fewest decimals that show it below.
     */
    private static RefCheck minimum(String id, Exact actual, Exact required) {
        BigDecimal act = actual.round(2, RoundingMode.HALF_UP);
        BigDecimal req = required.round(2, RoundingMode.HALF_UP);
        boolean passed = actual.compareTo(required) >= 0;
        for (int scale = 3; !passed && act.compareTo(req) >= 0; scale++) {
            act = actual.round(scale, RoundingMode.DOWN);
        }
        return new RefCheck(id, req, act, null, null, passed);
    }

    private static RefCheck grade(String id, String actual, String required, String scale) {
        List<String> order = List.of(scale.split("\\s*>\\s*"));
        int have = order.indexOf(actual);
        return new RefCheck(id, null, null, required, actual, have >= 0 && have <= order.indexOf(required));
    }

    private static Map<String, BigDecimal> rounded(Map<String, Exact> m) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.round(2, RoundingMode.HALF_UP)));
        return out;
    }
}
