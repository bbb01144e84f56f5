package io.github.zirules.api;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One scored item (<i>butir</i>, a question) of a rule set's instrument.
 *
 * @param id the item id, e.g. {@code PEM.MP.1.a}
 * @param section the code of its section, as the rule set's structure declares it ({@code PEM}, {@code REF},
 *     {@code HAS} for PermenPAN-RB 90/2021; see {@link RuleSetModel#sections()})
 * @param area the code of its change area ({@code MP} …; see {@link RuleSetModel#areas()}); null for an item of a
 *     section without areas (Hasil)
 * @param indicator the indicator's number within its area part as the id writes it ({@code 1}, {@code 3a}), or the
 *     Hasil component ({@code IPAK}, {@code KINERJA}, {@code IPKP})
 * @param indicatorName the LKE's title of the indicator
 * @param answerType the code of the answer scale it takes ({@code YT}, {@code ABCD}, {@code PCT} …), as the rule
 *     set's structure declares it; {@link Instrument#answerScale(Item)} gives the scale
 * @param ratioFormula for PCT and DEC items, what the counts are; may be null
 * @param question the official question (<i>pertanyaan</i>) of the regulation's Lampiran III; empty when the
 *     instrument does not carry it
 * @param criteria the answer criteria (<i>kriteria nilai</i>), one line per answer option, in the regulation's order;
 *     empty when the instrument does not carry them
 */
public record Item(
        ItemId id,
        String section,
        @Nullable String area,
        String indicator,
        String indicatorName,
        String answerType,
        @Nullable String ratioFormula,
        String question,
        List<String> criteria) {

    /**
     * Refuses nulls except in {@code area} (a section without areas) and {@code ratioFormula}, and empty codes; a
     * null {@code question} or {@code criteria} is read as empty. {@code criteria} is copied. Whether the codes are
     * declared is checked against the rule set's structure where the instrument is read
     * ({@link Instrument#readCsv(java.io.Reader, String, RuleSetModel)}).
     */
    public Item {
        question = question == null ? "" : question;
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(indicatorName, "indicatorName");
        Objects.requireNonNull(answerType, "answerType");
        if (section.isEmpty() || answerType.isEmpty() || area != null && area.isEmpty()) {
            throw new IllegalArgumentException("item " + id + ": the section, area and answer scale codes must not "
                    + "be empty (an item without an area has a null area), but were '" + section + "', '" + area
                    + "', '" + answerType + "'");
        }
    }

    /** An item without question text and criteria (an instrument that does not carry them). */
    public Item(ItemId id, String section, @Nullable String area, String indicator, String indicatorName,
                String answerType, @Nullable String ratioFormula) {
        this(id, section, area, indicator, indicatorName, answerType, ratioFormula, "", List.of());
    }

    /** The id of the item's indicator: {@code PEM.MP.1}, {@code REF.PW.3a}, or {@code HAS.IPAK}. */
    public String indicatorId() {
        return area == null
                ? section + "." + indicator
                : section + "." + area + "." + indicator;
    }
}
