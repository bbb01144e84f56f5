package io.github.zirules.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

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

    /**
     * The hash a record of one component has ({@code value}'s), written out: ids are looked up in maps for every
     * answer of every evaluation, and the generated form costs more than this call.
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Equal to an id of the same text, as the record's own {@code equals}. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o == this || o instanceof ItemId other && value.equals(other.value);
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
