package io.github.zirules.api;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One scored item (<i>butir</i>, a question) of a rule set's instrument.
 *
 * @param id the item id, e.g. {@code PEM.MP.1.a}
 * @param section its section
 * @param area its change area; null for Hasil items
 * @param indicator the indicator's number within its area part as the id writes it ({@code 1}, {@code 3a}), or the
 *     Hasil component ({@code IPAK}, {@code KINERJA}, {@code IPKP})
 * @param indicatorName the LKE's title of the indicator
 * @param answerType the kind of answer it takes
 * @param ratioFormula for PCT and DEC items, what the counts are; may be null
 * @param question the official question (<i>pertanyaan</i>) of the regulation's Lampiran III; empty when the
 *     instrument does not carry it
 * @param criteria the answer criteria (<i>kriteria nilai</i>), one line per answer option, in the regulation's order;
 *     empty when the instrument does not carry them
 */
public record Item(
        ItemId id,
        Section section,
        @Nullable Area area,
        String indicator,
        String indicatorName,
        AnswerType answerType,
        @Nullable String ratioFormula,
        String question,
        List<String> criteria) {

    /**
     * Refuses nulls except in {@code area} (Hasil) and {@code ratioFormula}; a null {@code question} or
     * {@code criteria} is read as empty. {@code criteria} is copied.
     */
    public Item {
        question = question == null ? "" : question;
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(indicatorName, "indicatorName");
        Objects.requireNonNull(answerType, "answerType");
        if (area == null && section != Section.HASIL) {
            throw new IllegalArgumentException("item " + id + ": area is required outside Hasil");
        }
    }

    /** An item without question text and criteria (an instrument that does not carry them). */
    public Item(ItemId id, Section section, Area area, String indicator, String indicatorName, AnswerType answerType,
                String ratioFormula) {
        this(id, section, area, indicator, indicatorName, answerType, ratioFormula, "", List.of());
    }

    /** The id of the item's indicator: {@code PEM.MP.1}, {@code REF.PW.3a}, or {@code HAS.IPAK}. */
    public String indicatorId() {
        return area == null
                ? section.code() + "." + indicator
                : section.code() + "." + area + "." + indicator;
    }
}
