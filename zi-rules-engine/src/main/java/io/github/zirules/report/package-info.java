/**
 * Reports people can read: one evaluation's {@link io.github.zirules.api.Result} as a terminal text, a Markdown
 * page, one self-contained HTML file with a chart of the change areas (also in a form for paper, which the module
 * zi-rules-pdf prints as an A4 PDF with a signature block) or a CSV summary row. Start with
 * {@link io.github.zirules.report.ReportRenderer}; several results go into one document through
 * {@link io.github.zirules.report.ReportStream}. A {@link io.github.zirules.report.ReportInput} adds what the
 * result alone does not carry: each item's question (from the instrument) and evidence (from the assessment).
 * {@link io.github.zirules.report.Numbers} writes numbers and answers the one way every report does.
 *
 * <p>Everything is in Bahasa Indonesia ({@code "id"}) or English ({@code "en"}); numbers are written as reported
 * (2 decimals, a decimal comma in Bahasa Indonesia). No weight, threshold or name of the regulation is written in
 * this package: the minimums come from the result's checks, the area weights (for the chart) from the rule set
 * itself, learned by {@link io.github.zirules.report.AreaScale#learn}, and the names of areas, score components and
 * checks from the rule set's {@code structure.csv}. Nothing from Drools appears here; {@code ...report.internal}
 * is not API.
 *
 * <p>Nullness: the package is {@code @NullMarked} (JSpecify): a type in a signature is never null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package io.github.zirules.report;

import org.jspecify.annotations.NullMarked;
