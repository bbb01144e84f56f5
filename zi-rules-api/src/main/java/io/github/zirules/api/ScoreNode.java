package io.github.zirules.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One score of the score tree of a result ({@link ScoreTree}), keyed by the rule set's own id: a score component
 * ({@code TOTAL}, {@code PENGUNGKIT}, {@code BBA} … as the rule set's {@code structure.csv} declares them), an area
 * part ({@code PEM.MP}) or an indicator ({@code PEM.MP.1}, {@code HAS.IPAK}). The score is the exact value rounded
 * once, as the rules declare (never a sum of rounded parts); the exact values are in the engine's score trace.
 *
 * @param id the rule set's id of the component, area part or indicator
 * @param kind which of the three it is
 * @param score its reported score
 * @param children what it is made of, in the rule set's order: child components, a section's area parts, an area
 *     part's indicators, or a component's one indicator; empty for an indicator
 */
public record ScoreNode(String id, Kind kind, BigDecimal score, List<ScoreNode> children) {

    /** What a node of the score tree is. */
    public enum Kind {
        /** A score component the structure declares, e.g. {@code PENGUNGKIT}. */
        COMPONENT,
        /** The part of a change area in one section, e.g. {@code PEM.MP} (<i>bagian area</i>). */
        AREA_PART,
        /** An indicator of the instrument, e.g. {@code PEM.MP.1} or {@code HAS.IPAK}. */
        INDICATOR
    }

    /** Refuses nulls, and children under an indicator; copies the children. */
    public ScoreNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(score, "score");
        children = List.copyOf(children);
        if (kind == Kind.INDICATOR && !children.isEmpty()) {
            throw new IllegalArgumentException("indicator " + id + " is a leaf of the score tree, but has children "
                    + children.stream().map(ScoreNode::id).toList());
        }
    }
}
