package io.github.zirules.engine.internal;

import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.Component;
import io.github.zirules.api.ScoreNode;
import io.github.zirules.api.ScoreTree;
import io.github.zirules.api.Scores;
import io.github.zirules.api.internal.FixedKeyMap;
import io.github.zirules.api.internal.ScoreComponents;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.ScorecardLayout;
import io.github.zirules.rules.internal.ScoreSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of the results of one compiled rule set, worked out once from its first filled score sheet: the score
 * tree's nodes (ids, kinds, where each node's score comes from, children), the keys of the score maps, and where the
 * components of {@link Scores} sit in the tree. Each evaluation then only puts its rounded scores in, without
 * searching the tree or filling maps entry by entry; the tree and scores are exactly those {@link ScoreTrees#of} and
 * {@link Scores#of} make (a test compares them on generated assessments). Immutable, shared by every thread.
 */
final class ResultShape {

    /** Where a node's score comes from: the rounded scores of the components, area parts or indicators. */
    private static final int LEVEL = 0;
    private static final int PART = 1;
    private static final int INDICATOR = 2;

    private final List<String> levels;
    /** The layout of the sheets this shape fits: the one of the sheet it was worked out from. */
    private final ScorecardLayout layout;

    /** The tree's nodes, children before their parent (the root last). */
    private final String[] nodeIds;
    private final ScoreNode.Kind[] nodeKinds;
    private final int[] nodeSources;
    private final int[] nodePlaces;
    private final int[][] nodeChildren;

    /** The node of each of {@link ScoreComponents#IDS}; null if the tree lacks one ({@link Scores#of} says which). */
    private final int[] componentNodes;
    private final FixedKeyMap.Keys<String> areaKeys;
    private final FixedKeyMap.Keys<String> partKeys;
    private final int[] partNodes;
    private final FixedKeyMap.Keys<String> indicatorKeys;
    private final int[] indicatorNodes;

    /**
     * Whether the area parts and the indicators, in the order {@link Scores} keeps them, are in the order of the
     * sheet's maps: then the scores are put in as the sheet gives them, without a copy in another order.
     */
    private final boolean partsInOrder;
    private final boolean indicatorsInOrder;

    /** One node of the tree while the shape is worked out. */
    private record Node(String id, ScoreNode.Kind kind, int source, int place, List<Node> children) {
    }

    private ResultShape(String[] areaCodes, List<String> levels, Node root, ScorecardLayout layout, int partCount,
                        int indicatorCount) {
        this.layout = layout;
        this.levels = List.copyOf(levels);
        List<Node> post = new ArrayList<>();
        Map<Node, Integer> index = new java.util.IdentityHashMap<>();
        postorder(root, post, index);
        int n = post.size();
        nodeIds = new String[n];
        nodeKinds = new ScoreNode.Kind[n];
        nodeSources = new int[n];
        nodePlaces = new int[n];
        nodeChildren = new int[n][];
        for (int k = 0; k < n; k++) {
            Node node = post.get(k);
            nodeIds[k] = node.id();
            nodeKinds[k] = node.kind();
            nodeSources[k] = node.source();
            nodePlaces[k] = node.place();
            nodeChildren[k] = node.children().stream().mapToInt(index::get).toArray();
        }
        // What Scores.of finds: each named component's first node in preorder, and the area parts and indicators in
        // preorder, as a LinkedHashMap keeps them (first place, last value).
        List<Node> pre = new ArrayList<>();
        preorder(root, pre);
        int[] components = new int[ScoreComponents.IDS.size()];
        boolean all = true;
        for (int c = 0; c < components.length; c++) {
            components[c] = -1;
            for (Node node : pre) {
                if (node.id().equals(ScoreComponents.IDS.get(c))) {
                    components[c] = node.kind() == ScoreNode.Kind.COMPONENT ? index.get(node) : -1;
                    break;
                }
            }
            all &= components[c] >= 0;
        }
        this.componentNodes = all ? components : null;
        Map<String, Integer> parts = new LinkedHashMap<>();
        Map<String, Integer> inds = new LinkedHashMap<>();
        for (Node node : pre) {
            if (node.kind() == ScoreNode.Kind.AREA_PART) {
                parts.put(node.id(), index.get(node));
            } else if (node.kind() == ScoreNode.Kind.INDICATOR) {
                inds.put(node.id(), index.get(node));
            }
        }
        this.areaKeys = new FixedKeyMap.Keys<>(List.of(areaCodes));
        this.partKeys = new FixedKeyMap.Keys<>(List.copyOf(parts.keySet()));
        this.partNodes = parts.values().stream().mapToInt(Integer::intValue).toArray();
        this.indicatorKeys = new FixedKeyMap.Keys<>(List.copyOf(inds.keySet()));
        this.indicatorNodes = inds.values().stream().mapToInt(Integer::intValue).toArray();
        this.partsInOrder = inPlace(partNodes, PART, partCount);
        this.indicatorsInOrder = inPlace(indicatorNodes, INDICATOR, indicatorCount);
    }

    /** Whether {@code nodes} take their scores from the places 0, 1, 2 … of {@code source}, and from all of them. */
    private boolean inPlace(int[] nodes, int source, int places) {
        if (nodes.length != places) {
            return false;
        }
        for (int k = 0; k < nodes.length; k++) {
            if (nodeSources[nodes[k]] != source || nodePlaces[nodes[k]] != k) {
                return false;
            }
        }
        return true;
    }

    private static void postorder(Node n, List<Node> out, Map<Node, Integer> index) {
        for (Node c : n.children()) {
            postorder(c, out, index);
        }
        index.put(n, out.size());
        out.add(n);
    }

    private static void preorder(Node n, List<Node> out) {
        out.add(n);
        for (Node c : n.children()) {
            preorder(c, out);
        }
    }

    /**
     * The shape of the results of sheets laid out as {@code card}, with the score components {@code levels}; null if
     * the structure makes a tree that {@link ScoreTrees#of} cannot make (a component over an indicator the sheet
     * does not have, a component that is not a level): those sheets are assembled the slow way, which says why.
     */
    static ResultShape of(RuleSetModel model, List<String> levels, ScoreSheet card) {
        String[] indicatorIds = card.indicators().keySet().toArray(new String[0]);
        Map<String, Integer> indicatorPlaces = new HashMap<>();
        for (int i = 0; i < indicatorIds.length; i++) {
            indicatorPlaces.put(indicatorIds[i], i);
        }
        String[] partIds = card.areaParts().keySet().toArray(new String[0]);
        String[] partSections = new String[partIds.length];
        int[][] partIndicators = new int[partIds.length][];
        int p = 0;
        for (ScoredAreaPart part : card.areaParts().values()) {
            if (!part.getId().equals(partIds[p])) {
                return null;
            }
            partSections[p] = part.getSection();
            List<ScoredIndicator> inds = part.getIndicators();
            partIndicators[p] = new int[inds.size()];
            for (int j = 0; j < inds.size(); j++) {
                Integer place = indicatorPlaces.get(inds.get(j).getId());
                if (place == null) {
                    return null;
                }
                partIndicators[p][j] = place;
            }
            p++;
        }
        for (Map.Entry<String, ScoredIndicator> e : card.indicators().entrySet()) {
            if (!e.getKey().equals(e.getValue().getId())) {
                return null;
            }
        }
        String[] areaCodes = card.areas().keySet().toArray(new String[0]);
        Node root = node(model, model.root(), levels, indicatorPlaces, partIds, partSections, partIndicators,
                indicatorIds);
        return root == null ? null
                : new ResultShape(areaCodes, levels, root, card.layout(), partIds.length,
                indicatorIds.length);
    }

    /** The node of component {@code c}, as {@link ScoreTrees} makes it; null if it cannot be made. */
    private static Node node(RuleSetModel model, Component c, List<String> levels, Map<String, Integer> indicators,
                             String[] partIds, String[] partSections, int[][] partIndicators, String[] indicatorIds) {
        int level = levels.indexOf(c.id());
        if (level < 0) {
            return null;
        }
        List<Node> children = new ArrayList<>();
        switch (c.basis()) {
            case SECTION -> {
                for (int p = 0; p < partIds.length; p++) {
                    if (partSections[p].equals(c.basisId())) {
                        List<Node> inds = new ArrayList<>();
                        for (int i : partIndicators[p]) {
                            inds.add(new Node(indicatorIds[i], ScoreNode.Kind.INDICATOR, INDICATOR, i, List.of()));
                        }
                        children.add(new Node(partIds[p], ScoreNode.Kind.AREA_PART, PART, p, inds));
                    }
                }
            }
            case INDICATOR -> {
                Integer i = indicators.get(c.basisId());
                if (i == null) {
                    return null;
                }
                children.add(new Node(c.basisId(), ScoreNode.Kind.INDICATOR, INDICATOR, i, List.of()));
            }
            default -> {
                for (Component child : model.components()) {
                    if (child.parent().equals(c.id())) {
                        Node n = node(model, child, levels, indicators, partIds, partSections, partIndicators,
                                indicatorIds);
                        if (n == null) {
                            return null;
                        }
                        children.add(n);
                    }
                }
            }
        }
        return new Node(c.id(), ScoreNode.Kind.COMPONENT, LEVEL, level, children);
    }

    /**
     * Whether {@code card} was made from the layout of the sheet this shape was worked out from (always, for the sheets
     * of one compiled rule set): a layout fixes the indicators, area parts and areas and their order, so nothing of the
     * sheet's content needs comparing on each evaluation.
     */
    boolean fits(ScoreSheet card) {
        return card.layout() == layout;
    }

    /** Whether these are the score components the shape was worked out with. */
    boolean hasLevels(List<String> levels) {
        return this.levels == levels || this.levels.equals(levels);
    }

    /** A result's score tree and its typed view. */
    record Built(ScoreTree tree, Scores scores) {
    }

    /**
     * The score tree of the rounded scores, and its typed scores found by place rather than by search, as
     * {@link ScoreTrees#of} and {@link Scores#of} make them: {@code levels} in the order of the rule set's levels,
     * {@code parts}, {@code indicators} and {@code areas} in the order of the sheet's maps. The arrays are taken over.
     *
     * @throws IllegalArgumentException if the tree lacks a component {@link Scores} names, as {@link Scores#of} does
     */
    Built build(BigDecimal[] levels, BigDecimal[] parts, BigDecimal[] indicators, BigDecimal[] areas) {
        ScoreNode[] nodes = new ScoreNode[nodeIds.length];
        for (int k = 0; k < nodes.length; k++) {
            BigDecimal score = switch (nodeSources[k]) {
                case LEVEL -> levels[nodePlaces[k]];
                case PART -> parts[nodePlaces[k]];
                default -> indicators[nodePlaces[k]];
            };
            int[] ch = nodeChildren[k];
            List<ScoreNode> children;
            if (ch.length == 0) {
                children = List.of();
            } else {
                ScoreNode[] c = new ScoreNode[ch.length];
                for (int j = 0; j < ch.length; j++) {
                    c[j] = nodes[ch[j]];
                }
                children = List.of(c);
            }
            nodes[k] = new ScoreNode(nodeIds[k], nodeKinds[k], score, children);
        }
        ScoreTree tree = new ScoreTree(nodes[nodes.length - 1], FixedKeyMap.of(areaKeys, areas));
        if (componentNodes == null) {
            return new Built(tree, Scores.of(tree));
        }
        BigDecimal[] components = new BigDecimal[componentNodes.length];
        for (int c = 0; c < components.length; c++) {
            components[c] = nodes[componentNodes[c]].score();
        }
        BigDecimal[] partScores = partsInOrder ? parts : new BigDecimal[partNodes.length];
        for (int p = 0; !partsInOrder && p < partScores.length; p++) {
            partScores[p] = nodes[partNodes[p]].score();
        }
        BigDecimal[] indicatorScores = indicatorsInOrder ? indicators : new BigDecimal[indicatorNodes.length];
        for (int i = 0; !indicatorsInOrder && i < indicatorScores.length; i++) {
            indicatorScores[i] = nodes[indicatorNodes[i]].score();
        }
        return new Built(tree, ScoreComponents.scores(components, tree.areas(), FixedKeyMap.of(partKeys, partScores),
                FixedKeyMap.of(indicatorKeys, indicatorScores)));
    }
}
