package io.github.zirules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results section of docs/performance.md, written from the files run.sh collects. */
class PerformanceReportTest {

    private static final Path MEASURED = Path.of(System.getProperty("zirules.performance", "../../docs/performance"));

    @Test
    void theMemoryAndSpringTablesComeFromTheCsvFilesOfTheLastRun(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("performance.md");
        Files.writeString(page, "# Performance\n" + PerformanceReport.BEGIN + "\nold\n" + PerformanceReport.END + "\n");
        PerformanceReport.main(new String[] {file("results.json"), file("startup.json"), file("memory.csv"),
            file("machine.txt"), page.toString(), file("waits.json"), file("spring.csv")});
        String section = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(!section.contains("\nold\n"), "the section is replaced");
        List<String[]> memory = PerformanceReport.readCsv(MEASURED.resolve("memory.csv"));
        assertEquals(10, memory.size(), "ten rows, the header and the closing comment left out");
        for (String[] row : memory) {
            assertTrue(section.contains("| " + row[0] + " | "), "the row of " + row[0] + " evaluations");
        }
        assertTrue(section.contains("| 100,000 evaluations under -Xmx256m, no growth | constant memory | completed;"),
                section);
        for (String[] run : PerformanceReport.readCsv(MEASURED.resolve("spring.csv"))) {
            assertTrue(section.contains("| the Spring service ready, " + run[0] + " | "), run[0]);
        }
    }

    @Test
    void aQuotedCellWithACommaAWindowsLineEndAndACommentAreReadAsCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("spring.csv");
        Files.writeString(csv, "variant,run,seconds\r\n\"extracted, with AppCDS\",1,1.749\r\n# done\r\nplain,1,4.9\r\n");
        List<String[]> rows = PerformanceReport.readCsv(csv);
        assertEquals(2, rows.size());
        assertArrayEquals(new String[] {"extracted, with AppCDS", "1", "1.749"}, rows.get(0));
        assertArrayEquals(new String[] {"plain", "1", "4.9"}, rows.get(1));
    }

    @Test
    void steadyMemoryWritesTheCsvThatIsReadBack(@TempDir Path dir) throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            SteadyMemory.main(new String[] {"20"});
        } finally {
            System.setOut(stdout);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("evaluations,heap_used_after_gc_bytes,eligible_so_far,max_heap_bytes\n"), text);
        assertTrue(text.contains("\n# 20 evaluations in "), text);
        Path csv = Files.writeString(dir.resolve("memory.csv"), text);
        List<String[]> rows = PerformanceReport.readCsv(csv);
        assertEquals(10, rows.size(), text);
        assertEquals("20", rows.get(9)[0]);
    }

    private static String file(String name) {
        return MEASURED.resolve(name).toString();
    }
}
