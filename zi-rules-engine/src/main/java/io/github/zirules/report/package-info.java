/**
 * Reports people can read: one evaluation's {@link io.github.zirules.api.Result} as a terminal text, a Markdown
 * page or one self-contained HTML file with a chart of the six change areas. Start with
 * {@link io.github.zirules.report.ReportRenderer}; several results go into one document through
 * {@link io.github.zirules.report.ReportStream}.
 *
 * <p>Everything is in Bahasa Indonesia ({@code "id"}) or English ({@code "en"}); numbers are written as reported
 * (2 decimals, a decimal comma in Bahasa Indonesia). No weight or threshold is written in this package: the
 * minimums come from the result's checks, and the area weights (for the chart) from the rule set itself, learned by
 * {@link io.github.zirules.report.AreaScale#learn}. Nothing from Drools appears here; {@code ...report.internal}
 * is not API.
 */
package io.github.zirules.report;
