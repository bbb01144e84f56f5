package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.Assessment;
import io.github.zirules.json.ZiJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LKE workbooks wherever a file goes in, and the scored workbook and the template out (issue #12, point 6). */
class WorkbookCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The excel module's filled Lampiran III fixtures: a workbook, its answers as JSON and its expected scores. */
    static Path filled(String name) {
        return Path.of(System.getProperty("zirules.workbooks", "../../zi-rules-excel/src/test/resources/workbooks"))
                .resolve("filled").resolve(name);
    }

    private static final Path LKE = filled("r01-random-wbk.xlsx");

    @Test
    void aLampiranIiiWorkbookWithoutTargetIsRefusedNamingTheOption() {
        Cli.Run r = Cli.run("evaluate", "--lang", "en", LKE.toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit(), r.out());
        assertTrue(r.err().contains("--target"), r.err());
        r.assertNoStackTrace();
    }

    @Test
    void aWorkbookScoresAsItsExpectedFile() throws Exception {
        Cli.Run r = Cli.run("evaluate", "--format", "json", "--target", "WBK", "--year", "2026", LKE.toString());
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        JsonNode report = JSON.readTree(r.out());
        JsonNode expected = JSON.readTree(filled("r01-random-wbk.expected.json").toFile());
        assertEquals(0, expected.get("scores").get("total").decimalValue()
                .compareTo(report.get("scores").get("total").decimalValue()), r.out());
    }

    @Test
    void importWritesTheWorkbooksAnswersAsJson(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("assessment.json");
        Cli.Run r = Cli.run("import", LKE.toString(), "--target", "WBK", "--year", "2026", "-o", out.toString());
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        Assessment imported = ZiJson.create().readAssessment(out).orElseThrow();
        Assessment expected = ZiJson.create().readAssessment(filled("r01-random-wbk.json")).orElseThrow();
        assertEquals(expected.answers(), imported.answers());
    }

    @Test
    void aTemplateIsWrittenAndReadBack(@TempDir Path dir) throws Exception {
        Path lke = dir.resolve("LKE.xlsx");
        Cli.Run r = Cli.run("template", "-o", lke.toString(), "--lang", "en");
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        assertTrue(Files.size(lke) > 1000);
        Cli.Run back = Cli.run("import", lke.toString(), "--target", "WBK");
        assertEquals(ZiRulesCli.OK, back.exit(), back.err());
        assertTrue(back.out().contains("\"zi-assessment/1\""), back.out());
    }

    @Test
    void aFolderMixingJsonAndWorkbooksIsScoredAndGivesOneSummaryWorkbook(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("lke"));
        Files.copy(LKE, in.resolve("a.xlsx"));
        Files.copy(Cli.sample("kpknl-jakarta-wbk"), in.resolve("b.json"));
        Cli.Run r = Cli.run("evaluate", "--format", "csv", "--lang", "en", "--target", "WBK", in.toString());
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        assertEquals(3, r.out().lines().count(), r.out());
        Path summary = dir.resolve("ringkasan.xlsx");
        Cli.Run x = Cli.run("evaluate", "--format", "xlsx", "-o", summary.toString(), "--target", "WBK",
                in.toString());
        assertEquals(ZiRulesCli.OK, x.exit(), x.err());
        assertTrue(Files.size(summary) > 1000);
        Path scored = dir.resolve("dinilai.xlsx");
        Cli.Run one = Cli.run("evaluate", "--format", "xlsx", "-o", scored.toString(), "--target", "WBK",
                LKE.toString());
        assertEquals(ZiRulesCli.OK, one.exit(), one.err());
        assertTrue(Files.size(scored) > 1000);
    }

    @Test
    void planAndCompareAcceptAWorkbook() {
        Cli.Run plan = Cli.run("plan", LKE.toString(), "--target", "WBK", "--lang", "en");
        assertEquals(ZiRulesCli.OK, plan.exit(), plan.err());
        assertTrue(plan.out().startsWith("Plan for Menuju WBK for r01"), plan.out());
        Cli.Run cmp = Cli.run("compare", LKE.toString(), "--target", "WBK", "--lang", "en");
        assertEquals(ZiRulesCli.OK, cmp.exit(), cmp.err());
        assertTrue(cmp.out().contains("Answer sets of"), cmp.out());
    }

    @Test
    void aMissingFileOrFolderIsSaidInWordsWithoutAnExceptionName(@TempDir Path dir) {
        Cli.Run plan = Cli.run("plan", dir.resolve("nosuch.json").toString(), "--lang", "en");
        assertEquals(ZiRulesCli.INVALID_INPUT, plan.exit());
        assertTrue(plan.err().contains("no such file or folder"), plan.err());
        plan.assertNoStackTrace();
        Cli.Run template = Cli.run("template", "-o", dir.resolve("no/folder/LKE.xlsx").toString(), "--lang", "en");
        assertEquals(ZiRulesCli.INVALID_INPUT, template.exit());
        assertTrue(template.err().contains("its folder does not exist"), template.err());
        template.assertNoStackTrace();
    }

    @Test
    void aTemplateForAStructureTheWorkbookCannotHoldIsRefusedByNameAndWritesNoFile(@TempDir Path tmp)
            throws java.io.IOException {
        Path rules = tmp.resolve("rules");
        Path dir = rules.resolve("hasil-dulu");
        Cli.Run copy = Cli.run("copy", "permenpan-rb-90-2021", dir.toString(), "--as", "hasil-dulu");
        assertEquals(0, copy.exit(), copy.out() + copy.err());
        // the Hasil items first: the LKE workbook puts the sections with areas (Pengungkit) before them. A record
        // starts at a line beginning with its item id (criteria cells run over several lines).
        String[] records = Files.readString(dir.resolve("instrument.csv")).split("(?m)^(?=(PEM|REF|HAS)\\.)");
        StringBuilder reordered = new StringBuilder(records[0]);
        java.util.Arrays.stream(records).skip(1).filter(r -> r.startsWith("HAS.")).forEach(reordered::append);
        java.util.Arrays.stream(records).skip(1).filter(r -> !r.startsWith("HAS.")).forEach(reordered::append);
        Files.writeString(dir.resolve("instrument.csv"), reordered);
        Path out = tmp.resolve("LKE.xlsx");

        Cli.Run r = Cli.run("template", "--rules", rules.toString(), "--ruleset", "hasil-dulu", "-o", out.toString(),
                "--lang", "en");

        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("section PEM has areas but comes after section HAS") && r.err().contains("does not fit an LKE workbook")
                && r.err().contains("no file was written"), r.err());
        r.assertNoStackTrace();
        try (java.util.stream.Stream<Path> left = Files.list(tmp)) {
            assertEquals(java.util.List.of(rules), left.toList(), "neither the workbook nor a temporary file is left");
        }
    }
}
