package io.github.zirules.report;

/** The formats a {@link ReportStream} writes. */
public enum ReportFormat {
    /** Plain text for a terminal (UTF-8, with ✓ and ✗). */
    TEXT,
    /** A Markdown page (CommonMark with GitHub tables). */
    MARKDOWN,
    /** One self-contained HTML file: inline CSS and an inline SVG chart, nothing fetched from elsewhere. */
    HTML
}
