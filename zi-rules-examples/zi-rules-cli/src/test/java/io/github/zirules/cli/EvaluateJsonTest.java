package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Result;
import io.github.zirules.json.ReportLayout;
import io.github.zirules.json.ZiJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateJsonTest {

    private static final List<String> NAMES = List.of("random-1001-00", "random-1001-01", "random-1001-02");

    @Test
    void oneFileGivesOneZiReportDocument() {
        Path f = Cli.example("random-1001-02");
        Cli.Run r = Cli.run("evaluate", "--format", "json", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(ZiJson.create().writeReport(Cli.libraryResult(f)), r.out());
    }

    @Test
    void theOutputIsByteIdenticalAcrossRuns() {
        String[] args = {"evaluate", "--format", "json", Cli.examples().toString() + "/random-1001-00.json",
            Cli.examples().toString() + "/random-1001-03.json"};
        assertEquals(Cli.run(args).out(), Cli.run(args).out());
    }

    @Test
    void severalFilesGiveTheSameArrayAsWriteReportsStreamedOneByOne() throws Exception {
        Cli.Run r = Cli.run(args("json"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(library(ReportLayout.ARRAY), r.out());
    }

    @Test
    void jsonLinesGiveOneCompactReportPerLine() throws Exception {
        String[] a = args("json");
        String[] withLines = new String[a.length + 2];
        System.arraycopy(a, 0, withLines, 0, a.length);
        withLines[a.length] = "--json-layout";
        withLines[a.length + 1] = "lines";
        Cli.Run r = Cli.run(withLines);
        assertEquals(library(ReportLayout.JSON_LINES), r.out());
        assertEquals(NAMES.size(), r.out().lines().count());
    }

    @Test
    void aFolderWithOneFileIsStillAnArray(@TempDir Path dir) throws Exception {
        Files.copy(Cli.example("random-1001-01"), dir.resolve("a.json"));
        Cli.Run r = Cli.run("evaluate", "--format", "json", dir.toString());
        assertTrue(r.out().startsWith("[\n  {\n    \"format\": \"zi-report/1\""), r.out());
        assertTrue(r.out().endsWith("\n]\n"));
        Cli.Run empty = Cli.run("evaluate", "--format", "json", Files.createDirectory(dir.resolve("kosong"))
                .toString());
        assertEquals("[]\n", empty.out());
        assertEquals(ZiRulesCli.INVALID_INPUT, empty.exit(), "a folder with nothing to score is an error (#15)");
    }

    @Test
    void anExplicitArrayLayoutWrapsEvenOneFile() throws Exception {
        Path f = Cli.example("random-1001-01");
        Cli.Run r = Cli.run("evaluate", "--format", "json", "--json-layout", "array", f.toString());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ZiJson.create().writeReports(List.of(Cli.libraryResult(f)), expected, ReportLayout.ARRAY);
        assertEquals(expected.toString(StandardCharsets.UTF_8), r.out());
    }

    @Test
    void outWritesTheFileAndNothingToStandardOutput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("laporan.json");
        Cli.Run r = Cli.run("evaluate", "--format", "json", "--out", out.toString(),
                Cli.example("random-1001-02").toString());
        assertEquals("", r.out());
        assertEquals(ZiJson.create().writeReport(Cli.libraryResult(Cli.example("random-1001-02"))),
                Files.readString(out));
    }

    private static String[] args(String format) {
        String[] a = new String[3 + NAMES.size()];
        a[0] = "evaluate";
        a[1] = "--format";
        a[2] = format;
        for (int i = 0; i < NAMES.size(); i++) {
            a[3 + i] = Cli.example(NAMES.get(i)).toString();
        }
        return a;
    }

    private static String library(ReportLayout layout) throws Exception {
        List<Result> results = NAMES.stream().map(n -> Cli.libraryResult(Cli.example(n))).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZiJson.create().writeReports(results, out, layout);
        return out.toString(StandardCharsets.UTF_8);
    }
}
