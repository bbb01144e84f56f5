package io.github.zirules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentCsvTest {

    private static final String HEADER = "item_id,section,area,indicator,indicator_name,answer_type,ratio_formula\n";

    private static List<Problem> problems(String csv) {
        return assertThrows(InvalidInputException.class,
                () -> Instrument.readCsv(new StringReader(csv), "instrument.csv", TestInstrument.MODEL)).problems();
    }

    @Test
    void readsItemsGroupsThemIntoIndicatorsAndAcceptsQuotedFields() throws Exception {
        Instrument i = Instrument.readCsv(new StringReader(HEADER
                + "PEM.MP.1.a,PEM,MP,1,Tim,YT,\n"
                + "PEM.MP.1.b,PEM,MP,1,Tim,ABC,\n"
                + "REF.MP.1.a,REF,MP,1,\"Komitmen, pimpinan\",PCT,\"a / b, capped\"\n"
                + "HAS.IPAK,HAS,,IPAK,IPAK,IDX4,\n"), "instrument.csv", TestInstrument.MODEL);
        assertEquals(4, i.size());
        assertEquals(List.of("PEM.MP.1", "REF.MP.1", "HAS.IPAK"),
                i.indicators().stream().map(Indicator::id).toList());
        assertEquals("Komitmen, pimpinan", i.indicators().get(1).name());
        assertEquals(null, i.item(ItemId.of("HAS.IPAK")).orElseThrow().area());
    }

    @Test
    void aWeightColumnIsRefusedBecauseWeightsLiveInTheRuleFiles() {
        Problem p = problems("item_id,section,area,indicator,indicator_name,indicator_weight,answer_type\n").get(0);
        assertEquals("INSTRUMENT_WEIGHT_COLUMN", p.code());
        assertTrue(p.messageEn().contains("DRL"));
    }

    @Test
    void everyBadLineIsReportedWithItsLineNumber() {
        List<Problem> ps = problems(HEADER
                + "PEM.MP.1.a,PEM,XX,1,Tim,YT,\n"
                + "PEM.MP.1.b,PEM,MP,1,Tim,ABQ,\n"
                + "PEM.MP.2.a,PEM,MP,1,Tim,YT,\n"
                + "too,few\n");
        assertEquals(List.of("STRUCTURE_UNKNOWN_AREA", "STRUCTURE_UNKNOWN_SCALE", "INSTRUMENT_ITEM_ID",
                        "INSTRUMENT_COLUMNS"),
                ps.stream().map(Problem::code).toList());
        assertEquals(List.of("instrument.csv:2", "instrument.csv:3", "instrument.csv:4", "instrument.csv:5"),
                ps.stream().map(Problem::location).toList());
    }

    @Test
    void aDuplicateItemIsRefused() {
        assertEquals("INSTRUMENT_DUPLICATE_ITEM", problems(HEADER + "PEM.MP.1.a,PEM,MP,1,T,YT,\n"
                + "PEM.MP.1.a,PEM,MP,1,T,YT,\n").get(0).code());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("INSTRUMENT_EMPTY", problems("").get(0).code());
        assertEquals("INSTRUMENT_EMPTY", problems(HEADER).get(0).code());
    }

    @Test
    void readsTheQuestionAndOneCriterionPerLineOfAQuotedMultiLineCell() throws Exception {
        Instrument i = Instrument.readCsv(new StringReader(
                "item_id,section,area,indicator,indicator_name,answer_type,ratio_formula,question,criteria\n"
                        + "PEM.MP.1.a,PEM,MP,1,Tim,YT,,\"Apakah unit telah membentuk tim?\",\"Ya, jika sudah\n"
                        + "Tidak, jika belum\"\n"
                        + "PEM.MP.1.b,PEM,MP,1,Tim,ABC,,,\n"
                        + "PEM.MP.1.c,PEM,MP,1,Tim,ABC,\n"), "instrument.csv");
        Item first = i.items().get(0);
        assertEquals("Apakah unit telah membentuk tim?", first.question());
        assertEquals(List.of("Ya, jika sudah", "Tidak, jika belum"), first.criteria());
        assertEquals("", i.items().get(1).question());
        assertEquals(List.of(), i.items().get(2).criteria());
    }

    @Test
    void aSemicolonFileWithByteOrderMarkAndCrlfAsExcelSavesItReadsLikeTheCommaFile() throws Exception {
        String comma = HEADER + "PEM.MP.1.a,PEM,MP,1,Tim,YT,\n";
        String excel = "\uFEFF" + comma.replace(',', ';').replace("\n", "\r\n");
        assertEquals(Instrument.readCsv(new StringReader(comma), "a.csv"),
                Instrument.readCsv(new StringReader(excel), "b.csv"));
    }

    @Test
    void lineNumbersCountCommentsBlankLinesAndLinesInsideQuotedCells() {
        List<Problem> ps = problems(HEADER
                + "# a comment\n"
                + "\n"
                + "PEM.MP.1.a,PEM,MP,1,\"Tim\nkerja\",YT,\n"
                + "PEM.MP.1.b,PEM,XX,1,Tim,YT,\n");
        assertEquals(List.of("instrument.csv:6"), ps.stream().map(Problem::location).toList());
    }

    @Test
    void aQuoteNeverClosedIsRefusedAtTheLineItOpens() {
        List<Problem> ps = problems(HEADER
                + "PEM.MP.1.a,PEM,MP,1,Tim,YT,\n"
                + "PEM.MP.1.b,PEM,MP,1,\"Tim,YT,\n"
                + "PEM.MP.1.c,PEM,MP,1,Tim,YT,\n");
        assertEquals("INSTRUMENT_CSV", ps.get(0).code());
        assertEquals("instrument.csv:3", ps.get(0).location());
    }

    @Test
    void anOptionalColumnTwiceOrAnUnknownColumnIsRefused() {
        assertEquals("INSTRUMENT_HEADER", problems(HEADER.strip() + ",question,question\n").get(0).code());
        assertEquals("INSTRUMENT_HEADER", problems(HEADER.strip() + ",pertanyaan\n").get(0).code());
    }

    @Test
    void theCriteriaListIsAnImmutableCopy() {
        List<String> criteria = new java.util.ArrayList<>(List.of("Ya", "Tidak"));
        Item item = new Item(ItemId.of("PEM.MP.1.a"), "PEM", "MP", "1", "Tim", "YT", null,
                "Q?", criteria);
        criteria.add("Mungkin");
        assertEquals(List.of("Ya", "Tidak"), item.criteria());
        assertThrows(UnsupportedOperationException.class, () -> item.criteria().add("x"));
    }

    @Test
    void anUndeclaredAreaIsRefusedAtItsLineNamingTheDeclaredAreasInBothLanguages() {
        Problem p = problems(HEADER + "PEM.MP.1.a,PEM,MP,1,Tim,YT,\n" + "PEM.ZZ.1.a,PEM,ZZ,1,Tim,YT,\n").get(0);
        assertEquals("STRUCTURE_UNKNOWN_AREA", p.code());
        assertEquals("instrument.csv:3", p.location());
        assertEquals("MP, TT, SDM, AK, PW, PP", p.expected());
        assertEquals("MP, TT, SDM, AK, PW, PP", p.expectedId());
        assertTrue(p.messageEn().contains("'ZZ'") && p.messageId().contains("'ZZ'"), p::messageEn);
    }

    @Test
    void anUndeclaredSectionOrScaleIsRefusedNamingTheDeclaredCodes() {
        List<Problem> ps = problems(HEADER + "XYZ.MP.1.a,XYZ,MP,1,Tim,YT,\n" + "PEM.MP.1.a,PEM,MP,1,Tim,SKALA5,\n");
        assertEquals(List.of("STRUCTURE_UNKNOWN_SECTION instrument.csv:2 PEM, REF, HAS",
                "STRUCTURE_UNKNOWN_SCALE instrument.csv:3 YT, ABC, ABCD, ABCDE, PCT, DEC, IDX4"),
                ps.stream().map(p -> p.code() + " " + p.location() + " " + p.expected()).toList());
    }

    @Test
    void anItemOfASectionWithAreasNeedsOneAndAnItemOfASectionWithoutAreasHasNone() {
        List<Problem> ps = problems(HEADER + "PEM.1.a,PEM,,1,Tim,YT,\n" + "HAS.IPAK,HAS,BBA,IPAK,IPAK,IDX4,\n");
        assertEquals(List.of("INSTRUMENT_AREA instrument.csv:2", "INSTRUMENT_AREA instrument.csv:3"),
                ps.stream().map(p -> p.code() + " " + p.location()).toList());
        assertEquals("MP, TT, SDM, AK, PW, PP", ps.get(0).expected());
        assertTrue(ps.get(1).messageEn().contains("has no areas") && ps.get(1).messageId().contains("tidak memiliki"),
                ps.get(1)::messageEn);
    }

    @Test
    void aScaleDeclaredOnlyInTheStructureIsAcceptedAndItsLabelsDriveValidation() throws Exception {
        RuleSetModel model = TestInstrument.model("""
                kind,code,within,name_id,name_en,detail
                section,PEM,,Pemenuhan,Fulfilment,areas
                area,MP,,Manajemen Perubahan,Change management,
                component,TOTAL,,Nilai,Score,
                scale,SKALA5,,Skala lima,Five-point scale,choice: 5 > 4 > 3 > 2 > 1
                """);
        Instrument i = Instrument.readCsv(new StringReader(HEADER + "PEM.MP.1.a,PEM,MP,1,Tim,SKALA5,\n"),
                "instrument.csv", model);
        Item item = i.items().get(0);
        assertEquals("SKALA5", item.answerType());
        assertEquals(List.of("5", "4", "3", "2", "1"), i.answerScale(item).labels());
        AssessmentValidator v = new AssessmentValidator(i);
        Assessment.Builder base = Assessment.builder(Unit.of("U1"), 2024, Predikat.WBK);
        assertEquals(List.of(), v.validate(base.answer("PEM.MP.1.a", "4").build()));
        Problem wrong = v.validate(Assessment.builder(Unit.of("U1"), 2024, Predikat.WBK).answer("PEM.MP.1.a", "Ya")
                .build()).get(0);
        assertEquals("INVALID_CHOICE", wrong.code());
        assertTrue(wrong.expected().contains("5, 4, 3, 2, 1"), wrong::expected);
    }

    @Test
    void anInstrumentReadWithoutAStructureTakesTheCodesAsWritten() throws Exception {
        Instrument i = Instrument.readCsv(new StringReader(HEADER + "X.Y.1.a,X,Y,1,Tim,NEW,\n"), "instrument.csv");
        assertEquals("X.Y.1", i.items().get(0).indicatorId());
        assertTrue(i.model().isEmpty());
        assertEquals("INSTRUMENT_SECTION", assertThrows(InvalidInputException.class, () -> Instrument.readCsv(
                new StringReader(HEADER + "p.1.a,p,,1,Tim,YT,\n"), "instrument.csv")).problems().get(0).code());
    }
}
