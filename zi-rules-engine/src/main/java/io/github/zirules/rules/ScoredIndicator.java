package io.github.zirules.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rule-file vocabulary: an indicator (<i>indikator</i>) of an area part, or a Hasil component ({@code HAS.IPAK},
 * {@code HAS.KINERJA}, {@code HAS.IPKP}), with its items. Its weight is given by a weight rule
 * ({@link Scorecard#indicatorWeight}); its score by an aggregation rule.
 */
public final class ScoredIndicator {

    private final String id;
    private final String section;
    private final String area;
    private final List<ScoredItem> items = new ArrayList<>();
    private final List<ScoredItem> itemsView = Collections.unmodifiableList(items);
    private final Scorecard card;
    final Setting<Exact> weight = new Setting<>();
    private final Setting<Exact> score = new Setting<>();

    ScoredIndicator(String id, String section, String area, Scorecard card) {
        this.id = id;
        this.section = section;
        this.area = area;
        this.card = card;
    }

    void add(ScoredItem item) {
        items.add(item);
    }

    /** The indicator id, e.g. {@code PEM.MP.1} or {@code HAS.IPAK}. */
    public String getId() {
        return id;
    }

    /** The section code: {@code PEM}, {@code REF} or {@code HAS}. */
    public String getSection() {
        return section;
    }

    /** The area code; null for Hasil. */
    public @Nullable String getArea() {
        return area;
    }

    /** The area part id, e.g. {@code PEM.MP}; null for Hasil. */
    public @Nullable String getAreaPart() {
        return area == null ? null : section + "." + area;
    }

    /** Its items, in LKE order. */
    public List<ScoredItem> getItems() {
        return itemsView;
    }

    /** How many items it has. */
    public int getItemCount() {
        return items.size();
    }

    /** The weight given by the weight rules. */
    public Exact getWeight() {
        if (!weight.isSet()) {
            throw new IllegalStateException("no weight rule gives a weight to indicator " + id
                    + " (tidak ada aturan bobot untuk indikator " + id + ")");
        }
        return weight.read(card);
    }

    /** The average of its items' values (each item must have a value). */
    public Exact averageItemValue() {
        Exact sum = Exact.ZERO;
        for (ScoredItem i : items) {
            Exact v = i.getValue();
            if (v == null) {
                throw noValue(i);
            }
            sum = sum.plus(v);
        }
        return sum.dividedBy(items.size());
    }

    private static IllegalStateException noValue(ScoredItem i) {
        return new IllegalStateException("no answer-value rule gives a value to item " + i.getId() + " ("
                + i.getAnswerType() + ", answer " + (i.rawAnswer() == null ? "none" : i.rawAnswer().display())
                + ") (tidak ada aturan nilai jawaban untuk butir ini)");
    }

    /**
     * Gives each of its items points, its share of this indicator's score: the item's value times {@code perValue},
     * e.g. {@code setItemPoints( $indikator.getWeight().dividedBy( $indikator.getItemCount() ) )} (value x weight /
     * number of items). One call for all the items, so that the rule fires once per indicator, not once per item.
     * Each item must have a value.
     */
    public void setItemPoints(Exact perValue) {
        if (perValue == null) {
            throw new NullPointerException("points of the items of indicator " + id + ": a rule decided null");
        }
        RuleRef rule = card.firing();
        for (ScoredItem i : items) {
            Exact v = i.getValue();
            if (v == null) {
                throw noValue(i);
            }
            i.offerPoints(v.times(perValue), rule);
        }
    }

    /** Sets its score. */
    public void setScore(Exact s) {
        score.offer(s, card.firing(), card, "score of indicator ", id);
    }

    /** Its score; null before the aggregation rules ran. */
    public @Nullable Exact getScore() {
        return score.read(card);
    }

    /** The rule that gave the weight; null if none. */
    @Nullable RuleRef weightRule() {
        return weight.by();
    }

    /** The rule that gave the score; null if none. */
    @Nullable RuleRef scoreRule() {
        return score.by();
    }

    @Override
    public String toString() {
        return id;
    }
}
