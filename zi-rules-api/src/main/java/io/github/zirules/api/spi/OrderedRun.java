package io.github.zirules.api.spi;

import io.github.zirules.api.Result;
import java.util.List;
import java.util.Objects;

/**
 * One evaluation in a given {@link EvaluationOrder}: what the rules decided, and every value a rule read before
 * another rule changed it (the trace of a rule whose outcome depends on which rule fires first).
 *
 * @param result what the rules decided
 * @param earlyReads values a rule read before another rule changed them, in firing order; empty for a sound rule set
 */
public record OrderedRun(Result result, List<EarlyRead> earlyReads) {

    /** Refuses nulls; copies the list. */
    public OrderedRun {
        Objects.requireNonNull(result, "result");
        earlyReads = List.copyOf(earlyReads);
    }

    /**
     * A value read by one rule before another rule changed it.
     *
     * @param what the value, e.g. {@code the score of area MP}
     * @param reader the name of the rule that read it
     * @param readerLocation where that rule is written, {@code file:line}
     * @param writer the name of the rule that changed it afterwards
     * @param writerLocation where that rule is written, {@code file:line}
     */
    public record EarlyRead(String what, String reader, String readerLocation, String writer, String writerLocation) {

        /** Refuses nulls. */
        public EarlyRead {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(readerLocation, "readerLocation");
            Objects.requireNonNull(writer, "writer");
            Objects.requireNonNull(writerLocation, "writerLocation");
        }
    }
}
