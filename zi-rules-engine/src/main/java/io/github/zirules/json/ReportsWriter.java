package io.github.zirules.json;

import io.github.zirules.api.Result;
import io.github.zirules.json.internal.JsonWriter;
import io.github.zirules.json.internal.ReportWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Several {@code zi-report/1} reports written to one output as they come, laid out as a {@link ReportLayout} says:
 * the same bytes as {@link ZiJson#writeReports} gives for all of them at once, but nothing is kept between two
 * reports. Jackson writes the array's brackets and separators.
 *
 * <pre>{@code
 * try (ReportsWriter reports = ZiJson.create().openReports(out, ReportLayout.ARRAY)) {
 *     for (Assessment a : assessments) {
 *         reports.add(evaluator.evaluate(a));
 *     }
 * }
 * }</pre>
 *
 * <p>A report may also be drawn ahead, on any thread ({@link #draw}, thread-safe), and added later in its turn
 * ({@link #add(String)}), so that several threads score and write while the output keeps the input's order. Apart
 * from {@link #draw}, not thread-safe.
 */
public final class ReportsWriter implements Closeable, Flushable {

    private final Writer out;
    private final ReportLayout layout;
    private final JsonWriter array;
    private int count;
    private boolean closed;

    ReportsWriter(Writer out, ReportLayout layout) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.array = layout == ReportLayout.ARRAY ? new JsonWriter(out, true, 0).beginArray() : null;
    }

    /**
     * {@code r} as this layout writes it, without what separates it from the report before: pretty-printed one level
     * in (an array element) or compact with its line end (JSON Lines). Thread-safe.
     */
    public String draw(Result r) {
        Objects.requireNonNull(r, "result");
        return layout == ReportLayout.ARRAY ? ZiJson.string(w -> ReportWriter.write(r, w), true, 1)
                : ZiJson.string(w -> ReportWriter.write(r, w), false, 0) + "\n";
    }

    /** Writes the report of {@code r} and flushes it to the output. */
    public void add(Result r) throws IOException {
        add(draw(r));
    }

    /** Writes a report {@link #draw drawn} ahead by a writer of the same layout, and flushes it to the output. */
    public void add(String drawn) throws IOException {
        Objects.requireNonNull(drawn, "drawn");
        if (closed) {
            throw new IllegalStateException("the reports are closed: nothing can be added after close()");
        }
        if (array != null) {
            array.rawValue(drawn);
        } else {
            out.write(drawn);
        }
        count++;
        flush();
    }

    /** How many reports were written. */
    public int count() {
        return count;
    }

    /** Hands what is written so far to the output and flushes it. */
    @Override
    public void flush() throws IOException {
        if (array != null) {
            array.flush();
        }
        out.flush();
    }

    /** Ends the array (its closing bracket and a newline; {@code []} when empty) and flushes; the output stays open. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (array != null) {
            array.endArray();
            out.write('\n');
        }
        out.flush();
    }
}
