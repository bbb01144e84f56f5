package io.github.zirules.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so that a progress bar may be drawn on it. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when standard error is a terminal and {@code TERM} is not {@code dumb}. On Linux this reads where file
     * descriptor 2 points ({@code /proc/self/fd/2}: {@code /dev/pts/…} or {@code /dev/tty…}); elsewhere it falls back
     * to {@link System#console()}, which is there only when standard input and output are terminals.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux, or not allowed: fall back
        }
        return System.console() != null;
    }
}
