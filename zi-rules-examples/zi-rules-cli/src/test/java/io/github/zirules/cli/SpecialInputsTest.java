package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecialInputsTest {

    private static Cli.Run evaluate(Path p) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("evaluate", "--lang", "en",
                p.toString(), Cli.example("random-1001-01").toString()));
    }

    @Test
    void aDeviceIsRefusedAsNotAFileAndTheOtherInputIsStillScored() {
        Cli.Run r = evaluate(Path.of("/dev/zero"));
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("/dev/zero: this is not a regular file (a FIFO or a device)"), r.err());
        assertTrue(r.out().contains("Zona Integritas"), "the other file is still scored");
        r.assertNoStackTrace();
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("antrian.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Cli.Run r = evaluate(fifo);
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("this is not a regular file"), r.err());
    }

    @Test
    void aLoopOfLinksIsSaidToBeOneNotAMissingFile(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.json");
        Files.createSymbolicLink(a, dir.resolve("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), a);
        Cli.Run r = evaluate(a);
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("this link leads to no file: its target is missing or the links loop"), r.err());
    }

    @Test
    void twoByteOrderMarksAreRefused(@TempDir Path dir) throws Exception {
        byte[] doc = Files.readAllBytes(Cli.example("random-1001-01"));
        byte[] two = new byte[doc.length + 6];
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        System.arraycopy(bom, 0, two, 0, 3);
        System.arraycopy(bom, 0, two, 3, 3);
        System.arraycopy(doc, 0, two, 6, doc.length);
        Cli.Run r = evaluate(Files.write(dir.resolve("dua-bom.json"), two));
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("a second byte order mark"), r.err());
    }
}
