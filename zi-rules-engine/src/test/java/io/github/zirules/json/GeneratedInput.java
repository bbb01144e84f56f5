package io.github.zirules.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A document generated on the fly, never held in memory: a head, {@code count} repeated parts, a tail. Counts the
 * bytes it handed out, so a test can check that a reader stopped early.
 */
final class GeneratedInput extends InputStream {

    private final byte[] head;
    private final byte[] tail;
    private final long count;
    private final LongFunction<String> part;
    private long index = -1;
    private byte[] current;
    private int pos;
    private long served;

    GeneratedInput(String head, long count, LongFunction<String> part, String tail) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.tail = tail.getBytes(StandardCharsets.UTF_8);
        this.count = count;
        this.part = part;
        this.current = this.head;
    }

    /** How many bytes were read. */
    long served() {
        return served;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        int done = 0;
        while (done < len) {
            while (current != null && pos == current.length) {
                advance();
            }
            if (current == null) {
                break;
            }
            int n = Math.min(len - done, current.length - pos);
            System.arraycopy(current, pos, b, off + done, n);
            pos += n;
            done += n;
        }
        served += done;
        return done == 0 && len > 0 ? -1 : done;
    }

    private void advance() {
        pos = 0;
        index++;
        if (index < count) {
            current = part.apply(index).getBytes(StandardCharsets.UTF_8);
        } else if (index == count) {
            current = tail;
        } else {
            current = null;
        }
    }
}
