package io.github.zirules.rules;

import java.util.Arrays;
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
    /** Its items, filled in by the sheet when it is made; the list rules see is made when first asked for. */
    final ScoredItem[] items;
    private @Nullable List<ScoredItem> itemsView;
    private final Scorecard card;
    final Setting<Exact> weight = new Setting<>();
    private final Setting<Exact> score = new Setting<>();

    ScoredIndicator(String id, String section, String area, int itemCount, Scorecard card) {
        this.id = id;
        this.section = section;
        this.area = area;
        this.items = new ScoredItem[itemCount];
        this.card = card;
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
        List<ScoredItem> v = itemsView;
        if (v == null) {
            v = Collections.unmodifiableList(Arrays.asList(items));
            itemsView = v;
        }
        return v;
    }

    /** How many items it has. */
    public int getItemCount() {
        return items.length;
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
        // Summed over a common denominator and put in lowest terms once: the same value as adding with plus.
        Exact.Sum sum = new Exact.Sum();
        for (ScoredItem i : items) {
            Exact v = i.getValue();
            if (v == null) {
                throw noValue(i);
            }
            sum.add(v);
        }
        return sum.dividedBy(items.length);
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
        // An indicator's items share a few values (the answer table's constants): each product is worked out once, and
        // kept on perValue, the same number on every evaluation when it is the weight's share (Exact.dividedBy keeps it).
        Exact lastValue = null;
        Exact lastPoints = null;
        Exact otherValue = null;
        Exact otherPoints = null;
        for (ScoredItem i : items) {
            Exact v = i.getValue();
            if (v == null) {
                throw noValue(i);
            }
            Exact p;
            if (v.equals(lastValue)) {
                p = lastPoints;
            } else if (v.equals(otherValue)) {
                p = otherPoints;
                otherValue = lastValue;
                otherPoints = lastPoints;
                lastValue = v;
                lastPoints = p;
            } else {
                p = perValue.timesKept(v);
                otherValue = lastValue;
                otherPoints = lastPoints;
                lastValue = v;
                lastPoints = p;
            }
            i.offerPoints(p, rule);
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
