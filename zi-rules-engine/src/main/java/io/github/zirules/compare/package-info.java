/**
 * Comparison of answer sets of one unit (the unit's own answers, a reviewer's, an inspectorate's): each scored
 * with the same rule set, with the items, scores and checks where they differ. Start with
 * {@link io.github.zirules.compare.AnswerSetComparison#compare}.
 *
 * <p>Nullness: the package is {@code @NullMarked} (JSpecify): a type in a signature is never null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package io.github.zirules.compare;

import org.jspecify.annotations.NullMarked;
