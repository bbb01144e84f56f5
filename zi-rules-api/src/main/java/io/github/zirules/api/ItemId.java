package io.github.zirules.api;

import java.util.Objects;

/**
 * The identifier of an LKE item: {@code SECTION.AREA.INDICATOR.ITEM}, e.g. {@code PEM.MP.1.a} or {@code REF.PW.3a.a};
 * the three Hasil items are {@code HAS.IPAK}, {@code HAS.KINERJA} and {@code HAS.IPKP}.
 *
 * <p>Any non-blank text is accepted here; whether the id belongs to a rule set's instrument is a validation question
 * (see {@link Instrument#item(ItemId)}), so that unknown ids can be reported together with every other problem.
 *
 * @param value the id as written
 */
public record ItemId(String value) implements Comparable<ItemId> {

    /** Refuses a null or blank id. */
    public ItemId {
        Objects.requireNonNull(value, "item id must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("item id must not be blank");
        }
    }

    /** Shorthand for {@code new ItemId(value)}. */
    public static ItemId of(String value) {
        return new ItemId(value);
    }

    @Override
    public int compareTo(ItemId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
