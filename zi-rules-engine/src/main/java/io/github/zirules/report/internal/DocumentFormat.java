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

    /** Writes one report; {@code index} counts from 0. */
    void report(ReportView view, int index, Appendable out) throws IOException;

    /** Writes what comes after the last report: {@code count} reports, {@code eligible} of them eligible. */
    void end(int count, int eligible, Appendable out) throws IOException;
}
