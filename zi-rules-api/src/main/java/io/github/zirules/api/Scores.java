package io.github.zirules.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every score of an evaluation, each the exact value rounded half-up to 2 decimals (never a sum of rounded parts, so
 * Pemenuhan + Reform may differ from Pengungkit by 0.01).
 *
 * @param total <i>Nilai evaluasi ZI</i>: Pengungkit + Hasil, at most 100
 * @param pengungkit the enablers component (Pemenuhan + Reform)
 * @param pemenuhan the Pemenuhan section
 * @param reform the Reform section
 * @param areas each change area (its Pemenuhan part + its Reform part)
 * @param areaParts each area part, keyed {@code PEM.MP}, {@code REF.MP} …
 * @param hasil the results component (BBA + PPP)
 * @param bba <i>Birokrasi yang bersih dan akuntabel</i>: IPAK + KINERJA
 * @param ipak the anti-corruption perception survey's points
 * @param kinerja the performance-improvement points
 * @param ipkp the service-quality perception survey's points (all of PPP, <i>Pelayanan publik yang prima</i>)
 * @param indicators each indicator, keyed {@code PEM.MP.1} …, in LKE order
 */
public record Scores(
        BigDecimal total,
        BigDecimal pengungkit,
        BigDecimal pemenuhan,
        BigDecimal reform,
        Map<Area, BigDecimal> areas,
        Map<String, BigDecimal> areaParts,
        BigDecimal hasil,
        BigDecimal bba,
        BigDecimal ipak,
        BigDecimal kinerja,
        BigDecimal ipkp,
        Map<String, BigDecimal> indicators) {

    /** Refuses nulls and copies the maps, keeping their order. */
    public Scores {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(pengungkit, "pengungkit");
        Objects.requireNonNull(pemenuhan, "pemenuhan");
        Objects.requireNonNull(reform, "reform");
        Objects.requireNonNull(hasil, "hasil");
        Objects.requireNonNull(bba, "bba");
        Objects.requireNonNull(ipak, "ipak");
        Objects.requireNonNull(kinerja, "kinerja");
        Objects.requireNonNull(ipkp, "ipkp");
        areas = Collections.unmodifiableMap(new EnumMap<>(areas));
        areaParts = Collections.unmodifiableMap(new LinkedHashMap<>(areaParts));
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    }

    /** The score of one area; null if the result has none for it. */
    public @Nullable BigDecimal area(Area area) {
        return areas.get(area);
    }
}
