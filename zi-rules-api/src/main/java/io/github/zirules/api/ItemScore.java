package io.github.zirules.api;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one item was scored: the explanation of its points.
 *
 * @param item the item
 * @param answer the answer given; null if unanswered
 * @param value the answer's value in [0, 1], rounded half-up to 4 decimals (exact value: {@link #exactValue()})
 * @param exactValue the exact value as a fraction in lowest terms, e.g. {@code 17/23}, or a whole number
 * @param points the item's share of its indicator: value × indicator weight / items in the indicator, rounded
 *     half-up to 2 decimals
 * @param rule the name of the rule that gave the value
 */
public record ItemScore(
        ItemId item, @Nullable Answer answer, BigDecimal value, String exactValue, BigDecimal points, String rule) {

    /** Refuses nulls except in {@code answer}. */
    public ItemScore {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(exactValue, "exactValue");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(rule, "rule");
    }
}
