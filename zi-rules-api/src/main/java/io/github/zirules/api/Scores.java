package io.github.zirules.api;

import io.github.zirules.api.internal.FixedKeyMap;
import io.github.zirules.api.internal.ScoreComponents;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every score of an evaluation of PermenPAN-RB 90/2021, each the exact value rounded half-up to 2 decimals (never a
 * sum of rounded parts, so Pemenuhan + Reform may differ from Pengungkit by 0.01): the typed view of the score tree
 * ({@link Result#scoreTree()}, {@link #of(ScoreTree)}) for the 90/2021 structure, which zi-report/1 writes.
 *
 * @param total <i>Nilai evaluasi ZI</i>: Pengungkit + Hasil, at most 100
 * @param pengungkit the enablers component (Pemenuhan + Reform)
 * @param pemenuhan the Pemenuhan section
 * @param reform the Reform section
 * @param areas each change area (its Pemenuhan part + its Reform part), keyed by its code ({@code MP} …), in the
 *     order given: the order the rule set's structure declares the areas in, for the engine's results (give an
 *     ordered map: zi-report/1 writes the areas in this order)
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
        Map<String, BigDecimal> areas,
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
        areas = FixedKeyMap.copyOf(areas);
        areaParts = FixedKeyMap.copyOf(areaParts);
        indicators = FixedKeyMap.copyOf(indicators);
    }

    /**
     * The typed view of a score tree of the 90/2021 structure: its components by their ids ({@code TOTAL},
     * {@code PENGUNGKIT} …), every area part and indicator node, and the areas (whatever areas the tree has).
     *
     * @throws IllegalArgumentException naming the first 90/2021 component the tree does not have
     */
    public static Scores of(ScoreTree tree) {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        collect(tree.root(), parts, indicators);
        BigDecimal[] components = new BigDecimal[ScoreComponents.IDS.size()];
        for (int i = 0; i < components.length; i++) {
            components[i] = component(tree, ScoreComponents.IDS.get(i));
        }
        return ScoreComponents.scores(components, tree.areas(), parts, indicators);
    }

    private static BigDecimal component(ScoreTree tree, String id) {
        return tree.node(id).filter(n -> n.kind() == ScoreNode.Kind.COMPONENT).map(ScoreNode::score)
                .orElseThrow(() -> new IllegalArgumentException("the score tree has no component " + id
                        + " of the 90/2021 structure"));
    }

    private static void collect(ScoreNode n, Map<String, BigDecimal> parts, Map<String, BigDecimal> indicators) {
        switch (n.kind()) {
            case AREA_PART -> parts.put(n.id(), n.score());
            case INDICATOR -> indicators.put(n.id(), n.score());
            default -> {
            }
        }
        for (ScoreNode c : n.children()) {
            collect(c, parts, indicators);
        }
    }

    /** The score of the area with this code ({@code MP} …); null if the result has none for it. */
    public @Nullable BigDecimal area(String code) {
        return areas.get(code);
    }
}
