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
                () -> Instrument.readCsv(new StringReader(csv), "instrument.csv")).problems();
    }

    @Test
    void readsItemsGroupsThemIntoIndicatorsAndAcceptsQuotedFields() throws Exception {
        Instrument i = Instrument.readCsv(new StringReader(HEADER
                + "PEM.MP.1.a,PEM,MP,1,Tim,YT,\n"
                + "PEM.MP.1.b,PEM,MP,1,Tim,ABC,\n"
                + "REF.MP.1.a,REF,MP,1,\"Komitmen, pimpinan\",PCT,\"a / b, capped\"\n"
                + "HAS.IPAK,HAS,BBA,IPAK,IPAK,IDX4,\n"), "instrument.csv");
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
        assertEquals(List.of("INSTRUMENT_AREA", "INSTRUMENT_ANSWER_TYPE", "INSTRUMENT_ITEM_ID", "INSTRUMENT_COLUMNS"),
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
        Item item = new Item(ItemId.of("PEM.MP.1.a"), Section.PEMENUHAN, Area.MP, "1", "Tim", AnswerType.YT, null,
                "Q?", criteria);
        criteria.add("Mungkin");
        assertEquals(List.of("Ya", "Tidak"), item.criteria());
        assertThrows(UnsupportedOperationException.class, () -> item.criteria().add("x"));
    }
}
