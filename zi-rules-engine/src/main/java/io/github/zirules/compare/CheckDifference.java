package io.github.zirules.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A check of the target predicate that one answer set passes and another fails: what the differing answers do to
 * the verdict.
 *
 * @param id the check id, e.g. {@code AREA.PW}
 * @param passed whether each set passes it, by role
 * @param actual each set's value as the check reports it: points with 2 decimals, or a grade
 */
public record CheckDifference(String id, Map<String, Boolean> passed, Map<String, String> actual) {

    /** Refuses a null id; copies the maps. */
    public CheckDifference {
        Objects.requireNonNull(id, "id");
        passed = Collections.unmodifiableMap(new LinkedHashMap<>(passed));
        actual = Collections.unmodifiableMap(new LinkedHashMap<>(actual));
    }
}
