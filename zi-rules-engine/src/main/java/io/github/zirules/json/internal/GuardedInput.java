package io.github.zirules.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * The bytes of a JSON document on their way to the parser, checked before the parser sees them: a UTF-8 byte order
 * mark at the start is dropped (tolerated); and every byte must belong to well-formed UTF-8 (Unicode table 3-7: no
 * overlong forms, no encoded surrogates, nothing above U+10FFFF) and must not be NUL (a NUL byte means UTF-16 or
 * UTF-32, which JSON texts exchanged between systems must not use). This is what Jackson cannot say: it would detect
 * UTF-16 or UTF-32 and read it, and it does not name the offending byte. The document's size is Jackson's limit
 * ({@code StreamReadConstraints.maxDocumentLength}).
 *
 * <p>A violation is raised as a {@link Refusal} (an {@link IOException} the parser lets through unchanged) once the
 * bytes before it have been passed on, so that a syntax error earlier in the same block is still found first.
 * Lines and columns (1-based; columns count bytes, as the parser's do) are tracked so the refusal can say where.
 */
final class GuardedInput extends InputStream {

    /** A refusal: the bytes are not UTF-8, with where and why. */
    static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;
        final long column;
        final String detail;

        Refusal(long line, long column, String detail) {
            super("not UTF-8 at " + line + ":" + column + ": " + detail);
            this.line = line;
            this.column = column;
            this.detail = detail;
        }
    }

    private final PushbackInputStream in;
    private boolean started;
    private Refusal deferred;
    private long line = 1;
    private long column;
    /** Continuation bytes still expected in the current character, and the range of the next one. */
    private int need;
    /** The lead byte of the current multi-byte character, and its column. */
    private int lead;
    private long leadColumn;
    private int lo = 0x80;
    private int hi = 0xBF;

    GuardedInput(InputStream in) {
        this.in = new PushbackInputStream(in, 3);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (deferred != null) {
            throw deferred;
        }
        if (len == 0) {
            return 0;
        }
        if (!started) {
            started = true;
            skipBom();
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            return endOfInput();
        }
        for (int i = 0; i < n; i++) {
            int c = b[off + i] & 0xFF;
            if (need == 0 && c > '\n' && c < 0x80) {
                column++; // plain ASCII, what almost every byte is: what check(c) would do, without the call
                continue;
            }
            Refusal r = check(c);
            if (r != null) {
                deferred = r;
                if (i == 0) {
                    throw r;
                }
                return i;
            }
        }
        return n;
    }

    private int endOfInput() throws Refusal {
        if (need > 0) {
            throw deferred = new Refusal(line, leadColumn, "the input ends inside a multi-byte UTF-8 character");
        }
        return -1;
    }

    private void skipBom() throws IOException {
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.unread(head);
            return;
        }
        byte[] next = in.readNBytes(3);
        if (next.length == 3 && (next[0] & 0xFF) == 0xEF && (next[1] & 0xFF) == 0xBB && (next[2] & 0xFF) == 0xBF) {
            throw deferred = new Refusal(1, 1, "a second byte order mark (EF BB BF) follows the "
                    + "first; at most one may start the file (a file converted twice?)");
        }
        in.unread(next);
    }

    /** Checks one byte; a refusal if it breaks UTF-8 (or is NUL), else null. */
    private Refusal check(int c) {
        column++;
        if (need > 0) {
            if (c < lo || c > hi) {
                return new Refusal(line, leadColumn, "byte 0x" + hex(lead) + " starts a UTF-8 "
                        + "character that byte 0x" + hex(c) + " cannot continue (Latin-1 or Windows-1252 text?)");
            }
            need--;
            lo = 0x80;
            hi = 0xBF;
            return null;
        }
        if (c == '\n') {
            line++;
            column = 0;
        } else if (c == 0) {
            return notUtf8(c, "a NUL byte (0x00): the file looks like UTF-16 or UTF-32, not UTF-8");
        } else if (c >= 0x80) {
            return lead(c);
        }
        return null;
    }

    private Refusal lead(int c) {
        lead = c;
        leadColumn = column;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return notUtf8(c, "byte 0x" + hex(c) + " cannot start a UTF-8 character");
        }
        return null;
    }

    private Refusal notUtf8(int c, String detail) {
        return new Refusal(line, Math.max(column, 1), detail);
    }

    private static String hex(int c) {
        return String.format("%02X", c);
    }
}
