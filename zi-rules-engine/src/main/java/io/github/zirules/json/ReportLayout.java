package io.github.zirules.json;

/** How {@link ZiJson#writeReports} lays out several {@code zi-report/1} reports in one output. */
public enum ReportLayout {
    /** One pretty-printed JSON array holding every report, followed by a newline; {@code []} when there is none. */
    ARRAY,
    /**
     * <a href="https://jsonlines.org/">JSON Lines</a>: each report compact on one line, each line ending with
     * {@code \n}; nothing at all when there is no report. Suited to streaming and to {@code grep}.
     */
    JSON_LINES
}
