package io.github.zirules.report.internal;

import java.io.IOException;

/**
 * One output format: what it writes before the first report, for each report, and after the last. A document may
 * hold any number of reports, written one at a time, so that a long run never keeps its results.
 */
public interface DocumentFormat {

    /** Writes what comes before the first report; by default nothing. */
    default void begin(Appendable out) throws IOException {
    }

    /**
     * What this format writes between two reports when a report's own text does not depend on the reports before
     * it, so that it can be drawn ahead, on any thread, and placed in its turn: {@code report(view, i, out)} for
     * {@code i > 0} writes this and then what {@code report(view, 0, out)} writes. Null (the default) when a report
     * depends on the ones before it (HTML numbers its reports and keeps a table of units; CSV shares one printer).
     */
    default String separator() {
        return null;
    }

    /** Writes one report; {@code index} counts from 0. */
    void report(ReportView view, int index, Appendable out) throws IOException;

    /** Writes what comes after the last report: {@code count} reports, {@code eligible} of them eligible. */
    void end(int count, int eligible, Appendable out) throws IOException;
}
