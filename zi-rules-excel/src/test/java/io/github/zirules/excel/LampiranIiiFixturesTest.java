package io.github.zirules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class LampiranIiiFixturesTest {

    @ParameterizedTest
    @ValueSource(strings = {"r01-random-wbk", "e03-dec-0-0"})
    void everyFilledFixtureImportsToExactlyItsJsonAnswersAndScoresAsExpected(String name) throws IOException {
        LkeImport imp = Fixtures.read("filled/" + name + ".xlsx", Fixtures.WBK);
        assertEquals(List.of(), imp.errors());
        assertEquals(LkeLayout.LAMPIRAN_III, imp.layout());
        Assessment json = Fixtures.json("filled/" + name + ".json");
        assertEquals(json.answers(), imp.assessment().answers());
        Result r = Fixtures.ZI.evaluate(imp.assessment());
        JsonNode exp = new ObjectMapper().readTree(Fixtures.resource("filled/" + name + ".expected.json").toFile());
        JsonNode s = exp.get("scores");
        assertEquals(0, s.get("total").decimalValue().compareTo(r.scores().total()), "total " + r.scores().total());
        assertEquals(0, s.get("hasil").decimalValue().compareTo(r.scores().hasil()));
        r.scoreTree().areas().forEach((a, v) -> assertEquals(0, s.get("areas").get(a).decimalValue().compareTo(v),
                a));
        assertEquals(6, r.scoreTree().areas().size());
        s.get("indicators").properties().forEach(e -> assertEquals(0,
                e.getValue().decimalValue().compareTo(r.scores().indicators().get(e.getKey())), e.getKey()));
        assertEquals(exp.get("verdict").get("eligible").asBoolean(), r.eligible());
    }

    @Test
    void theUnitIsNamedAfterTheFileAndTheOptionsGiveTheTarget() {
        LkeImport imp = Fixtures.read("filled/r01-random-wbk.xlsx", Fixtures.WBK);
        assertEquals("r01-random-wbk", imp.assessment().unit().id());
    }

    @Test
    void theCachedScoreCrossCheckFindsTheWorkbooksTwoFormulaDefects() throws IOException {
        // PEM.MP.1.a's answer-type cell says 'Ya', so the sheet never scores it: answered Tidak, its indicator (L7)
        // keeps the sheet's value while the rules halve it.
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(
                Fixtures.resource("filled/r01-random-wbk.xlsx")))) {
            wb.getSheet("LKE ZI").getRow(7).getCell(10).setCellValue("Tidak");
            edited = Fixtures.bytes(wb::write);
        }
        LkeImport imp = Fixtures.read(edited, "r01.xlsx", Fixtures.WBK.withEvaluator(Fixtures.ZI::evaluate));
        List<String> at = imp.warnings().stream().filter(p -> p.code().equals("EXCEL_CACHED_SCORE"))
                .map(Problem::location).toList();
        assertTrue(at.contains("LKE ZI!L7"), at.toString());
        // PW Reform iii counts the LHKPN ratio twice and ignores LHKASN: the PW Reform part (L167) is off, and with it
        // Reform, Pengungkit and the total.
        assertTrue(at.containsAll(List.of("LKE ZI!L167", "LKE ZI!L125", "LKE ZI!L198", "LKE ZI!L208")),
                at.toString());
        Problem pw = imp.warnings().stream().filter(p -> p.location().equals("LKE ZI!L167")).findFirst().orElseThrow();
        assertTrue(pw.messageEn().contains("REF.PW"), pw.messageEn());
    }

    @Test
    void withoutAnEvaluatorThereIsNoCrossCheck() {
        assertEquals(List.of(), Fixtures.read("filled/r01-random-wbk.xlsx", Fixtures.WBK).warnings());
    }

    @Test
    void theLampiranIiiSheetCarriesNoTargetSoWithoutOneTheImportIsRefused() {
        LkeImport imp = Fixtures.read("filled/r01-random-wbk.xlsx", LkeReadOptions.defaults());
        assertEquals(List.of("EXCEL_TARGET_MISSING"), imp.errors().stream().map(Problem::code).toList());
        assertTrue(imp.errors().get(0).messageEn().contains("--target"));
        assertEquals(null, imp.assessment());
    }

    @Test
    void theRegionalWorkbookAsKeptImportsWithItsOwnAnswers() {
        LkeImport imp = Fixtures.read("lke-lampiran-iii-regional.xlsx", Fixtures.WBK);
        assertEquals(List.of(), imp.errors());
        assertEquals(113, imp.assessment().answers().size());
    }

    @Test
    void theTestCopiesMatchTheSharedFixturesWhereThoseArePresent() throws IOException {
        Path shared = Path.of("../../shared/domain/workbooks");
        if (!Files.isDirectory(shared)) {
            shared = Path.of("../shared/domain/workbooks");
        }
        if (!Files.isDirectory(shared)) {
            return;
        }
        try (Stream<Path> files = Files.walk(shared)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.endsWith("README.md")).toList()) {
                Path copy = Fixtures.resource(shared.relativize(f).toString());
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(copy)), f.toString());
            }
        }
    }
}
