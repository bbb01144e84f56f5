package io.github.zirules.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The report file of {@code --out}, written whole or not at all: the report goes to a temporary file in the same
 * folder ({@code .NAME.XXXX.tmp}), which replaces the target in one rename once it is complete and on disk. A run that
 * is killed, or fails to write (disk full), leaves the earlier report untouched; at worst a temporary file remains.
 */
final class AtomicReport implements AutoCloseable {

    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final Writer writer;
    private final OutputStream stream;
    private boolean done;

    private AtomicReport(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 65_536);
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 65_536) {
            @Override
            public void close() throws IOException {
                flush(); // the channel stays open until commit or close
            }
        };
    }

    /**
     * Starts a report for {@code target}.
     *
     * @throws IOException if no file can be made in the target's folder
     */
    static AtomicReport create(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, Files.exists(abs) ? Files.getPosixFilePermissions(abs) : READABLE);
        } catch (UnsupportedOperationException | IOException e) {
            // not POSIX, or not ours: the temporary file's own permissions stay
        }
        return new AtomicReport(abs, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
    }

    /** Where to write the report. */
    Writer writer() {
        return writer;
    }

    /** Where to write a binary report (PDF, XLSX) instead of {@link #writer()}; closing it only flushes it. */
    OutputStream stream() {
        return stream;
    }

    /**
     * Puts the complete report in place of the target.
     *
     * @throws IOException if it cannot be written to disk or renamed; the target is then untouched
     */
    void commit() throws IOException {
        stream.flush();
        writer.flush();
        channel.force(true);
        writer.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    /** Drops the report: the temporary file is deleted and the target untouched. Safe to call twice. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            writer.close();
        } catch (IOException e) {
            // a failed write: the file goes anyway
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more to do: a stray .tmp file is the worst outcome
        }
    }
}
