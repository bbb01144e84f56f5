/**
 * The gap planner (<i>rencana perbaikan</i>): the fewest answer changes that make a unit eligible for its target
 * predicate, each with why it helps. Start with {@link io.github.zirules.planner.GapPlanner#create}; it works over
 * any {@link io.github.zirules.api.Evaluator} that offers an engine.
 *
 * <p>Nullness: the package is {@code @NullMarked} (JSpecify): a type in a signature is never null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package io.github.zirules.planner;

import org.jspecify.annotations.NullMarked;
