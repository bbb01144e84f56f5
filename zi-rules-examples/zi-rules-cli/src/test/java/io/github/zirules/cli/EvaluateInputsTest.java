package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateInputsTest {

    private static final String BAD = """
            {"format": "zi-assessment/1", "unit": {"id": " "}, "year": 1999, "target": "WBK",
             "ruleset": "permenpan-rb-90-2021",
             "answers": {"PEM.MP.1.a": "Mungkin", "BUKAN.BUTIR": "A", "HAS.IPAK": 4.5,
                         "REF.MP.1.a": {"numerator": -3, "denominator": 10}}}
            """;

    @Test
    void aFolderGivesItsJsonFilesInSortedOrderWithoutEnteringSubFolders(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.copy(Cli.example("random-1001-00"), dir.resolve("z.json"));
        Files.copy(Cli.example("random-1001-01"), dir.resolve("a.json"));
        Files.copy(Cli.example("random-1001-02"), dir.resolve("c.JSON"));
        Files.copy(Cli.example("random-1001-03"), dir.resolve("b/dalam.json"));
        Files.writeString(dir.resolve("catatan.txt"), "bukan penilaian");
        Cli.Run r = Cli.run("evaluate", "--format", "json", "--json-layout", "lines", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("R1001-1", "R1001-2", "R1001-0"), units(r.out()), "a.json, c.JSON, z.json");
        Cli.Run both = Cli.run("evaluate", "--format", "json", "--json-layout", "lines", dir.toString(),
                dir.resolve("b").toString());
        assertEquals(List.of("R1001-1", "R1001-2", "R1001-0", "R1001-3"), units(both.out()));
    }

    private static List<String> units(String jsonLines) throws Exception {
        List<String> units = new ArrayList<>();
        for (String line : jsonLines.lines().filter(l -> !l.contains("zi-report-summary/1")).toList()) {
            units.add(new ObjectMapper().readTree(line).get("unit").get("id").asText());
        }
        return units;
    }

    @Test
    void anInvalidFileListsEveryProblemAndTheOthersAreStillScored(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("salah.json"), BAD);
        Cli.Run r = Cli.run("evaluate", "--format", "json", "--json-layout", "lines", "--lang", "en",
                bad.toString(), Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        r.assertNoStackTrace();
        String f = bad.toString();
        for (String expected : new String[] {
            f + ": $.unit.id: ", f + ": $.year: ", f + ": $.answers['PEM.MP.1.a']: ", f + ": $.answers['BUKAN.BUTIR']: ",
            f + ": $.answers['HAS.IPAK']: ", f + ": $.answers['REF.MP.1.a'].numerator: "}) {
            assertTrue(r.err().contains(expected), expected + " in\n" + r.err());
        }
        assertTrue(r.err().contains("(expected: one of Ya, Tidak)"), r.err());
        assertTrue(r.err().endsWith("2 file(s): 1 scored, 1 refused.\n"), r.err());
        JsonNode only = new ObjectMapper().readTree(r.out());
        assertEquals("R1001-1", only.get("unit").get("id").asText());
    }

    @Test
    void brokenJsonIsReportedAtItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("rusak.json"), "{\"format\": \"zi-assessment/1\",\n \"year\": 2026 x}");
        Cli.Run r = Cli.run("evaluate", "--lang", "id", bad.toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        r.assertNoStackTrace();
        assertTrue(r.err().startsWith(bad + ":2:"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileIsAProblemAndTheRunGoesOn() {
        Cli.Run r = Cli.run("evaluate", "--lang", "en", "tidak-ada.json", Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        assertTrue(r.err().startsWith("tidak-ada.json: no such file or folder"), r.err());
        assertTrue(r.out().contains("R1001-1"));
    }

    @Test
    void badOptionValuesExitTwoWithPicocliNamingWhatIsAllowed() {
        Cli.Run r = Cli.run("evaluate", "--format", "xml", "--lang", "en", Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        assertTrue(r.err().startsWith("Invalid value for option '--format': expected one of [text, txt, json, md, "
                + "markdown, html, pdf, csv, xlsx] (case-insensitive) but was 'xml'"), r.err());
        assertTrue(r.err().contains("zi-rules evaluate --help: opsi dan nilai yang sah / the valid options and values"),
                r.err());
        Cli.Run layout = Cli.run("evaluate", "--json-layout", "tree", Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, layout.exit());
        assertTrue(layout.err().startsWith("Invalid value for option '--json-layout': expected one of [array, lines] "
                + "(case-insensitive) but was 'tree'"), layout.err());
        Cli.Run lang = Cli.run("evaluate", "--lang", "fr", Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, lang.exit());
        assertTrue(lang.err().startsWith("Invalid value for option '--lang': expected one of [id, en]"), lang.err());
        lang.assertNoStackTrace();
        Cli.Run unknown = Cli.run("evaluate", "--no-such-option", Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, unknown.exit());
        unknown.assertNoStackTrace();
    }

    @Test
    void aForcedRuleSetMustBeKnown() {
        Cli.Run r = Cli.run("evaluate", "--lang", "en", "--ruleset", "permenpan-rb-52-2014",
                Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        assertEquals("--ruleset: unknown rule set 'permenpan-rb-52-2014' (expected: permenpan-rb-90-2021)\n", r.err());
    }

    @Test
    void anAssessmentNamingAnUnknownRuleSetIsRefused(@TempDir Path dir) throws Exception {
        String doc = Files.readString(Cli.example("random-1001-01")).replace("\"permenpan-rb-90-2021\"", "\"lama\"");
        Path f = Files.writeString(dir.resolve("lama.json"), doc);
        Cli.Run r = Cli.run("evaluate", "--lang", "en", f.toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        assertTrue(r.err().startsWith(f + ": $.ruleset: unknown rule set 'lama' (expected: one of permenpan-rb-90-2021)"),
                r.err());
        Cli.Run forced = Cli.run("evaluate", "--ruleset", "permenpan-rb-90-2021", f.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertFalse(forced.out().isEmpty());
    }

    @Test
    void anUnwritableOutputFileIsAnInputProblem(@TempDir Path dir) {
        Cli.Run r = Cli.run("evaluate", "--lang", "en", "--out", dir.resolve("tidak/ada/x.txt").toString(),
                Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        assertTrue(r.err().startsWith("--out: cannot write the file"), r.err());
        r.assertNoStackTrace();
    }
}
