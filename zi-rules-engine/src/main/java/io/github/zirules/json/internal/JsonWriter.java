package io.github.zirules.json.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with one fixed layout, so that equal values give identical bytes: pretty-printed with
 * two spaces per level, {@code "key": value}, {@code \n} line ends and {@code {}} / {@code []} for empty containers;
 * or compact, with no white space at all. Numbers are written as given (plain decimal text); strings are escaped as
 * RFC 8259 requires, and a lone surrogate is written as a {@code \\uXXXX} escape so that any Java string round-trips.
 *
 * <p>Not thread-safe; one per document.
 */
public final class JsonWriter {

    private final Writer out;
    private final boolean pretty;
    private final int baseIndent;
    /** Per open container: whether it already has an element. */
    private final Deque<boolean[]> stack = new ArrayDeque<>();
    private boolean afterName;

    /**
     * A writer.
     *
     * @param out where to write
     * @param pretty whether to indent
     * @param baseIndent the indentation level of the root value (for a value nested in an enclosing array)
     */
    public JsonWriter(Writer out, boolean pretty, int baseIndent) {
        this.out = out;
        this.pretty = pretty;
        this.baseIndent = baseIndent;
    }

    /** Opens an object. */
    public JsonWriter beginObject() throws IOException {
        beforeValue();
        out.write('{');
        stack.push(new boolean[1]);
        return this;
    }

    /** Closes the current object. */
    public JsonWriter endObject() throws IOException {
        return end('}');
    }

    /** Opens an array. */
    public JsonWriter beginArray() throws IOException {
        beforeValue();
        out.write('[');
        stack.push(new boolean[1]);
        return this;
    }

    /** Closes the current array. */
    public JsonWriter endArray() throws IOException {
        return end(']');
    }

    private JsonWriter end(char c) throws IOException {
        boolean[] top = stack.pop();
        if (top[0]) {
            newline(stack.size());
        }
        out.write(c);
        return this;
    }

    /** Writes a member name; the next call writes its value. */
    public JsonWriter name(String name) throws IOException {
        beforeValue();
        string(name);
        out.write(pretty ? ": " : ":");
        afterName = true;
        return this;
    }

    /** Writes a string value. */
    public JsonWriter value(String s) throws IOException {
        beforeValue();
        string(s);
        return this;
    }

    /** Writes a boolean value. */
    public JsonWriter value(boolean b) throws IOException {
        beforeValue();
        out.write(b ? "true" : "false");
        return this;
    }

    /** Writes a whole number. */
    public JsonWriter value(long n) throws IOException {
        beforeValue();
        out.write(Long.toString(n));
        return this;
    }

    /** Writes a decimal number in plain notation (never scientific), keeping its scale. */
    public JsonWriter value(BigDecimal d) throws IOException {
        beforeValue();
        out.write(d.toPlainString());
        return this;
    }

    /** Writes {@code null}. */
    public JsonWriter nullValue() throws IOException {
        beforeValue();
        out.write("null");
        return this;
    }

    /** Writes a member whose value is a string, or nothing when the value is null. */
    public JsonWriter optional(String name, String value) throws IOException {
        if (value != null) {
            name(name).value(value);
        }
        return this;
    }

    private void beforeValue() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        boolean[] top = stack.peek();
        if (top == null) {
            return;
        }
        if (top[0]) {
            out.write(',');
        }
        top[0] = true;
        newline(stack.size());
    }

    private void newline(int level) throws IOException {
        if (pretty) {
            out.write('\n');
            for (int i = 0; i < baseIndent + level; i++) {
                out.write("  ");
            }
        }
    }

    private void string(String s) throws IOException {
        out.write('"');
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String esc = null;
            if (c == '"') {
                esc = "\\\"";
            } else if (c == '\\') {
                esc = "\\\\";
            } else if (c < 0x20) {
                esc = switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    default -> unicodeEscape(c);
                };
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                esc = unicodeEscape(c);
            } else if (Character.isLowSurrogate(c)) {
                esc = unicodeEscape(c);
            }
            if (esc != null) {
                out.write(s, start, i - start);
                out.write(esc);
                start = i + 1;
            }
        }
        out.write(s, start, n - start);
        out.write('"');
    }

    private static String unicodeEscape(char c) {
        return String.format("\\u%04x", (int) c);
    }
}
