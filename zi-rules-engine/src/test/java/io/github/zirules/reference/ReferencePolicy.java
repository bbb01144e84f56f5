package io.github.zirules.reference;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Predikat;
import io.github.zirules.rules.Exact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The numbers of the 90/2021 rules that are not in the items CSV, written out by hand from the domain README, for
 * the reference scorer only. The engine has its own copy in its DRL files; the two are deliberately not shared, so
 * that a typo in one is caught by the other.
 */
public final class ReferencePolicy {

    private ReferencePolicy() {
    }

    /** README §3: the value of each choice label, per answer type. ABCD uses the sheets' literals 0.67 / 0.33. */
    static final Map<String, Map<String, Exact>> CHOICE_VALUES = Map.of(
            "YT", ordered("Ya", "1", "Tidak", "0"),
            "ABC", ordered("A", "1", "B", "0.5", "C", "0"),
            "ABCD", ordered("A", "1", "B", "0.67", "C", "0.33", "D", "0"),
            "ABCDE", ordered("A", "1", "B", "0.75", "C", "0.5", "D", "0.25", "E", "0"));

    /** README §2: each area's weight (Pemenuhan part + Reform part), in LKE order. */
    public static final Map<String, Exact> AREA_WEIGHTS = ordered(
            "MP", "8", "TT", "7", "SDM", "10", "AK", "10", "PW", "15", "PP", "10");

    /** README §2: the Hasil components' weights. */
    public static final Map<String, Exact> HASIL_WEIGHTS = ordered("IPAK", "17.5", "KINERJA", "5", "IPKP", "17.5");

    /**
     * README §5: the minimum scores of one predicate.
     *
     * @param total the least total
     * @param pengungkit the least Pengungkit
     * @param areaShare each area's least score as a share of its weight
     * @param bba the least BBA
     * @param ipak the least IPAK points
     * @param kinerja the least KINERJA points
     * @param ipkp the least IPKP points
     * @param requiresWbk whether the unit must already hold Menuju WBK
     * @param bpk the least BPK audit opinion, when the agency's is given
     * @param akip the least SAKIP/AKIP rating, when given
     * @param indeksRbRegional the least Indeks RB of a regional government, when given
     * @param indeksRbMinistry the least Indeks RB of a ministry, when given
     */
    public record Thresholds(Exact total, Exact pengungkit, Exact areaShare, Exact bba, Exact ipak,
                             Exact kinerja, Exact ipkp, boolean requiresWbk, String bpk, String akip,
                             String indeksRbRegional, String indeksRbMinistry) {

        /** The least Indeks RB for an agency of this kind ({@code REGIONAL} or {@code MINISTRY}). */
        public String indeksRb(String kind) {
            return "MINISTRY".equals(kind) ? indeksRbMinistry : indeksRbRegional;
        }
    }

    /** README §5, agency prerequisites: the BPK audit opinions, best first. */
    public static final List<String> BPK_SCALE = List.of("WTP", "WDP", "TW", "TMP");
    /** README §5, agency prerequisites: the SAKIP/AKIP and Indeks RB grades, best first. */
    public static final List<String> GRADE_SCALE = List.of("AA", "A", "BB", "B", "CC", "C", "D");

    /** README §5, Menuju WBK. */
    public static final Thresholds WBK = new Thresholds(Exact.of("75"), Exact.of("40"),
            Exact.of("0.60"), Exact.of("18.25"), Exact.of("15.75"), Exact.of("2.50"),
            Exact.of("14.00"), false, "WTP", "B", "CC", "B");

    /** README §5, Menuju WBBM (BBA 19.50 and KINERJA 3.75: the two-of-three reading, as the project decided). */
    public static final Thresholds WBBM = new Thresholds(Exact.of("85"), Exact.of("48"),
            Exact.of("0.75"), Exact.of("19.50"), Exact.of("15.75"), Exact.of("3.75"),
            Exact.of("15.75"), true, "WTP", "BB", "B", "BB");

