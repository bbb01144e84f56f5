package io.github.zirules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Result;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ScoredExportTest {

    private static ScoredUnit scored(long seed) {
        Assessment a = TemplateRoundTripTest.GEN.fromSeed(seed);
        return new ScoredUnit(a, Fixtures.ZI.evaluate(a));
    }

    @Test
    void exportThenImportGivesTheSameAssessmentAndTheCrossCheckFindsNothing() {
        for (long seed = 1; seed <= 5; seed++) {
            ScoredUnit u = scored(seed);
            byte[] xlsx = Fixtures.bytes(out -> LkeWorkbooks.writeScored(u, Fixtures.INSTRUMENT, out));
            LkeImport imp = Fixtures.read(xlsx, "scored.xlsx", LkeReadOptions.defaults()
                    .withEvaluator(Fixtures.ZI::evaluate));
            assertEquals(List.of(), imp.problems());
            assertEquals(u.assessment(), imp.assessment());
        }
    }

    @Test
    void theScoredWorkbookHoldsExactValuesShownWithTwoDecimals() throws IOException {
        ScoredUnit u = scored(7);
        byte[] xlsx = Fixtures.bytes(out -> LkeWorkbooks.writeScored(u, Fixtures.INSTRUMENT, out));
        try (XSSFWorkbook wb = new XSSFWorkbook(Fixtures.stream(xlsx))) {
            Sheet s = wb.getSheet("LKE");
            Row last = s.getRow(s.getLastRowNum());
            assertEquals("NILAI EVALUASI ZONA INTEGRITAS", last.getCell(1).getStringCellValue());
            assertEquals(u.result().scores().total().doubleValue(), last.getCell(11).getNumericCellValue(), 0);
            assertEquals("0.00", last.getCell(11).getCellStyle().getDataFormatString());
            Sheet nilai = wb.getSheet("Nilai");
            assertEquals(u.result().scores().total().doubleValue(), nilai.getRow(1).getCell(1).getNumericCellValue(),
                    0);
            int head = 0;
            while (!"Syarat / Check".equals(nilai.getRow(head) == null ? null : nilai.getRow(head).getCell(0)
                    .getStringCellValue())) {
                head++;
            }
            for (int i = 0; i < u.result().verdict().checks().size(); i++) {
                var c = u.result().verdict().checks().get(i);
                Row r = nilai.getRow(head + 1 + i);
                assertEquals(c.id(), r.getCell(0).getStringCellValue());
                assertEquals(c.passed() ? "Ya" : "Tidak", r.getCell(3).getStringCellValue());
            }
        }
    }

    @Test
    void theBatchSummaryHasOneFilterableRowPerUnitAndOneSheetPerUnit() throws IOException {
        List<ScoredUnit> units = List.of(scored(11), scored(12), scored(13));
        byte[] xlsx = Fixtures.bytes(out -> LkeWorkbooks.writeSummary(units, Fixtures.INSTRUMENT, out));
        try (XSSFWorkbook wb = new XSSFWorkbook(Fixtures.stream(xlsx))) {
            Sheet s = wb.getSheet("Ringkasan");
            assertEquals(units.size(), s.getLastRowNum());
            assertEquals(1 + units.size(), wb.getNumberOfSheets());
            assertTrue(wb.getSheet("Ringkasan").getCTWorksheet().isSetAutoFilter());
            for (int i = 0; i < units.size(); i++) {
                Result r = units.get(i).result();
                Row row = s.getRow(i + 1);
                assertEquals(units.get(i).assessment().unit().id(), row.getCell(0).getStringCellValue());
                assertEquals(r.scores().total().doubleValue(), row.getCell(5).getNumericCellValue(), 0);
                assertEquals(r.eligible() ? "Ya" : "Tidak", row.getCell(row.getLastCellNum() - 2)
                        .getStringCellValue());
                assertTrue(wb.getSheet(row.getCell(row.getLastCellNum() - 1).getStringCellValue()) != null);
            }
        }
    }
}
