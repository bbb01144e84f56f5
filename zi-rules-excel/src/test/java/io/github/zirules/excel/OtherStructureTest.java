package io.github.zirules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.AnswerKind;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import io.github.zirules.api.RuleSetModel.AreaDef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A structure other than 90/2021's, here a seventh area (IN, Inovasi) and a five-point answer scale (SKALA5), is
 * written to the template and read back with no Java change; the official workbooks, which have no rows for them,
 * refuse it naming the area and the scale.
 */
class OtherStructureTest {

    private static final RuleSetModel BASE = Fixtures.INSTRUMENT.model().orElseThrow();
    private static final AnswerScale SKALA5 = new AnswerScale("SKALA5", "Skala lima", "Five-point scale",
            AnswerKind.CHOICE, List.of("Sangat baik", "Baik", "Cukup", "Kurang", "Buruk"));
    private static final RuleSetModel SEVEN = new RuleSetModel(BASE.sections(),
            plus(BASE.areas(), new AreaDef("IN", "Inovasi", "Innovation")), BASE.components(),
            plus(BASE.answerScales(), SKALA5), BASE.checks());
    private static final Instrument INSTRUMENT = seven();

    private static <T> List<T> plus(List<T> list, T one) {
        List<T> out = new ArrayList<>(list);
        out.add(one);
        return out;
    }

    /** The built-in items with an area IN at the end of Pemenuhan and of Reform. */
    private static Instrument seven() {
        List<Item> items = new ArrayList<>();
        for (String section : List.of("PEM", "REF", "HAS")) {
            Fixtures.INSTRUMENT.items().stream().filter(i -> i.section().equals(section)).forEach(items::add);
            if (section.equals("PEM")) {
                items.add(new Item(ItemId.of("PEM.IN.1.a"), "PEM", "IN", "1", "Inovasi pelayanan", "SKALA5", null));
                items.add(new Item(ItemId.of("PEM.IN.1.b"), "PEM", "IN", "1", "Inovasi pelayanan", "YT", null));
            } else if (section.equals("REF")) {
                items.add(new Item(ItemId.of("REF.IN.1.a"), "REF", "IN", "1", "Replikasi inovasi", "PCT",
                        "inovasi yang direplikasi / inovasi"));
            }
        }
        return new Instrument(items).withModel(SEVEN);
    }

    private static Row rowOf(Sheet s, String id) {
        for (Row r : s) {
            if (r.getCell(0) != null && id.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    @Test
    void aSeventhAreaAndAFivePointScaleGoThroughTheTemplateAndBack() throws IOException {
        byte[] blank = Fixtures.bytes(out -> LkeWorkbooks.writeTemplate(INSTRUMENT, "tujuh-area", null, out));
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(Fixtures.stream(blank))) {
            Sheet s = wb.getSheet("LKE");
            Row five = rowOf(s, "PEM.IN.1.a");
            assertEquals("Sangat baik/Baik/Cukup/Kurang/Buruk", five.getCell(9).getStringCellValue());
            assertEquals("INOVASI", s.getRow(five.getRowNum() - 2).getCell(4).getStringCellValue());
            five.getCell(10).setCellValue("cukup");
            rowOf(s, "PEM.IN.1.b").getCell(10).setCellValue("Ya");
            int pct = rowOf(s, "REF.IN.1.a").getRowNum();
            s.getRow(pct + 1).getCell(10).setCellValue(5);
            s.getRow(pct + 2).getCell(10).setCellValue(3);
            filled = Fixtures.bytes(wb::write);
        }
        LkeImport imp = LkeWorkbooks.read(Fixtures.stream(filled), "tujuh-area.xlsx", INSTRUMENT, Fixtures.WBK);
        assertEquals(List.of(), imp.errors());
        assertEquals(Answer.choice("Cukup"), imp.assessment().answers().get(ItemId.of("PEM.IN.1.a")));
        assertEquals(Answer.choice("Ya"), imp.assessment().answers().get(ItemId.of("PEM.IN.1.b")));
        assertEquals(Answer.ratio(3, 5), imp.assessment().answers().get(ItemId.of("REF.IN.1.a")));
    }

    @Test
    void theOfficialWorkbookRefusesItNamingTheAreaAndTheScale() {
        LkeImport imp = LkeWorkbooks.read(Fixtures.resource("lke-lampiran-iii-regional.xlsx"), INSTRUMENT,
                Fixtures.WBK);
        List<String> en = imp.errors().stream().map(p -> p.code() + ": " + p.message(Locale.ENGLISH)).toList();
        assertEquals(3, en.size(), en.toString());
        assertTrue(en.get(0).startsWith("EXCEL_STRUCTURE_SCALE: the rule set's answer scale SKALA5 (Five-point scale)"
                + " has no rows in this sheet"), en.get(0));
        for (int i = 1; i < 3; i++) {
            assertTrue(en.get(i).startsWith("EXCEL_STRUCTURE_AREA: the rule set's area IN (Innovation) of section "
                    + List.of("PEM", "REF").get(i - 1) + " has no rows in this sheet"), en.get(i));
        }
        Problem p = imp.errors().get(1);
        assertTrue(p.message(Locale.forLanguageTag("id")).startsWith("area IN (Inovasi) bagian PEM dari aturan tidak "
                + "memiliki baris di lembar ini"), p.message(Locale.forLanguageTag("id")));
    }
}
