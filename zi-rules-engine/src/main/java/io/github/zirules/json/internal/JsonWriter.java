package io.github.zirules.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes JSON with Jackson's streaming generator in one fixed layout, so that equal values give identical bytes:
 * pretty-printed with two spaces per level, {@code "key": value}, {@code \n} line ends and {@code {}} / {@code []}
 * for empty containers ({@link Layout}); or compact, with no white space at all. Numbers are written as given (plain
 * decimal text, keeping the scale); strings are escaped by Jackson as RFC 8259 requires, control characters as
 * {@code \n}, {@code \t}… or {@code \\u001f}, and a lone surrogate as a {@code \\uXXXX} escape so that any Java
 * string round-trips.
 *
 * <p>The text reaches the caller's {@link Writer} (or, as UTF-8, {@link OutputStream}: the same bytes, a character
 * outside the Basic Multilingual Plane as its four UTF-8 bytes, not as an escaped surrogate pair) when the root value
 * is complete, so the caller may write a line end after it. Not thread-safe; one per document.
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new LowerCaseControlEscapes())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /**
     * Member names met so far with their quoted bytes worked out once (the names of a report's layout and the rule
     * set's ids, the same in every report of a folder); bounded, so names from input data cannot grow it without end.
     */
    private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();
    private static final int MAX_NAMES = 8192;

    private final JsonGenerator gen;
    private int depth;

    /**
     * A writer.
     *
     * @param out where to write
     * @param pretty whether to indent
     * @param baseIndent the indentation level of the root value (for a value nested in an enclosing array)
     */
    public JsonWriter(Writer out, boolean pretty, int baseIndent) {
        this(generator(out, null), pretty, baseIndent);
    }

    /**
     * A writer of UTF-8 bytes: the bytes of {@link #JsonWriter(Writer, boolean, int)}'s text.
     *
     * @param out where to write
     * @param pretty whether to indent
     * @param baseIndent the indentation level of the root value (for a value nested in an enclosing array)
     */
    public JsonWriter(OutputStream out, boolean pretty, int baseIndent) {
        this(generator(null, out), pretty, baseIndent);
    }

    private JsonWriter(JsonGenerator gen, boolean pretty, int baseIndent) {
        this.gen = gen;
        if (pretty) {
            gen.setPrettyPrinter(new Layout(baseIndent));
        }
    }

    private static JsonGenerator generator(Writer chars, OutputStream bytes) {
        try {
            return chars != null ? FACTORY.createGenerator(chars) : FACTORY.createGenerator(bytes, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new IllegalStateException("Jackson cannot write to a " + (chars != null ? "Writer" : "stream"), e);
        }
    }

    /** Opens an object. */
    public JsonWriter beginObject() throws IOException {
        gen.writeStartObject();
        depth++;
        return this;
    }

    /** Closes the current object. */
    public JsonWriter endObject() throws IOException {
        gen.writeEndObject();
        return closed();
    }

    /** Opens an array. */
    public JsonWriter beginArray() throws IOException {
        gen.writeStartArray();
        depth++;
        return this;
    }

    /** Closes the current array. */
    public JsonWriter endArray() throws IOException {
        gen.writeEndArray();
        return closed();
    }

    private JsonWriter closed() throws IOException {
        depth--;
        return done();
    }

    /** After a value: at the root, hands the text to the caller's writer. */
    private JsonWriter done() throws IOException {
        if (depth == 0) {
            gen.flush();
        }
        return this;
    }

    /**
     * Writes {@code json}, one complete value already written by a writer of this layout at this level, as the next
     * value: Jackson writes the separator and indentation before it, as for any other value.
     */
    public JsonWriter rawValue(String json) throws IOException {
        gen.writeRawValue(json);
        return done();
    }

    /** Hands what is written so far to the caller's writer (without flushing that writer). */
    public void flush() throws IOException {
        gen.flush();
    }

    /** Writes a member name; the next call writes its value. */
    public JsonWriter name(String name) throws IOException {
        SerializedString known = NAMES.get(name);
        if (known == null && plain(name) && NAMES.size() < MAX_NAMES) {
            known = NAMES.computeIfAbsent(name, SerializedString::new);
        }
        if (known != null) {
            gen.writeFieldName(known);
        } else {
            gen.writeFieldName(name);
        }
        return this;
    }

    /**
     * Whether a name is printable ASCII without a quote or backslash: written the same by any escaping, so its
     * quoted bytes can be kept ({@link #NAMES}).
     */
    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** Writes a string value. */
    public JsonWriter value(String s) throws IOException {
        int lone = loneSurrogate(s, 0);
        if (lone < 0) {
            gen.writeString(s);
        } else {
            gen.writeRawValue(withLoneSurrogates(s, lone));
        }
        return done();
    }

    /** Writes a boolean value. */
    public JsonWriter value(boolean b) throws IOException {
        gen.writeBoolean(b);
        return done();
    }

    /** Writes a whole number. */
    public JsonWriter value(long n) throws IOException {
        gen.writeNumber(n);
        return done();
    }

    /** Writes a decimal number in plain notation (never scientific), keeping its scale. */
    public JsonWriter value(BigDecimal d) throws IOException {
        gen.writeNumber(d);
        return done();
    }

    /** Writes {@code null}. */
    public JsonWriter nullValue() throws IOException {
        gen.writeNull();
        return done();
    }

    /** Writes a member whose value is a string, or nothing when the value is null. */
    public JsonWriter optional(String name, String value) throws IOException {
        if (value != null) {
            name(name).value(value);
        }
        return this;
    }

    /** The index of the first surrogate at or after {@code from} that is not half of a pair; -1 if none. */
    private static int loneSurrogate(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                continue; // what almost every character is: no surrogate at all
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A string holding a lone surrogate (which UTF-8 cannot encode), as a quoted JSON string: the parts between the
     * lone surrogates escaped by Jackson, each lone surrogate as {@code \\uXXXX}.
     */
    private static String withLoneSurrogates(String s, int first) throws IOException {
        StringBuilder b = new StringBuilder("\"");
        int start = 0;
        for (int at = first; at >= 0; at = loneSurrogate(s, start)) {
            b.append(quoted(s.substring(start, at))).append(String.format("\\u%04x", (int) s.charAt(at)));
            start = at + 1;
        }
        return b.append(quoted(s.substring(start))).append('"').toString();
    }

    /** {@code s} escaped by Jackson, without the quotes. */
    private static String quoted(String s) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeString(s);
        }
        return w.toString().substring(1, w.toString().length() - 1);
    }

    /** Control characters without a short escape as {@code \\u001f} (lower case, as zi-rules always wrote them). */
    private static final class LowerCaseControlEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        LowerCaseControlEscapes() {
            for (int c = 0; c < 0x20; c++) {
                if (ascii[c] == ESCAPE_STANDARD && "\b\t\n\f\r".indexOf(c) < 0) {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Jackson asks for every character above ASCII too: those are written as they are (UTF-8).
            return ch < 0x20 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /**
     * The pretty layout: two spaces per level from a base level, {@code "key": value}, one member or element per
     * line, {@code \n} whatever the platform, and nothing between the brackets of an empty object or array.
     */
    private static final class Layout implements com.fasterxml.jackson.core.PrettyPrinter {
        /** A line end and the indentation of each level, written at once: {@code "\n"}, {@code "\n  "}, … */
        private static final SerializedString[] NEWLINES = new SerializedString[16];
        private static final SerializedString COLON = new SerializedString(": ");

        static {
            for (int i = 0; i < NEWLINES.length; i++) {
                NEWLINES[i] = new SerializedString("\n" + "  ".repeat(i));
            }
        }

        private final int base;
        private int level;

        Layout(int base) {
            this.base = base;
        }

        private void newline(JsonGenerator g) throws IOException {
            int n = base + level;
            if (n < NEWLINES.length) {
                g.writeRaw(NEWLINES[n]);
            } else {
                g.writeRaw("\n" + "  ".repeat(n));
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            // One root value per writer.
        }

        private void open(JsonGenerator g, char bracket) throws IOException {
            g.writeRaw(bracket);
            level++;
        }

        private void separate(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newline(g);
        }

        private void close(JsonGenerator g, int entries, char bracket) throws IOException {
            level--;
            if (entries > 0) {
                newline(g);
            }
            g.writeRaw(bracket);
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            open(g, '{');
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            newline(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(COLON);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            separate(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            close(g, entries, '}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            open(g, '[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            newline(g);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            separate(g);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            close(g, values, ']');
        }
    }
}
