package io.github.zirules.planner;

import io.github.zirules.api.Answer;
import io.github.zirules.api.ItemId;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One answer change of a {@link Plan}: an item (<i>butir</i>) and the answer it should have.
 *
 * @param item the item
 * @param from the answer it has now; null if it is unanswered
 * @param to the answer that the plan needs
 * @param gain the points the item gains, as the engine scores it: its exact share of its indicator after the change
 *     minus before, rounded as the rule set reports scores (2 decimals, half-up, for PermenPAN-RB 90/2021)
 * @param steps the size of the change: for a choice, how many labels it moves up ({@code B → A} is 1,
 *     {@code C → A} is 2; from no answer, counted from the lowest label); for a count or an index, 1
 * @param needsNewSurvey whether the answer is a survey index (IPAK, IPKP) that no document can raise: reaching it
 *     takes a new survey
 */
public record PlannedChange(ItemId item, @Nullable Answer from, Answer to, BigDecimal gain, int steps,
                            boolean needsNewSurvey) {

    /** Refuses nulls except in {@code from}, and a step count below 1. */
    public PlannedChange {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(gain, "gain");
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1 but was " + steps);
        }
    }
}
