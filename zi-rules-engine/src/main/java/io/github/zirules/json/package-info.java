/**
 * JSON reading and writing of the zi-rules interchange formats: {@code zi-assessment/1} (what a unit answered) and
 * {@code zi-report/1} (how it scored). Start with {@link io.github.zirules.json.ZiJson}.
 *
 * <p>The mapping, what is tolerated, the limits and the report's extra fields are documented in
 * {@code docs/format.md}. Nothing from Jackson appears in this package's signatures; {@code ...json.internal} is not
 * API.
 *
 * <p>Nullness: the package is {@code @NullMarked} (JSpecify): a type in a signature is never null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package io.github.zirules.json;

import org.jspecify.annotations.NullMarked;
