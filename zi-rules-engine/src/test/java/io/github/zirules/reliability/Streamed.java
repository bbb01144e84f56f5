package io.github.zirules.reliability;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A document made on the fly, piece by piece, so that a 100 MB input never sits in memory: a head, {@code count}
 * pieces, a tail. Counts the bytes it served, so a test can show how much of it the reader consumed.
 */
final class Streamed extends InputStream {

    private final byte[] head;
    private final long count;
    private final LongFunction<String> piece;
    private final byte[] tail;
    private long next;
    private byte[] current;
    private int pos;
    private boolean tailServed;
    private long served;

    Streamed(String head, long count, LongFunction<String> piece, String tail) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.count = count;
        this.piece = piece;
        this.tail = tail.getBytes(StandardCharsets.UTF_8);
        this.current = this.head;
    }

    /** How many bytes were read from it so far. */
    long served() {
        return served;
    }

    private boolean advance() {
        while (current == null || pos >= current.length) {
            if (next < count) {
                current = piece.apply(next++).getBytes(StandardCharsets.UTF_8);
            } else if (!tailServed) {
                tailServed = true;
                current = tail;
            } else {
                return false;
            }
            pos = 0;
        }
        return true;
    }

    @Override
    public int read() {
        if (!advance()) {
            return -1;
        }
        served++;
        return current[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len && advance()) {
            int k = Math.min(len - n, current.length - pos);
            System.arraycopy(current, pos, b, off + n, k);
            pos += k;
            n += k;
        }
        served += n;
        return n == 0 ? -1 : n;
    }
}
