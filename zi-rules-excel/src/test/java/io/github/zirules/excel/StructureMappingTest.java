package io.github.zirules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zirules.api.Answer;
import io.github.zirules.api.RuleSetModel.AnswerKind;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The structural mapping agrees with {@code rows.csv}, derived independently from the workbooks' formulas: a wrong
 * answer written into the row rows.csv names for each choice item is reported for that item at that cell, and counts
 * written into the Jumlah rows it names come back as that item's ratio.
 */
class StructureMappingTest {

    private static List<String[]> rowsCsv() throws IOException {
        return RowsCsv.rows().stream().map(r -> r.cells().toArray(String[]::new)).toList();
    }

    @ParameterizedTest
    @CsvSource({"lke-lampiran-iii-regional.xlsx, LKE ZI, 2", "lke-esdm-template.xlsx, Jawaban, 1"})
    void everyChoiceItemIsReadFromTheRowRowsCsvNames(String file, String sheetName, int rowColumn)
            throws IOException {
        Map<String, String> expected = new TreeMap<>();
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Fixtures.resource(file)))) {
            Sheet s = wb.getSheet(sheetName);
            for (String[] r : rowsCsv()) {
                Item item = Fixtures.INSTRUMENT.item(ItemId.of(r[0])).orElseThrow();
                if (Fixtures.INSTRUMENT.answerScale(item).kind() == AnswerKind.CHOICE) {
                    int row = Integer.parseInt(r[rowColumn]);
                    var cells = s.getRow(row - 1);
                    (cells.getCell(10) == null ? cells.createCell(10) : cells.getCell(10)).setCellValue("Z");
                    expected.put(sheetName + "!K" + row, r[0]);
                }
            }
            edited = Fixtures.bytes(wb::write);
        }
        LkeImport imp = Fixtures.read(edited, file, Fixtures.WBK);
        Map<String, String> actual = new TreeMap<>();
        for (Problem p : imp.errors()) {
            actual.put(p.location(), p.messageEn().substring(0, p.messageEn().indexOf(':')));
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @CsvSource({"lke-lampiran-iii-regional.xlsx"})
    void everyPercentageItemReadsItsCountsFromTheJumlahRowsRowsCsvNames(String file) throws IOException {
        Map<ItemId, Answer> expected = new LinkedHashMap<>();
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Fixtures.resource(file)))) {
            Sheet s = wb.getSheet("LKE ZI");
            long n = 1;
            for (String[] r : rowsCsv()) {
                Item item = Fixtures.INSTRUMENT.item(ItemId.of(r[0])).orElseThrow();
                AnswerKind kind = Fixtures.INSTRUMENT.answerScale(item).kind();
                if (kind != AnswerKind.RATIO && kind != AnswerKind.DECREASE) {
                    continue;
                }
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (String kv : r[3].split(";")) {
                    String[] p = kv.split("=");
                    if (!p[0].equals("denominator_parts")) {
                        counts.put(p[0], Integer.parseInt(p[1]));
                    }
                }
                long a = ++n * 10;
                long b = ++n * 10;
                List<String> keys = List.copyOf(counts.keySet());
                for (int i = 0; i < 2; i++) {
                    var c = s.getRow(counts.get(keys.get(i)) - 1).getCell(10);
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        c.removeFormula();
                    }
                    c.setCellValue(i == 0 ? a : b);
                }
                expected.put(item.id(), kind == AnswerKind.DECREASE ? Answer.decrease(a, b)
                        : keys.get(0).equals("numerator") ? Answer.ratio(a, b) : Answer.ratio(b, a));
            }
            edited = Fixtures.bytes(wb::write);
        }
        LkeImport imp = Fixtures.read(edited, file, Fixtures.WBK);
        assertEquals(List.of(), imp.errors());
        expected.forEach((id, answer) -> assertEquals(answer, imp.assessment().answers().get(id), id.value()));
    }
}
