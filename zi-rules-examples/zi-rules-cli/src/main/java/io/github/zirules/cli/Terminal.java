package io.github.zirules.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard output or error is a terminal, so that a progress bar may be drawn. */
final class Terminal {

    private Terminal() {
    }

    /** Whether standard error is a terminal (see {@link #isTerminal(int)}). */
    static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    /** Whether standard output is a terminal (see {@link #isTerminal(int)}). */
    static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    /**
     * True when file descriptor {@code fd} is a terminal and {@code TERM} is not {@code dumb}. On Linux this reads
     * where the descriptor points ({@code /proc/self/fd/N}: {@code /dev/pts/…} or {@code /dev/tty…}); elsewhere it
     * falls back to {@link System#console()}, which is there only when standard input and output are terminals.
     */
    static boolean isTerminal(int fd) {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux, or not allowed: fall back
        }
        return System.console() != null;
    }
}
