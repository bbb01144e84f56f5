package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    @Test
    void aShortRunOfFewFilesShowsNoBar() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintWriter(err), 10, true, now::get);
        for (int i = 1; i <= 10; i++) {
            now.addAndGet(100);
            p.update(i);
        }
        p.clear();
        assertEquals("", err.toString());
    }

    @Test
    void aSlowRunShowsTheBarAfterTwoSecondsAndErasesIt() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintWriter(err), 10, true, now::get);
        now.set(Progress.SLOW_MILLIS + 1);
        p.update(4);
        assertTrue(err.toString().startsWith("\r[████████████░░░░░░░░░░░░░░░░░░] 40 %  4/10  00:02"), err.toString());
        assertTrue(p.shown());
        p.clear();
        assertTrue(err.toString().endsWith("\r"));
        assertFalse(p.shown());
    }

    @Test
    void manyFilesShowTheBarAtOnceButRedrawItSparingly() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintWriter(err), Progress.MANY_FILES + 1, true, now::get);
        p.update(1);
        p.update(2);
        assertEquals(1, err.toString().chars().filter(c -> c == '\r').count(), "the second update came too soon");
        now.addAndGet(Progress.REDRAW_MILLIS);
        p.update(3);
        assertEquals(2, err.toString().chars().filter(c -> c == '\r').count());
    }

    @Test
    void aDisabledBarWritesNothing() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), 1_000, false, () -> 10_000L);
        p.update(500);
        p.clear();
        assertEquals("", err.toString());
    }

    @Test
    void theBarGoesToStandardErrorAndNeverIntoTheJsonOnStandardOutput(@TempDir Path dir) throws Exception {
        for (int i = 0; i <= Progress.MANY_FILES; i++) {
            Files.copy(Cli.example("random-1001-01"), dir.resolve(String.format("u-%03d.json", i)));
        }
        Cli.Run r = Cli.run("evaluate", "--format", "json", "--json-layout", "lines", "--progress", "always",
                dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("█"), r.err());
        assertFalse(r.out().contains("█") || r.out().contains("\r"));
        assertEquals(Progress.MANY_FILES + 2, r.out().lines().count(), "a line per report and the summary");
        Cli.Run quiet = Cli.run("evaluate", "--format", "json", "--json-layout", "lines", "--progress", "always",
                "--quiet", dir.toString());
        assertEquals("", quiet.err());
        assertEquals(r.out(), quiet.out());
    }
}
