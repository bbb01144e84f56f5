package io.github.zirules.reference;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reference scorer says about an assessment: every reported score, every check of the target, whether all
 * of them passed, every item's points and the warnings.
 *
 * <p>Keys of {@code scores} (each value the exact score rounded half-up to 2 decimals): {@code total},
 * {@code pengungkit}, {@code pemenuhan}, {@code reform}, {@code hasil}, {@code BBA}, {@code IPAK}, {@code KINERJA},
 * {@code IPKP}; the areas {@code MP}, {@code TT}, {@code SDM}, {@code AK}, {@code PW}, {@code PP}; the area parts
 * {@code PEM.MP} … {@code REF.PP}; and every Pemenuhan and Reform indicator, {@code PEM.MP.1} … {@code REF.PP.2}
 * (the Hasil components are under their own names, not as {@code HAS.*} indicators).
 *
 * @param scores every reported score by key, in a stable order
 * @param checks every check of the target, in the zi-report/1 order
 * @param eligible true exactly when every check passed
 * @param items the explanation of every item of the CSV, in LKE order
 * @param warnings what a reviewer should look at, item by item in LKE order, then the agency facts
 */
public record ReferenceResult(Map<String, BigDecimal> scores, List<ReferenceCheck> checks, boolean eligible,
                              List<ItemPoints> items, List<Warning> warnings) {

    /**
     * One item's explanation, as the API's {@code ItemScore} gives it.
     *
     * @param item the item id, e.g. {@code PEM.MP.1.a}
     * @param value the exact value in [0, 1] rounded half-up to 4 decimals
     * @param exactValue the exact value in lowest terms, {@code 17/23} or a whole number
     * @param points value × indicator weight / items in the indicator, rounded half-up to 2 decimals
     */
    public record ItemPoints(String item, BigDecimal value, String exactValue, BigDecimal points) {
    }

    /**
     * A warning: {@code TIDAK_DIJAWAB} (unanswered), {@code TANPA_DATA_DUKUNG} (a top answer, Ya or A, with no
     * evidence), {@code PENYEBUT_NOL} (a zero denominator or no violations last year), {@code RASIO_LEBIH_100}
     * (a numerator above its denominator) or {@code JENIS_INSTANSI_KOSONG} (an Indeks RB without the kind of
     * agency, at {@code $.agency.kind}).
     *
     * @param code the warning code
     * @param location the item it is about, or the JSON path of the agency fact
     */
    public record Warning(String code, String location) {
    }

    /** Copies the map (keeping its order) and the lists. */
    public ReferenceResult {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        checks = List.copyOf(checks);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /** The reported score under {@code key}. @throws IllegalArgumentException if there is none */
    public BigDecimal score(String key) {
        BigDecimal v = scores.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no score '" + key + "'; keys are " + scores.keySet());
        }
        return v;
    }

    /** The check with this id, if the target has it. */
    public Optional<ReferenceCheck> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The checks that failed, in order. */
    public List<ReferenceCheck> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
