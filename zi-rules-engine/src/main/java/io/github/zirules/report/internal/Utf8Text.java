package io.github.zirules.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text drawn straight into UTF-8 bytes, for a report drawn on the thread that scored it and written as it is: no
 * UTF-16 builder (a text report's first line, its underline of {@code ═}, would make one for the whole report), no
 * copy into a string, no encoding on the writing thread. A report is almost all ASCII, copied a byte a character.
 * An unpaired surrogate has no UTF-8 form: the text is then {@linkplain #encodable() not encodable}, and its
 * drawer writes it as text, so that the writer reports it as it always has. Not thread-safe.
 */
public final class Utf8Text implements Appendable {

    private byte[] bytes;
    private int length;
    /** Where a string's characters are copied to be encoded (made when first needed). */
    private char[] chars = {};
    private boolean encodable = true;

    /** Empty, with room for {@code capacity} bytes before it grows. */
    public Utf8Text(int capacity) {
        this.bytes = new byte[capacity];
    }

    @Override
    public Utf8Text append(CharSequence s) {
        return append(s, 0, s.length());
    }

    /** Appends what {@code other} holds (text encoded once and kept), as it is. */
    public Utf8Text append(Utf8Text other) {
        room(other.length);
        System.arraycopy(other.bytes, 0, bytes, length, other.length);
        length += other.length;
        encodable &= other.encodable;
        return this;
    }

    @Override
    public Utf8Text append(CharSequence s, int start, int end) {
        return append(s.toString(), start, end, false);
    }

    /**
     * Appends {@code s} made safe for a terminal as {@link Escape#terminal} makes it (each unsafe character a
     * {@code ?}), in the same pass as its encoding.
     */
    public Utf8Text appendTerminal(String s) {
        return append(s, 0, s.length(), true);
    }

    /**
     * The characters {@code start} to {@code end} of {@code s}, those unsafe on a terminal as {@code ?} if
     * {@code terminal}. They are copied out first: a loop over an array costs less than {@code charAt} a character.
     */
    private Utf8Text append(String s, int start, int end, boolean terminal) {
        int count = end - start;
        if (chars.length < count) {
            chars = new char[Math.max(count, Math.max(256, chars.length * 2))];
        }
        char[] cs = chars;
        s.getChars(start, end, cs, 0);
        room(count);
        byte[] b = bytes;
        int n = length;
        for (int i = 0; i < count; i++) {
            char c = cs[i];
            if (c < 0x80 && (!terminal || c >= 0x20 && c != 0x7F)) {
                b[n++] = (byte) c;
            } else {
                length = n;
                boolean pair = Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(cs[i + 1]);
                if (terminal && Escape.unsafeOnTerminal(c)) {
                    append('?');
                } else if (pair) {
                    codePoint(Character.toCodePoint(c, cs[++i]));
                } else {
                    append(c);
                }
                room(count - i);
                b = bytes;
                n = length;
            }
        }
        length = n;
        return this;
    }

    @Override
    public Utf8Text append(char c) {
        if (c < 0x80) {
            room(1);
            bytes[length++] = (byte) c;
            return this;
        }
        if (Character.isSurrogate(c)) {
            encodable = false;
            return this;
        }
        codePoint(c);
        return this;
    }

    private void codePoint(int c) {
        room(4);
        byte[] b = bytes;
        int n = length;
        if (c < 0x80) {
            b[n++] = (byte) c;
        } else if (c < 0x800) {
            b[n++] = (byte) (0xC0 | c >> 6);
            b[n++] = (byte) (0x80 | c & 0x3F);
        } else if (c < 0x10000) {
            b[n++] = (byte) (0xE0 | c >> 12);
            b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[n++] = (byte) (0x80 | c & 0x3F);
        } else {
            b[n++] = (byte) (0xF0 | c >> 18);
            b[n++] = (byte) (0x80 | c >> 12 & 0x3F);
            b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[n++] = (byte) (0x80 | c & 0x3F);
        }
        length = n;
    }

    /** Room for at least {@code more} bytes after the last. */
    private void room(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** False once an unpaired surrogate was appended (and left out): the bytes are then not the text. */
    public boolean encodable() {
        return encodable;
    }

    /** Gives back the room not used (for a text that is kept): the same text, holding no more than its bytes. */
    public Utf8Text trimmed() {
        bytes = Arrays.copyOf(bytes, length);
        chars = new char[0];
        return this;
    }

    /** What was appended, decoded again. */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** Writes the UTF-8 bytes of what was appended to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }
}
