package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Instrument;
import io.github.zirules.json.ZiJson;
import io.github.zirules.testkit.AssessmentGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --threads N} writes the same bytes as one thread, in input order: reports, refusals on standard
 * error, the summary line and the exit code.
 */
class EvaluateThreadsTest {

    private static final int FILES = 40;

    @TempDir
    static Path dir;

    private static Path folder;

    @BeforeAll
    static void generatedFolder() throws IOException {
        Instrument instrument = Cli.ZI.instrument("permenpan-rb-90-2021");
        AssessmentGenerator gen = AssessmentGenerator.builder(instrument).evidenceShare(0.5).build();
        ZiJson json = ZiJson.create();
        folder = Files.createDirectory(dir.resolve("lke"));
        for (int i = 0; i < FILES; i++) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(String.format("lke-%03d.json", i)))) {
                json.writeAssessment(gen.fromSeed(i), out);
            }
        }
        // Refused files between the scored ones: their messages must come in their place.
        Files.writeString(folder.resolve("lke-007-rusak.json"), "{\"format\": \"zi-assessment/1\", ");
        Files.writeString(folder.resolve("lke-023-kosong.json"), "");
    }

    @Test
    void jsonArrayIsTheSameOnOneThreadAndOnSeveral() {
        assertSameOnThreads("--format", "json");
    }

    @Test
    void jsonLinesAreTheSameOnOneThreadAndOnSeveral() {
        assertSameOnThreads("--format", "json", "--json-layout", "lines");
    }

    @Test
    void textIsTheSameOnOneThreadAndOnSeveral() {
        assertSameOnThreads("--format", "text", "--lang", "en");
    }

    @Test
    void markdownIsTheSameOnOneThreadAndOnSeveral() {
        assertSameOnThreads("--format", "md", "--lang", "id");
    }

    @Test
    void reportsWrittenToAFileAreTheSameOnOneThreadAndOnSeveral() throws IOException {
        Path one = dir.resolve("one.json");
        Path four = dir.resolve("four.json");
        assertEquals(2, Cli.run("evaluate", "--format", "json", "--threads", "1", "-q", "-o", one.toString(),
                folder.toString()).exit());
        assertEquals(2, Cli.run("evaluate", "--format", "json", "--threads", "4", "-q", "-o", four.toString(),
                folder.toString()).exit());
        assertEquals(Files.readString(one), Files.readString(four));
    }

    @Test
    void zeroThreadsIsRefusedWithTheRightValue() {
        Cli.Run r = Cli.run("evaluate", "--threads", "0", folder.toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        assertTrue(r.err().contains("--threads") && r.err().contains("1"), r.err());
    }

    private static void assertSameOnThreads(String... options) {
        Cli.Run one = run(1, options);
        assertEquals(ZiRulesCli.INVALID_INPUT, one.exit(), one.err());
        assertTrue(one.err().contains("lke-007-rusak.json"), one.err());
        for (int threads : new int[] {2, 5}) {
            Cli.Run many = run(threads, options);
            assertEquals(one.exit(), many.exit(), "exit code on " + threads + " threads");
            assertEquals(one.out(), many.out(), "reports on " + threads + " threads");
            assertEquals(one.err(), many.err(), "standard error on " + threads + " threads");
        }
    }

    private static Cli.Run run(int threads, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("evaluate", "--threads", Integer.toString(threads)));
        args.addAll(List.of(options));
        args.add(folder.toString());
        return Cli.run(args.toArray(String[]::new));
    }
}
