package io.github.zirules.engine.internal;

import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.Component;
import io.github.zirules.api.ScoreNode;
import io.github.zirules.api.ScoreTree;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.internal.ScoreSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the score tree of a result from the rounded scores of a filled sheet, shaped as the rule set's structure
 * declares: each component over its child components, a section's component over the section's area parts (each
 * over its indicators), an indicator's component over that indicator.
 */
final class ScoreTrees {

    private ScoreTrees() {
    }

    /**
     * The tree of {@code card}'s scores, already rounded: {@code levels} by component id, {@code parts} by area part
     * id, {@code indicators} by indicator id, {@code areas} by area code.
     */
    static ScoreTree of(RuleSetModel model, ScoreSheet card, Map<String, BigDecimal> levels,
                        Map<String, BigDecimal> parts, Map<String, BigDecimal> indicators,
                        Map<String, BigDecimal> areas) {
        return new ScoreTree(node(model, model.root(), card, levels, parts, indicators), areas);
    }

    private static ScoreNode node(RuleSetModel model, Component c, ScoreSheet card, Map<String, BigDecimal> levels,
                                  Map<String, BigDecimal> parts, Map<String, BigDecimal> indicators) {
        List<ScoreNode> children = new ArrayList<>();
        switch (c.basis()) {
            case SECTION -> {
                for (ScoredAreaPart p : card.areaParts().values()) {
                    if (p.getSection().equals(c.basisId())) {
                        List<ScoreNode> inds = new ArrayList<>(p.getIndicators().size());
                        for (ScoredIndicator i : p.getIndicators()) {
                            inds.add(leaf(i.getId(), indicators));
                        }
                        children.add(new ScoreNode(p.getId(), ScoreNode.Kind.AREA_PART, parts.get(p.getId()), inds));
                    }
                }
            }
            case INDICATOR -> children.add(leaf(c.basisId(), indicators));
            default -> {
                for (Component child : model.components()) {
                    if (child.parent().equals(c.id())) {
                        children.add(node(model, child, card, levels, parts, indicators));
                    }
                }
            }
        }
        return new ScoreNode(c.id(), ScoreNode.Kind.COMPONENT, levels.get(c.id()), children);
    }

    private static ScoreNode leaf(String indicatorId, Map<String, BigDecimal> indicators) {
        return new ScoreNode(indicatorId, ScoreNode.Kind.INDICATOR, indicators.get(indicatorId), List.of());
    }
}
