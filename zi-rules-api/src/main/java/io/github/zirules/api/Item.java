package io.github.zirules.api;

import java.util.Objects;

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
 */
public record Item(
        ItemId id,
        Section section,
        Area area,
        String indicator,
        String indicatorName,
        AnswerType answerType,
        String ratioFormula) {

    /** Refuses nulls except in {@code area} (Hasil) and {@code ratioFormula}. */
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(indicatorName, "indicatorName");
        Objects.requireNonNull(answerType, "answerType");
        if (area == null && section != Section.HASIL) {
            throw new IllegalArgumentException("item " + id + ": area is required outside Hasil");
        }
    }

    /** The id of the item's indicator: {@code PEM.MP.1}, {@code REF.PW.3a}, or {@code HAS.IPAK}. */
    public String indicatorId() {
        return area == null
                ? section.code() + "." + indicator
                : section.code() + "." + area + "." + indicator;
    }
}
