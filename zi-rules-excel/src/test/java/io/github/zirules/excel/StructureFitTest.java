package io.github.zirules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Item;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A rule set whose structure does not fit the LKE workbook (an area or answer scale the sheet has no rows for, a scale
 * Excel cannot offer as a drop-down) is refused by name, in both languages, before any row is read or written.
 */
class StructureFitTest {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final RuleSetModel MODEL = Fixtures.INSTRUMENT.model().orElseThrow();

    /** The built-in model with the scale {@code code} given these labels. */
    private static RuleSetModel withLabels(String code, List<String> labels) {
        List<AnswerScale> scales = new ArrayList<>();
        for (AnswerScale s : MODEL.answerScales()) {
            scales.add(s.code().equals(code) ? new AnswerScale(s.code(), s.nameId(), s.nameEn(), s.kind(), labels) : s);
        }
        return new RuleSetModel(MODEL.sections(), MODEL.areas(), MODEL.components(), scales, MODEL.checks());
    }

    /** The built-in instrument without the items that {@code drop} selects. */
    private static Instrument without(Predicate<Item> drop) {
        return new Instrument(Fixtures.INSTRUMENT.items().stream().filter(drop.negate()).toList()).withModel(MODEL);
    }

    private static boolean refReformPp(Item it) {
        return it.id().value().startsWith("REF.PP.");
    }

    private static Problem only(List<Problem> problems, String code) {
        List<Problem> found = problems.stream().filter(p -> p.code().equals(code)).toList();
        assertEquals(1, found.size(), problems.toString());
        return found.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lke-lampiran-iii-regional.xlsx", "lke-esdm-template.xlsx"})
    void aScaleTheSheetHasNoRowsForIsNamedInBothLanguages(String file) {
        Instrument threeWay = Fixtures.INSTRUMENT.withModel(withLabels("YT", List.of("Ya", "Sebagian", "Tidak")));
        LkeImport imp = LkeWorkbooks.read(Fixtures.resource(file), threeWay, Fixtures.WBK);
        Problem p = only(imp.errors(), "EXCEL_STRUCTURE_SCALE");
        assertTrue(p.message(Locale.ENGLISH).contains("answer scale YT (Yes or no) has no rows in this sheet"),
                p.message(Locale.ENGLISH));
        assertTrue(p.message(Locale.ENGLISH).contains("'Ya/Sebagian/Tidak'"), p.message(Locale.ENGLISH));
        assertTrue(p.message(ID).contains("skala jawaban YT (Ya/Tidak)"), p.message(ID));
        assertTrue(p.expected(Locale.ENGLISH).contains("zi-rules template"), p.expected(Locale.ENGLISH));
        assertTrue(imp.errors().stream().noneMatch(e -> e.code().equals("EXCEL_LAYOUT_UNKNOWN")), imp.errors()
                .toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lke-lampiran-iii-regional.xlsx", "lke-esdm-template.xlsx"})
    void anAreaHeadingOfTheSheetThatTheRuleSetLacksIsNamed(String file) {
        LkeImport imp = LkeWorkbooks.read(Fixtures.resource(file), without(StructureFitTest::refReformPp),
                Fixtures.WBK);
        Problem p = only(imp.errors(), "EXCEL_STRUCTURE_AREA");
        assertTrue(p.message(Locale.ENGLISH).matches("(?i)this sheet's section REF has the area '.*PELAYANAN PUBLIK'"
                + ", for which the rule set declares no area \\(its areas there: MP, TT, SDM, AK, PW\\)"),
                p.message(Locale.ENGLISH));
        assertTrue(p.message(ID).startsWith("bagian REF di lembar ini memuat area"), p.message(ID));
    }

    @Test
    void anAreaOfTheRuleSetThatTheSheetHasNoRowsForIsNamedInBothLanguages() {
        byte[] fiveAreas = Fixtures.bytes(out -> LkeWorkbooks.writeTemplate(without(StructureFitTest::refReformPp),
                Fixtures.RULESET, null, out));
        LkeImport imp = Fixtures.read(fiveAreas, "five-areas.xlsx", Fixtures.WBK);
        Problem p = only(imp.errors(), "EXCEL_STRUCTURE_AREA");
        assertEquals("the rule set's area PP (Public-service quality) of section REF has no rows in this sheet: the "
                + "sheet's section REF has only the areas MANAJEMEN PERUBAHAN; PENATAAN TATALAKSANA; PENATAAN SISTEM "
                + "MANAJEMEN SDM APARATUR; PENGUATAN AKUNTABILITAS KINERJA; PENGUATAN PENGAWASAN",
                p.message(Locale.ENGLISH));
        assertTrue(p.message(ID).startsWith("area PP (Peningkatan Kualitas Pelayanan Publik) bagian REF dari aturan "
                + "tidak memiliki baris"), p.message(ID));
        assertEquals("LKE", p.location());
    }

    @Test
    void aScaleExcelCannotOfferAsADropDownIsRefusedOnExport() {
        Instrument comma = Fixtures.INSTRUMENT.withModel(withLabels("YT", List.of("Ya, seluruhnya", "Tidak")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LkeWorkbooks.writeTemplate(comma,
                Fixtures.RULESET, null, java.io.OutputStream.nullOutputStream()));
        Problem p = only(e.problems(), "EXCEL_STRUCTURE_SCALE");
        assertTrue(p.message(Locale.ENGLISH).startsWith("the answer scale YT (Ya, seluruhnya > Tidak) cannot be an "
                + "Excel drop-down list"), p.message(Locale.ENGLISH));
        assertTrue(p.message(ID).startsWith("skala jawaban YT"), p.message(ID));

        List<String> long26 = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            long26.add(c + " jawaban yang panjang");
        }
        Instrument tooLong = Fixtures.INSTRUMENT.withModel(withLabels("ABCDE", long26));
        e = assertThrows(InvalidInputException.class, () -> LkeWorkbooks.writeTemplate(tooLong, Fixtures.RULESET,
                null, java.io.OutputStream.nullOutputStream()));
        assertTrue(only(e.problems(), "EXCEL_STRUCTURE_SCALE").message(Locale.ENGLISH).contains("more than Excel's 255"),
                e.getMessage());
    }

    @Test
    void aSectionWithAreasAfterOneWithoutIsRefusedOnExport() {
        List<Item> items = new ArrayList<>(Fixtures.INSTRUMENT.items().stream().filter(i -> i.area() == null).toList());
        items.addAll(Fixtures.INSTRUMENT.items().stream().filter(i -> i.area() != null).toList());
        Instrument hasilFirst = new Instrument(items).withModel(MODEL);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LkeWorkbooks.writeTemplate(
                hasilFirst, Fixtures.RULESET, null, java.io.OutputStream.nullOutputStream()));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).message(Locale.ENGLISH).startsWith("section PEM has areas but comes after "
                + "section HAS"), e.getMessage());
    }
}
