package io.github.zirules.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for long runs: drawn once the run has more than {@link #MANY_FILES} files or has
 * taken more than {@link #SLOW_MILLIS} ms, redrawn at most every {@link #REDRAW_MILLIS} ms, erased at the end and
 * before any other line is written to standard error. Off when disabled (standard error not a terminal,
 * {@code --quiet}, {@code --progress never}).
 */
final class Progress {

    /** More files than this show the bar from the start. */
    static final int MANY_FILES = 100;
    /** A run longer than this shows the bar. */
    static final long SLOW_MILLIS = 2_000;
    /** The least time between two redraws. */
    static final long REDRAW_MILLIS = 200;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private boolean shown;

    /** A bar over {@code total} files; {@code clock} gives milliseconds. */
    Progress(PrintWriter err, int total, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 1;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** Reports that {@code done} files are finished. */
    void update(int done) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (!shown && total <= MANY_FILES && now - start <= SLOW_MILLIS) {
            return;
        }
        if (shown && now - lastDraw < REDRAW_MILLIS && done < total) {
            return;
        }
        lastDraw = now;
        shown = true;
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        long secs = (now - start) / 1000;
        print("\r[" + "█".repeat(filled) + "░".repeat(WIDTH - filled) + "] " + (total == 0 ? 100
                : done * 100L / total) + " %  " + done + "/" + total + "  " + String.format("%02d:%02d", secs / 60,
                secs % 60) + " ");
        err.flush();
    }

    /** Erases the bar (before another line goes to standard error, and at the end). */
    void clear() {
        if (shown) {
            print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
            lastDraw = Long.MIN_VALUE;
            shown = false;
        }
    }

    /** Writes the bar's own text, carriage returns included, past the terminal sanitiser. */
    private void print(String s) {
        if (err instanceof TerminalText.SafePrintWriter safe) {
            safe.printRaw(s);
        } else {
            err.print(s);
        }
    }

    /** Whether the bar is drawn now. */
    boolean shown() {
        return shown;
    }
}
