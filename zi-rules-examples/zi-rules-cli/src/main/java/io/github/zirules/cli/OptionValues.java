package io.github.zirules.cli;

import io.github.zirules.report.ReportFormat;

/**
 * The closed sets of values of the command line's options, as enums that picocli converts (in any case), offers to
 * shell completion and names in its message for a value outside them ({@code Invalid value for option '--format':
 * expected one of [text, json, …] (case-insensitive) but was 'xml'}). The constants are lower case because picocli
 * writes their names in that message, and they are what a user types.
 */
final class OptionValues {

    private OptionValues() {
    }

    /** {@code evaluate --format}; {@code txt} and {@code markdown} are other names of {@code text} and {@code md}. */
    enum EvaluateFormat {
        /** The terminal text report. */
        text(ReportFormat.TEXT),
        /** The same as {@code text}. */
        txt(ReportFormat.TEXT),
        /** zi-report/1 JSON. */
        json(null),
        /** A Markdown page. */
        md(ReportFormat.MARKDOWN),
        /** The same as {@code md}. */
        markdown(ReportFormat.MARKDOWN),
        /** One self-contained HTML page. */
        html(ReportFormat.HTML),
        /** An A4 PDF, to {@code --out}. */
        pdf(null),
        /** One CSV row per unit. */
        csv(ReportFormat.CSV),
        /** The scored LKE workbook, or a summary workbook for several files, to {@code --out}. */
        xlsx(null);

        private final ReportFormat document;

        EvaluateFormat(ReportFormat document) {
            this.document = document;
        }

        /** The report renderer's format; null for JSON, PDF and XLSX, which are written otherwise. */
        ReportFormat document() {
            return document;
        }
    }

    /** {@code compare --format}. */
    enum CompareFormat {
        /** A terminal table. */
        text,
        /** zi-compare/1 JSON. */
        json,
        /** One HTML page. */
        html
    }

    /** {@code plan --format}. */
    enum PlanFormat {
        /** A terminal list. */
        text,
        /** The plan as JSON. */
        json
    }

    /** {@code evaluate --json-layout}: several JSON reports as one array or as JSON Lines. */
    enum JsonLayout {
        /** One JSON array. */
        array,
        /** One report per line. */
        lines
    }

    /** {@code evaluate --progress}: when to draw the progress bar on stderr. */
    enum Progress {
        /** For long runs, when stderr is a terminal and the reports are not written to it. */
        auto,
        /** Always. */
        always,
        /** Never. */
        never
    }
}
