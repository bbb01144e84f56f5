package io.github.zirules.rules;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Item;
import org.jspecify.annotations.Nullable;

/**
 * Rule-file vocabulary: one item (<i>butir</i>) of the instrument with the answer given to it. The values of choice
 * answers are best declared as a table ({@link Scorecard#answerValue}); a rule may also match an item on its type and
 * answer and give it a value in [0, 1]:
 *
 * <pre>
 * rule "ABCD: jawaban B bernilai 0,67"
 * when
 *     $butir : ScoredItem( answerType == "ABCD", answer == "B" )
 * then
 *     $butir.setValue( "0.67" );
 * end
 * </pre>
 *
 * <p>An item is a fact, answered or not ({@link #isAnswered()}), whenever some rule's pattern on {@code ScoredItem}
 * may match it; an item no pattern can match is valued from the table without being inserted.
 */
public final class ScoredItem {

    /**
     * The decision of an item no rule valued itself: never set, so reading it changes nothing and it can be shared by
     * every item of every sheet.
     */
    private static final Setting<?> NO_VALUE = new Setting<>();

    private final Item item;
    private final @Nullable Answer raw;
    private final @Nullable String answer;
    /**
     * Where its answer's value lies in the sheet's answer-value table: the position of its choice scale in the
     * layout and of its label in the scale; -1 when not known so (the table is then read by the texts).
     */
    private final int tableScale;
    private final int tableLabel;
    /** Its IDX4 answer as an exact number; null otherwise. (Counts are read from the answer itself when asked.) */
    private final @Nullable Exact index;
    private final int evidenceCount;
    private final ScoredIndicator indicator;
    private final Scorecard card;
    /**
     * The value a rule gave this item itself: none until one does ({@link #NO_VALUE}, shared, never offered to), as
     * most items are valued from the answer table only.
     */
    private Setting<Exact> value = noValue();
    private final Setting<Exact> points = new Setting<>();
    /** Its answer's decision in the declared table, once a rule declared it (the decision itself never changes). */
    private @Nullable Setting<Exact> tableSetting;

    /** The item at position {@code k} of {@code layout}, answered {@code raw} (null if unanswered). */
    ScoredItem(ScorecardLayout layout, int k, @Nullable Answer raw, int evidenceCount, ScoredIndicator indicator,
               Scorecard card) {
        this.item = layout.items[k];
        this.raw = raw;
        this.evidenceCount = evidenceCount;
        this.indicator = indicator;
        this.card = card;
        String label = null;
        Exact idx = null;
        int at = -1;
        if (raw instanceof Answer.Choice c) {
            // The common case (already as the rule files write it) is found without case folding.
            String[] labels = layout.labelsOfItem[k];
            at = position(c.label(), labels);
            if (at >= 0) {
                label = labels[at];
            } else {
                label = c.canonical(layout.scales[k]).orElse(null);
                at = label == null ? -1 : position(label, labels);
            }
            int choiceScale = layout.choiceScaleOfItem[k];
            at = choiceScale < 0 ? -1 : at;
        } else if (raw instanceof Answer.Index i) {
            idx = Exact.of(i.value());
        }
        this.answer = label;
        this.tableScale = at < 0 ? -1 : layout.choiceScaleOfItem[k];
        this.tableLabel = at;
        this.index = idx;
    }

