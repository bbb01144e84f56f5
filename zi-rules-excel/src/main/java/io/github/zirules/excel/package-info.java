/**
 * The LKE workbook in and out: {@link io.github.zirules.excel.LkeWorkbooks} imports the Lampiran III, inspectorate
 * and zi-rules template workbooks into an {@link io.github.zirules.api.Assessment} ({@link
 * io.github.zirules.excel.LkeImport}) and writes the blank template, the scored LKE and a batch summary. Depends on
 * the zi-rules API and Apache POI only; {@code ...excel.internal} is not API.
 *
 * <p>Nullness: the package is {@code @NullMarked} (JSpecify): a type in a signature is never null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package io.github.zirules.excel;

import org.jspecify.annotations.NullMarked;
