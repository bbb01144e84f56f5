package io.github.zirules.api;

import io.github.zirules.api.internal.FixedKeyMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every score of an evaluation as a tree keyed by the rule set's own ids: its root is the total, each component holds
 * the components, area parts or indicator it is made of, as the rule set's {@code structure.csv} declares
 * ({@link RuleSetModel}). The change areas cut across the tree (an area is its Pemenuhan part plus its Reform part),
 * so their scores sit beside it. {@link Scores} is the typed view of the same numbers for PermenPAN-RB 90/2021.
 *
 * @param root the total ({@code TOTAL} for 90/2021) and everything under it
 * @param areas each change area's score by its code ({@code MP} …), in the rule set's order
 */
public record ScoreTree(ScoreNode root, Map<String, BigDecimal> areas) {

    /** Refuses nulls; copies the areas, keeping their order. */
    public ScoreTree {
        Objects.requireNonNull(root, "root");
        areas = FixedKeyMap.copyOf(areas);
    }

    /** The node with this id (component, area part or indicator), if the tree has it. */
    public Optional<ScoreNode> node(String id) {
        return find(root, id);
    }

    private static Optional<ScoreNode> find(ScoreNode n, String id) {
        if (n.id().equals(id)) {
            return Optional.of(n);
        }
        for (ScoreNode c : n.children()) {
            Optional<ScoreNode> f = find(c, id);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** The score of the node or area with this id, if the tree has one. */
    public Optional<BigDecimal> score(String id) {
        BigDecimal area = areas.get(id);
        return area != null ? Optional.of(area) : node(id).map(ScoreNode::score);
    }

    /**
     * The tree of PermenPAN-RB 90/2021 over {@code s}: TOTAL = PENGUNGKIT (PEMENUHAN, REFORM: their area parts and
     * indicators) + HASIL (BBA = IPAK + KINERJA, PPP = IPKP, each over its HAS indicator). It is the tree the engine
     * gives for the built-in rule set; a result read from a zi-report/1 document gets its tree so.
     */
    public static ScoreTree of(Scores s) {
        ScoreNode pengungkit = component("PENGUNGKIT", s.pengungkit(), List.of(
                section("PEMENUHAN", s.pemenuhan(), "PEM.", s), section("REFORM", s.reform(), "REF.", s)));
        ScoreNode bba = component("BBA", s.bba(), List.of(hasil("IPAK", s.ipak(), s), hasil("KINERJA", s.kinerja(),
                s)));
        ScoreNode ppp = component("PPP", s.ipkp(), List.of(hasil("IPKP", s.ipkp(), s)));
        ScoreNode root = component("TOTAL", s.total(), List.of(pengungkit, component("HASIL", s.hasil(),
                List.of(bba, ppp))));
        return new ScoreTree(root, s.areas());
    }

    private static ScoreNode component(String id, BigDecimal score, List<ScoreNode> children) {
        return new ScoreNode(id, ScoreNode.Kind.COMPONENT, score, children);
    }

    private static ScoreNode section(String id, BigDecimal score, String prefix, Scores s) {
        List<ScoreNode> parts = new ArrayList<>();
        s.areaParts().forEach((part, v) -> {
            if (part.startsWith(prefix)) {
                List<ScoreNode> inds = new ArrayList<>();
                s.indicators().forEach((ind, iv) -> {
                    if (ind.startsWith(part + ".")) {
                        inds.add(new ScoreNode(ind, ScoreNode.Kind.INDICATOR, iv, List.of()));
                    }
                });
                parts.add(new ScoreNode(part, ScoreNode.Kind.AREA_PART, v, inds));
            }
        });
        return component(id, score, parts);
    }

    private static ScoreNode hasil(String id, BigDecimal score, Scores s) {
        BigDecimal ind = s.indicators().get("HAS." + id);
        return component(id, score, ind == null ? List.of()
                : List.of(new ScoreNode("HAS." + id, ScoreNode.Kind.INDICATOR, ind, List.of())));
    }
}