    /** The thresholds of a target predicate. */
    public static Thresholds thresholds(Predikat target) {
        return switch (target) {
            case WBK -> WBK;
            case WBBM -> WBBM;
            case NONE -> throw new IllegalArgumentException("target must be WBK or WBBM but was NONE");
        };
    }

    /**
     * README §3: the exact value, in [0, 1], of {@code answer} to an item of {@code type}; null (unanswered) is 0.
     *
     * @throws IllegalArgumentException if the answer does not fit the type (the oracle scores valid input only)
     */
    static Exact value(String type, Answer answer) {
        if (answer == null) {
            return Exact.ZERO;
        }
        Map<String, Exact> labels = CHOICE_VALUES.get(type);
        if (labels != null && answer instanceof Answer.Choice c) {
            String want = c.label().strip().toLowerCase(Locale.ROOT);
            return labels.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(want))
                    .map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> misfit(type, answer));
        }
        if ("PCT".equals(type) && answer instanceof Answer.Ratio r) {
            // numerator / denominator, capped at 1, floored at 0; a zero denominator gets full marks (nothing owed).
            return r.denominator() == 0 ? Exact.ONE : clamp(Exact.ratio(r.numerator(), r.denominator()));
        }
        if ("DEC".equals(type) && answer instanceof Answer.Decrease d) {
            // (last year - this year) / last year, floored at 0, capped at 1. Zero last year: README §3 lets the rule
            // set decide per item; 90/2021's decision for its only DEC item (zero-denominators.drl) is full marks
            // when there were none this year either (nothing to decrease) and 0 when violations rose from none.
            if (d.lastYear() == 0) {
                return d.thisYear() == 0 ? Exact.ONE : Exact.ZERO;
            }
            return clamp(Exact.ratio(d.lastYear() - d.thisYear(), d.lastYear()));
        }
        if ("IDX4".equals(type) && answer instanceof Answer.Index x) {
            return Exact.of(x.value()).dividedBy(4);
        }
        throw misfit(type, answer);
    }

    /**
     * The warnings an answer raises, by code, in the order the engine's rule set names them: unanswered; a zero
     * denominator (PCT) or no violations last year (DEC); a top answer (Ya or A) without evidence; a numerator above
     * its denominator.
     */
    static List<String> warnings(Answer answer, boolean noEvidence) {
        if (answer == null) {
            return List.of("TIDAK_DIJAWAB");
        }
        List<String> out = new java.util.ArrayList<>();
        if (answer instanceof Answer.Ratio r && r.denominator() == 0
                || answer instanceof Answer.Decrease d && d.lastYear() == 0) {
            out.add("PENYEBUT_NOL");
        }
        if (answer instanceof Answer.Choice c && noEvidence
                && (c.label().strip().equalsIgnoreCase("Ya") || c.label().strip().equalsIgnoreCase("A"))) {
            out.add("TANPA_DATA_DUKUNG");
        }
        if (answer instanceof Answer.Ratio r && r.denominator() > 0 && r.numerator() > r.denominator()) {
            out.add("RASIO_LEBIH_100");
        }
        return out;
    }

    private static Exact clamp(Exact f) {
        return f.atLeast(Exact.ZERO).atMost(Exact.ONE);
    }

    private static IllegalArgumentException misfit(String type, Answer answer) {
        return new IllegalArgumentException("answer " + answer + " does not fit an item of type " + type);
    }

    /** The 2-decimal form of a threshold, as a check reports it. */
    static BigDecimal reported(Exact f) {
        return f.round(2, RoundingMode.HALF_UP);
    }

    private static Map<String, Exact> ordered(String... keyValues) {
        Map<String, Exact> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], Exact.of(keyValues[i + 1]));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The area codes, in LKE order. */
    public static List<String> areas() {
        return List.copyOf(AREA_WEIGHTS.keySet());
    }
}
