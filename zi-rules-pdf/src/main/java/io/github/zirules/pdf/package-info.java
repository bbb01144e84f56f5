/**
 * Reports as an A4 PDF with a signature block, for the evaluation report (<i>LHE</i>) that is signed and filed:
 * {@link io.github.zirules.pdf.PdfReport}. The pages are the engine's HTML report for paper
 * ({@link io.github.zirules.report.ReportOptions#withPrint}), printed by openhtmltopdf (PDFBox); this module carries
 * those two libraries so that an application that never prints does not. {@code ...pdf.internal} is not API.
 * Nothing in its signatures is null ({@code @NullMarked}, JSpecify).
 */
@NullMarked
package io.github.zirules.pdf;

import org.jspecify.annotations.NullMarked;
