/**
 * What an engine provides ({@link io.github.zirules.api.spi.EvaluatorProvider}, found through
 * {@link java.util.ServiceLoader}) and what the library's tools (planner, property kit, reports, policy tools) need
 * from it: {@link io.github.zirules.api.spi.Engine}, the exact {@link io.github.zirules.api.spi.ScoreTrace} and
 * evaluation in a chosen order.
 *
 * <p>Nullness: the package is {@code @NullMarked} (JSpecify): a type in a signature is never null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package io.github.zirules.api.spi;

import org.jspecify.annotations.NullMarked;
