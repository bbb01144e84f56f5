package io.github.zirules.excel;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BrokenWorkbooksTest {

    private static final byte[] GOOD;

    static {
        try {
            GOOD = Files.readAllBytes(Fixtures.resource("filled/e03-dec-0-0.xlsx"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readsWithoutThrowing(byte[] bytes) {
        LkeImport imp = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Fixtures.read(bytes, "broken.xlsx", Fixtures.WBK));
        assertTrue(imp.ok() || !imp.errors().isEmpty(), "neither an assessment nor an error");
    }

    /**
     * A workbook with bytes overwritten anywhere (zip headers, compressed XML, the central directory) gives an
     * assessment or errors, never an exception or a hang. 40 cases: each parses a whole workbook; the damage lands
     * in a different part each time.
     */
    @Test
    void anyWorkbookWithDamagedBytesIsReadOrRefusedNeverThrown() {
        qt().withExamples(40).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            byte[] b = GOOD.clone();
            for (int i = 0; i < 1 + rnd.nextInt(20); i++) {
                b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            }
            readsWithoutThrowing(b);
        });
    }

    /** Cut anywhere, a workbook is refused as corrupt or read; 30 cut points spread over the file. */
    @Test
    void anyTruncatedWorkbookIsRefusedNeverThrown() {
        qt().withExamples(30).withShrinkCycles(0).forAll(integers().between(1, GOOD.length - 1))
                .checkAssert(n -> readsWithoutThrowing(Arrays.copyOf(GOOD, n)));
    }
}
