/**
 * The zi-rules API: the instrument (items, indicators, areas, answer scales), an assessment of one unit, the
 * {@link io.github.zirules.api.Evaluator} that scores it, and its {@link io.github.zirules.api.Result}. Start with
 * {@link io.github.zirules.api.ZiRules#evaluator()}. Records and interfaces only; the engine comes from the class
 * path ({@code zi-rules-engine}).
 *
 * <p>Nullness: the package is {@code @NullMarked} (JSpecify): a type in a signature is never null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package io.github.zirules.api;

import org.jspecify.annotations.NullMarked;
