package io.github.zirules.compare;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A score that differs between the answer sets: the total, a component, an area, an area part or an indicator.
 *
 * @param id the score's id as in zi-report/1: {@code TOTAL}, {@code PENGUNGKIT}, {@code PEMENUHAN}, {@code REFORM},
 *     {@code HASIL}, {@code BBA}, {@code IPAK}, {@code KINERJA}, {@code IPKP}; {@code AREA.MP} for an area;
 *     {@code PEM.MP} for an area part; {@code PEM.MP.1} for an indicator
 * @param level which kind of score it is
 * @param values each set's reported value (2 decimals), by role
 * @param differences for each review, its value minus the unit's
 */
public record ScoreDifference(String id, Level level, Map<String, BigDecimal> values,
                              Map<String, BigDecimal> differences) {

    /** Refuses nulls; copies the maps. */
    public ScoreDifference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        differences = Collections.unmodifiableMap(new LinkedHashMap<>(differences));
    }

    /** The kinds of score, from the top down. */
    public enum Level {
        /** <i>Nilai evaluasi ZI</i>, the total. */
        TOTAL,
        /** Pengungkit, Pemenuhan, Reform, Hasil, BBA, IPAK, KINERJA, IPKP. */
        COMPONENT,
        /** A change area (Pemenuhan part + Reform part). */
        AREA,
        /** One section's part of an area. */
        AREA_PART,
        /** An indicator (average of its items × its weight). */
        INDICATOR
    }
}
