/**
 * The rule vocabulary: what a DRL file of a rule set may match and call. One
 * {@link io.github.zirules.rules.Scorecard} per evaluation, the scored items, indicators, area parts and areas, and
 * {@link io.github.zirules.rules.Exact}, the exact fraction every score is. Only what rule authors may call is
 * public; the engine reaches the rest through {@code ...rules.internal}.
 *
 * <p>Nullness: the package is {@code @NullMarked} (JSpecify): a type in a signature is never null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package io.github.zirules.rules;

import org.jspecify.annotations.NullMarked;