    /** The position of {@code label} in {@code labels}, compared as written; -1 if not there. */
    private static int position(String label, String[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** The item id, e.g. {@code PEM.MP.1.a}. */
    public String getId() {
        return item.id().value();
    }

    /** The section code as the structure declares it: {@code PEM}, {@code REF} or {@code HAS} in 90/2021. */
    public String getSection() {
        return item.section();
    }

    /** The area code ({@code MP} … {@code PP} in 90/2021); null for an item of a section without areas (Hasil). */
    public @Nullable String getArea() {
        return item.area();
    }

    /** The indicator id, e.g. {@code PEM.MP.1}. */
    public String getIndicator() {
        return indicator.getId();
    }

    /**
     * The code of the answer scale, as the structure declares it: {@code YT}, {@code ABC}, {@code ABCD},
     * {@code ABCDE}, {@code PCT}, {@code DEC}, {@code IDX4} in 90/2021.
     */
    public String getAnswerType() {
        return item.answerType();
    }

    /** Whether the item was answered. */
    public boolean isAnswered() {
        return raw != null;
    }

    /** The choice answer in canonical form ({@code Ya}, {@code Tidak}, {@code A} … {@code E}); null otherwise. */
    public @Nullable String getAnswer() {
        return answer;
    }

    /** For a PCT item, the count achieved; 0 otherwise. */
    public long getNumerator() {
        return raw instanceof Answer.Ratio r ? r.numerator() : 0;
    }

    /** For a PCT item, the count owed; 0 otherwise (check {@link #getAnswerType()} and {@link #isAnswered()}). */
    public long getDenominator() {
        return raw instanceof Answer.Ratio r ? r.denominator() : 0;
    }

    /** For a DEC item, last year's number; 0 otherwise. */
    public long getLastYear() {
        return raw instanceof Answer.Decrease d ? d.lastYear() : 0;
    }

    /** For a DEC item, this year's number; 0 otherwise. */
    public long getThisYear() {
        return raw instanceof Answer.Decrease d ? d.thisYear() : 0;
    }

    /** For an IDX4 item, the survey index; null otherwise. */
    public @Nullable Exact getIndex() {
        return index;
    }

    /** How many documents of evidence the answer has. */
    public int getEvidenceCount() {
        return evidenceCount;
    }

    /** {@code numerator / denominator} exactly (the denominator must not be zero). */
    public Exact ratio() {
        return Exact.ratio(getNumerator(), getDenominator());
    }

    /** {@code (lastYear - thisYear) / lastYear} exactly (last year's number must not be zero). */
    public Exact decrease() {
        long lastYear = getLastYear();
        return Exact.ratio(lastYear - getThisYear(), lastYear);
    }

    /** Gives the item its value, written as decimal text, e.g. {@code "0.67"}. */
    public void setValue(String decimal) {
        setValue(Exact.of(decimal));
    }

    /** Gives the item its value. */
    public void setValue(Exact v) {
        RuleRef rule = card.firing();
        Setting<Exact> own = value;
        if (own == NO_VALUE) {
            own = new Setting<>();
            value = own;
        }
        own.offer(v, rule, card, "value of item ", getId());
    }

    @SuppressWarnings("unchecked")
    private static Setting<Exact> noValue() {
        return (Setting<Exact>) NO_VALUE;
    }

    /**
     * The value given so far; null if none: the value a rule gave this item, or else the value its answer has in the
     * table the rules declared ({@link Scorecard#answerValue}), whichever rule outranks the other.
     */
    public @Nullable Exact getValue() {
        Setting<Exact> s = valueSetting();
        return s.read(card);
    }

    /** The decision that values this item: its own, or its answer's in the declared table. */
    private Setting<Exact> valueSetting() {
        if (answer == null) {
            return value;
        }
        Setting<Exact> table = tableSetting;
        if (table == null) {
            table = tableScale >= 0 ? card.answerValueSetting(tableScale, tableLabel)
                    : card.answerValueSetting(getAnswerType(), answer);
            if (table == null) {
                return value;
            }
            tableSetting = table;
        }
        if (!table.isSet()) {
            return value;
        }
        return !value.isSet() || table.by().outranks(value.by()) ? table : value;
    }

    /**
     * Gives the item its points: its share of the indicator's score, as the aggregation rules compute it, e.g.
     * {@code setPoints( $butir.getValue().times( "100" ) )}. The built-in rules give every item of an indicator its
     * points at once, with {@link ScoredIndicator#setItemPoints(Exact)}.
     */
    public void setPoints(Exact p) {
        offerPoints(p, card.firing());
    }

    /** Offers points decided by {@code rule}. */
    void offerPoints(Exact p, RuleRef rule) {
        points.offer(p, rule, card, "points of item ", getId());
    }

    /** The points given so far; null if none. */
    public @Nullable Exact getPoints() {
        return points.read(card);
    }

    /**
     * When the rules have stopped: a value this item's own rule gave, beside its answer's value in the table, is a
     * conflict if both rules rank equally and differ, and a replaced parent decision if they are of different layers.
     */
    void compareWithTable() {
        if (answer == null || !value.isSet()) {
            return;
        }
        Setting<Exact> table = tableScale >= 0 ? card.answerValueSetting(tableScale, tableLabel)
                : card.answerValueSetting(getAnswerType(), answer);
        if (table == null || !table.isSet()) {
            return;
        }
        RuleRef own = value.by();
        RuleRef tabled = table.by();
        if (own.ranksEqually(tabled) && !own.equals(tabled) && !value.value().equals(table.value())) {
            card.conflict("value of item " + getId(), tabled, table.value(), own, value.value());
        } else if (own.layer() != tabled.layer()) {
            boolean tableWins = valueSetting() == table;
            card.overridden("value of item " + getId(), tableWins ? own : tabled, tableWins ? tabled : own);
        }
    }

    /** The rule that gave the value; null if none. */
    @Nullable RuleRef valueRule() {
        return valueSetting().by();
    }

    /** The answer as given (null if unanswered). */
    @Nullable Answer rawAnswer() {
        return raw;
    }

    /** The instrument item. */
    Item item() {
        return item;
    }

    @Override
    public String toString() {
        return getId() + "=" + (raw == null ? "-" : raw.display());
    }
}
