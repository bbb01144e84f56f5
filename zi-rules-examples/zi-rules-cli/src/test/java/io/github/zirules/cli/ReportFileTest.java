package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {

    private static List<Path> leftovers(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void anExistingReportIsUntouchedWhenEveryInputIsRefused(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("laporan.txt"), "the report of yesterday\n");
        Path bad = Files.writeString(dir.resolve("rusak.json"), "{\"format\": ");
        Cli.Run r = Cli.run("evaluate", "--lang", "en", "--out", report.toString(), bad.toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        assertEquals("the report of yesterday\n", Files.readString(report));
        assertTrue(r.err().contains("nothing was scored; " + report + " is not written (its earlier content is "
                + "kept)"), r.err());
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void aReportReplacesTheOldOneWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("laporan.jsonl"), "old\n");
        Cli.Run r = Cli.run("evaluate", "--format", "json", "--json-layout", "lines", "--out", report.toString(),
                Cli.example("random-1001-01").toString(), Files.writeString(dir.resolve("x.json"), "[").toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        List<String> lines = Files.readAllLines(report);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("\"zi-report/1\""), lines.get(0));
        assertEquals("{\"format\":\"zi-report-summary/1\",\"reports\":1,\"refused\":1}", lines.get(1),
                "JSON Lines end with a summary, so a cut-off file is recognisable");
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void jsonWrittenToAFileAsBytesIsWhatStandardOutputShowsAsText(@TempDir Path dir) throws Exception {
        String[] files = {Cli.example("random-1001-01").toString(), Cli.example("random-1001-00").toString()};
        for (String layout : List.of("array", "lines")) {
            Path report = dir.resolve("laporan-" + layout + ".json");
            Cli.Run toFile = Cli.run("evaluate", "--format", "json", "--json-layout", layout, "--quiet", "--out",
                    report.toString(), files[0], files[1]);
            Cli.Run toStdout = Cli.run("evaluate", "--format", "json", "--json-layout", layout, "--quiet", files[0],
                    files[1]);
            assertEquals(0, toFile.exit(), toFile.err());
            assertEquals(toStdout.out(), Files.readString(report), layout);
        }
        Path single = dir.resolve("satu.json");
        Cli.run("evaluate", "--format", "json", "--out", single.toString(), files[0]);
        assertEquals(Cli.run("evaluate", "--format", "json", files[0]).out(), Files.readString(single));
    }

    @Test
    void aReportThatCannotBePutInPlaceIsAnOutputFailureAndKeepsWhatWasThere(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("laporan.txt"));
        Files.writeString(target.resolve("isi"), "kept");
        Cli.Run r = Cli.run("evaluate", "--lang", "en", "--out", target.toString(),
                Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.OUTPUT_FAILED, r.exit(), r.err());
        assertTrue(r.err().startsWith("--out: the report could not be written to " + target
                + "; its earlier content is kept"), r.err());
        assertEquals("kept", Files.readString(target.resolve("isi")));
        assertEquals(List.of(), leftovers(dir));
        r.assertNoStackTrace();
    }
}
