package io.github.zirules.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The unit being assessed (<i>unit kerja</i> / <i>satuan kerja</i>).
 *
 * @param id a stable identifier, e.g. {@code KPKNL-JKT1}; required
 * @param name the unit's name; may be null
 * @param agency the agency (<i>instansi</i>) it belongs to; may be null
 */
public record Unit(String id, @Nullable String name, @Nullable String agency) {

    /** Refuses a null id; a blank id is a validation problem. */
    public Unit {
        Objects.requireNonNull(id, "unit id must not be null");
    }

    /** A unit known by its id only. */
    public static Unit of(String id) {
        return new Unit(id, null, null);
    }
}
