package io.github.zirules.compare;

import io.github.zirules.api.Answer;
import io.github.zirules.api.ItemId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An item (<i>butir</i>) on which a reviewer's answer differs from the unit's.
 *
 * @param item the item
 * @param answers each set's answer, by role, in the order of the sets; a value is null when the item is unanswered
 * @param points each set's points for the item, as reported (2 decimals)
 * @param differences for each review, its points minus the unit's (negative: the reviewer gives fewer points)
 */
public record ItemDifference(ItemId item, Map<String, @Nullable Answer> answers, Map<String, BigDecimal> points,
                             Map<String, BigDecimal> differences) {

    /** Refuses a null item; copies the maps (answers may hold nulls). */
    public ItemDifference {
        Objects.requireNonNull(item, "item");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
        differences = Collections.unmodifiableMap(new LinkedHashMap<>(differences));
    }
}
