package io.github.zirules.reference;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reference scorer says about an assessment: every reported score, every check of the target, and whether
 * all of them passed.
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
 */
public record ReferenceResult(Map<String, BigDecimal> scores, List<ReferenceCheck> checks, boolean eligible) {

    /** Copies the map (keeping its order) and the list. */
    public ReferenceResult {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        checks = List.copyOf(checks);
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
