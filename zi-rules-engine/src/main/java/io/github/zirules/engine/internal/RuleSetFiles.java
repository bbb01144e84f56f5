package io.github.zirules.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the files of a rule-set folder (descriptor, rule files, instrument, scenarios) within limits: only regular
 * files that really lie inside the folder (a link may point to another file of the folder, as a Kubernetes
 * ConfigMap's do, never outside it), of at most {@link #MAX_FILE_BYTES}. A FIFO, a device such as
 * {@code /dev/zero}, a loop of links or a link to {@code /etc/passwd} is refused with a clear message and its
 * content is never read, so never printed.
 */
public final class RuleSetFiles {

    /** The most bytes of one file of a rule set: the built-in rule files have about 20 KB. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    /** The most bytes of all the files of one rule-set folder together. */
    public static final int MAX_TOTAL_BYTES = 8 * 1024 * 1024;
    /** The most files one rule-set folder may list or hold. */
    public static final int MAX_FILES = 200;

    /** A file refused before it was read; its message says why, in English and Bahasa Indonesia. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private RuleSetFiles() {
    }

    /**
     * The bytes of {@code file}, which must be a regular file inside {@code folder}.
     *
     * @throws NoSuchFileException if there is no such file
     * @throws RefusedException if it is not a regular file, lies outside the folder, or is too large
     * @throws IOException if it cannot be read (a loop of links, no permission)
     */
    public static byte[] read(Path file, Path folder) throws IOException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw e;
        } catch (FileSystemException e) {
            throw new RefusedException(file + ": the path cannot be resolved (a loop of links?): " + e.getReason()
                    + " (jalur berkas tidak dapat diuraikan)");
        }
        if (!real.startsWith(folder.toRealPath())) {
            throw new RefusedException(file + " is a link to a file outside the rule-set folder; it is not read "
                    + "(tautan ke berkas di luar folder aturan tidak dibaca)");
        }
        if (!Files.isRegularFile(real)) {
            throw new RefusedException(file + " is not a regular file (a folder, a FIFO or a device); it is not "
                    + "read (bukan berkas biasa, tidak dibaca)");
        }
        if (Files.size(real) > MAX_FILE_BYTES) {
            throw tooLarge(file);
        }
        try (InputStream in = Files.newInputStream(real)) {
            byte[] b = in.readNBytes(MAX_FILE_BYTES + 1);
            if (b.length > MAX_FILE_BYTES) {
                throw tooLarge(file);
            }
            return b;
        }
    }

    /** What went wrong reading a file, for a message: the reason of a refusal, otherwise the exception. */
    public static String describe(IOException e) {
        return e instanceof RefusedException ? e.getMessage() : e.toString();
    }

    private static RefusedException tooLarge(Path file) {
        return new RefusedException(file + " has more than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB, the limit "
                + "for one file of a rule set (berkas melebihi " + MAX_FILE_BYTES / (1024 * 1024) + " MiB)");
    }
}
