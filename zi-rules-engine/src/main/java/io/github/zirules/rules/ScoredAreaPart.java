package io.github.zirules.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rule-file vocabulary: the Pemenuhan or Reform part of one change area, e.g. {@code PEM.MP}, with its indicators.
 */
public final class ScoredAreaPart {

    private final String id;
    private final String section;
    private final String area;
    /** Its indicators, filled in by the sheet when it is made. */
    final ScoredIndicator[] indicators;
    private final List<ScoredIndicator> indicatorsView;
    private final Scorecard card;
    final Setting<Exact> weight = new Setting<>();
    private final Setting<Exact> score = new Setting<>();

    ScoredAreaPart(String id, String section, String area, int indicatorCount, Scorecard card) {
        this.id = id;
        this.section = section;
        this.area = area;
        this.indicators = new ScoredIndicator[indicatorCount];
        this.indicatorsView = Collections.unmodifiableList(Arrays.asList(indicators));
        this.card = card;
    }

    /** The part id, e.g. {@code PEM.MP}. */
    public String getId() {
        return id;
    }

    /** The section code: {@code PEM} or {@code REF}. */
    public String getSection() {
        return section;
    }

    /** The area code. */
    public String getArea() {
        return area;
    }

    /** Its indicators, in LKE order. */
    public List<ScoredIndicator> getIndicators() {
        return indicatorsView;
    }

    /** The sum of its indicators' scores. */
    public Exact sumOfIndicatorScores() {
        Exact.Sum sum = new Exact.Sum();
        for (ScoredIndicator i : indicators) {
            Exact s = i.getScore();
            if (s == null) {
                throw new IllegalStateException("indicator " + i.getId() + " has no score yet");
            }
            sum.add(s);
        }
        return sum.value();
    }

    /** The weight declared by the weight rules (its indicators' weights must add up to it). */
    public Exact getWeight() {
        if (!weight.isSet()) {
            throw new IllegalStateException("no weight rule gives a weight to area part " + id);
        }
        return weight.read(card);
    }

    /** Whether a weight was declared. */
    public boolean hasWeight() {
        return weight.isSet();
    }

    /** Sets its score. */
    public void setScore(Exact s) {
        score.offer(s, card.firing(), card, "score of area part ", id);
    }

    /** Its score; null before aggregation. */
    public @Nullable Exact getScore() {
        return score.read(card);
    }

    /** The rule that declared the weight; null if none. */
    @Nullable RuleRef weightRule() {
        return weight.by();
    }

    @Override
    public String toString() {
        return id;
    }
}
