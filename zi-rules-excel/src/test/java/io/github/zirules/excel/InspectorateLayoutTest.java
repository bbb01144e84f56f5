package io.github.zirules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.internal.CsvTable;
import io.github.zirules.compare.AnswerSetComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class InspectorateLayoutTest {

    private static final String ESDM = "lke-esdm-template.xlsx";

    /** The rows of the items in the inspectorate's Jawaban sheet, from rows.csv (1-based). */
    private static Map<String, Integer> rows() throws IOException {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (CsvTable.Row r : RowsCsv.rows()) {
            out.put(r.cell(0), Integer.parseInt(r.cell(1)));
        }
        return out;
    }

    @Test
    void theBlankExportIsRecognisedAndItsTargetIsReadFromTheUnitSheet() {
        LkeImport imp = Fixtures.read(ESDM, LkeReadOptions.defaults());
        assertEquals(List.of(), imp.errors());
        assertEquals(LkeLayout.INSPECTORATE, imp.layout());
        assertEquals(Predikat.WBK, imp.assessment().target());
        assertEquals(Map.of(), imp.assessment().answers());
    }

    @Test
    void unitAnswersReviewerColumnsAndEvidenceAreReadAndTheReviewsReachCompare() throws IOException {
        byte[] filled;
        Map<String, Integer> rows = rows();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Fixtures.resource(ESDM)))) {
            Sheet s = wb.getSheet("Jawaban");
            Row mp1a = s.getRow(rows.get("PEM.MP.1.a") - 1);
            mp1a.createCell(10).setCellValue("Ya");
            mp1a.createCell(14).setCellValue("Tidak");
            mp1a.createCell(18).setCellValue("tidak");
            mp1a.createCell(12).setCellValue("SK Tim Kerja ZI\nNotulen rapat");
            mp1a.createCell(13).setCellValue("https://contoh.go.id/sk.pdf");
            s.getRow(rows.get("PEM.MP.1.b") - 1).createCell(10).setCellValue("B");
            Row ipak = s.getRow(rows.get("HAS.IPAK") - 1);
            ipak.createCell(10).setCellValue(3.6);
            ipak.createCell(14).setCellValue("3,2");
            int ref = rows.get("REF.MP.1.a");
            s.getRow(ref).createCell(10).setCellValue(8);
            s.getRow(ref + 1).createCell(10).setCellValue(6);
            wb.getSheet("Unit").getRow(0).getCell(1).setCellValue("KPP Pratama Contoh");
            filled = Fixtures.bytes(wb::write);
        }
        LkeImport imp = Fixtures.read(filled, "esdm.xlsx", LkeReadOptions.defaults());
        assertEquals(List.of(), imp.errors());
        Assessment a = imp.assessment();
        assertEquals("KPP Pratama Contoh", a.unit().name());
        assertEquals(Answer.choice("Ya"), a.answers().get(ItemId.of("PEM.MP.1.a")));
        assertEquals(Answer.ratio(6, 8), a.answers().get(ItemId.of("REF.MP.1.a")));
        assertEquals(Answer.index("3.6"), a.answers().get(ItemId.of("HAS.IPAK")));
        assertEquals(List.of(new Evidence("SK Tim Kerja ZI", "https://contoh.go.id/sk.pdf", null),
                Evidence.titled("Notulen rapat")), a.evidenceFor(ItemId.of("PEM.MP.1.a")));
        assertEquals(Map.of(ItemId.of("PEM.MP.1.a"), Answer.choice("Tidak"), ItemId.of("HAS.IPAK"),
                Answer.index("3.2")), a.reviews().get("TPI"));
        assertEquals(Map.of(ItemId.of("PEM.MP.1.a"), Answer.choice("Tidak")), a.reviews().get("TPI KESDM"));
        AnswerSetComparison cmp = AnswerSetComparison.compare(Fixtures.ZI, a);
        assertTrue(cmp.set("TPI").isPresent() && cmp.set("TPI KESDM").isPresent());
        assertTrue(cmp.items().stream().anyMatch(d -> d.item().equals(ItemId.of("PEM.MP.1.a"))));
    }
}
