package io.github.zirules.api;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sub-indicator (<i>indikator</i>) of an area part, or a Hasil component, with its items. Its weight is not here:
 * weights live in the rule set's weight rules.
 *
 * @param id the indicator id, e.g. {@code PEM.MP.1}, {@code REF.PW.3a}, {@code HAS.IPAK}
 * @param section the code of its section ({@code PEM} …)
 * @param area the code of its area ({@code MP} …); null in a section without areas (Hasil)
 * @param name the LKE's title
 * @param items its items, in instrument order
 */
public record Indicator(String id, String section, @Nullable String area, String name, List<ItemId> items) {

    /** Copies the item list and refuses nulls except in {@code area}. */
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("indicator " + id + " must have at least one item");
        }
    }
}
