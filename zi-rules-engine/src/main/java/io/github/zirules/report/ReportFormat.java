package io.github.zirules.report;

/** The formats a {@link ReportStream} writes. */
public enum ReportFormat {
    /** Plain text for a terminal (UTF-8, with ✓ and ✗). */
    TEXT,
    /** A Markdown page (CommonMark with GitHub tables). */
    MARKDOWN,
    /** One self-contained HTML file: inline CSS and an inline SVG chart, nothing fetched from elsewhere. */
    HTML,
    /**
     * A CSV summary (RFC 4180, UTF-8, comma-separated, header row): one row per unit with its total, every component
     * and area, the verdict and each failed check with its shortfall.
     */
    CSV
}
