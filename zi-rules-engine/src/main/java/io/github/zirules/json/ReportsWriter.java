package io.github.zirules.json;

import io.github.zirules.api.Result;
import io.github.zirules.json.internal.JsonWriter;
import io.github.zirules.json.internal.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Several {@code zi-report/1} reports written to one output as they come, laid out as a {@link ReportLayout} says:
 * the same bytes as {@link ZiJson#writeReports} gives for all of them at once, but nothing is kept between two
 * reports. The array's brackets and separators are those of {@link JsonWriter}'s layout: {@code [}, each report on
 * its own line one level in, separated by {@code ,}, {@code ]} on a line of its own ({@code []} when empty).
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
 * ({@link #add(String)}), so that several threads score and write while the output keeps the input's order. Drawn
 * as UTF-8 bytes ({@link #drawUtf8}, {@link #addUtf8}) and written to a stream
 * ({@link ZiJson#openReports(OutputStream, ReportLayout)}), a report is never held as text and never encoded on the
 * thread that writes. Apart from {@link #draw} and {@link #drawUtf8}, not thread-safe.
 */
public final class ReportsWriter implements Closeable, Flushable {

    private static final byte[] OPEN = "[\n  ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BETWEEN = ",\n  ".getBytes(StandardCharsets.US_ASCII);
    /** What a report drawn as UTF-8 usually needs (a full LKE report is about 40 KB). */
    private static final int DRAWN_SIZE = 64 * 1024;

    private final Writer out;
    private final OutputStream bytes;
    private final ReportLayout layout;
    private int count;
    private boolean closed;

    ReportsWriter(Writer out, ReportLayout layout) {
        this.out = Objects.requireNonNull(out, "out");
        this.bytes = null;
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    ReportsWriter(OutputStream out, ReportLayout layout) {
        this.out = null;
        this.bytes = Objects.requireNonNull(out, "out");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * {@code r} as this layout writes it, without what separates it from the report before: pretty-printed one level
     * in (an array element) or compact with its line end (JSON Lines). Thread-safe.
     */
    public String draw(Result r) {
        return new String(drawUtf8(r), StandardCharsets.UTF_8);
    }

    /** {@link #draw} as UTF-8 bytes, drawn straight into them. Thread-safe. */
    public byte[] drawUtf8(Result r) {
        Objects.requireNonNull(r, "result");
        ByteArrayOutputStream drawn = new ByteArrayOutputStream(DRAWN_SIZE);
        try {
            boolean array = layout == ReportLayout.ARRAY;
            ReportWriter.write(r, new JsonWriter(drawn, array, array ? 1 : 0));
            if (!array) {
                drawn.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return drawn.toByteArray();
    }

    /** Writes the report of {@code r} and flushes it to the output. */
    public void add(Result r) throws IOException {
        addUtf8(drawUtf8(r));
    }

    /** Writes a report {@link #draw drawn} ahead by a writer of the same layout, and flushes it to the output. */
    public void add(String drawn) throws IOException {
        Objects.requireNonNull(drawn, "drawn");
        if (bytes != null) {
            addUtf8(drawn.getBytes(StandardCharsets.UTF_8));
            return;
        }
        separate();
        out.write(drawn);
        count++;
        flush();
    }

    /**
     * Writes a report {@link #drawUtf8 drawn} ahead as UTF-8 by a writer of the same layout, and flushes it to the
     * output.
     */
    public void addUtf8(byte[] drawn) throws IOException {
        Objects.requireNonNull(drawn, "drawn");
        if (out != null) {
            add(new String(drawn, StandardCharsets.UTF_8));
            return;
        }
        separate();
        bytes.write(drawn);
        count++;
        flush();
    }

    /** What goes before the next report: the array's opening bracket or a comma, with the line end and indent. */
    private void separate() throws IOException {
        if (closed) {
            throw new IllegalStateException("the reports are closed: nothing can be added after close()");
        }
        if (layout != ReportLayout.ARRAY) {
            return;
        }
        byte[] before = count == 0 ? OPEN : BETWEEN;
        if (bytes != null) {
            bytes.write(before);
        } else {
            out.write(new String(before, StandardCharsets.US_ASCII));
        }
    }

    /** How many reports were written. */
    public int count() {
        return count;
    }

    /** Hands what is written so far to the output and flushes it. */
    @Override
    public void flush() throws IOException {
        if (bytes != null) {
            bytes.flush();
        } else {
            out.flush();
        }
    }

    /** Ends the array (its closing bracket and a newline; {@code []} when empty) and flushes; the output stays open. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (layout == ReportLayout.ARRAY) {
            String end = count == 0 ? "[]\n" : "\n]\n";
            if (bytes != null) {
                bytes.write(end.getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(end);
            }
        }
        flush();
    }
}
