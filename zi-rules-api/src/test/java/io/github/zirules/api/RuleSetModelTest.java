package io.github.zirules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The structure file of a rule set (structure.csv) read into a {@link RuleSetModel}, and the score tree records. */
class RuleSetModelTest {

    private static final String HEADER = "kind,code,within,name_id,name_en,detail\n";
    private static final String SMALL = HEADER
            + "section,PEM,,Pemenuhan,Fulfilment,areas\n"
            + "section,HAS,,Hasil,Results,\n"
            + "area,MP,,Manajemen Perubahan,Change management,\n"
            + "component,TOTAL,,Nilai,Score,\n"
            + "component,PEMENUHAN,TOTAL,Pemenuhan,Fulfilment,section PEM\n"
            + "component,IPAK,TOTAL,IPAK,IPAK,indicator HAS.IPAK\n"
            + "scale,SKALA5,,Skala lima,Five-point scale,choice: 5 > 4 > 3 > 2 > 1\n"
            + "scale,IDX4,,Indeks,Index,index 0-4\n"
            + "check,TOTAL,WBK WBBM,Nilai,Score,\n"
            + "check,HOLDS_WBK,WBBM,Predikat WBK,Holds WBK,\n";

    private static RuleSetModel read(String csv) throws IOException {
        return RuleSetModel.readCsv(new StringReader(csv), "structure.csv");
    }

    private static List<Problem> refused(String csv) {
        return assertThrows(InvalidInputException.class, () -> read(csv)).problems();
    }

    @Test
    void aStructureFileDeclaresSectionsAreasTheComponentTreeScalesAndChecksPerPredikat() throws IOException {
        RuleSetModel m = read(SMALL);
        assertEquals("TOTAL", m.root().id());
        assertEquals(Map.of("TOTAL", List.of("PEMENUHAN", "IPAK"), "PEMENUHAN", List.of(), "IPAK", List.of()),
                m.tree());
        assertEquals(RuleSetModel.Basis.SECTION, m.component("PEMENUHAN").orElseThrow().basis());
        assertEquals("HAS.IPAK", m.component("IPAK").orElseThrow().basisId());
        assertEquals(List.of("5", "4", "3", "2", "1"), m.answerScale("SKALA5").orElseThrow().labels());
        assertEquals(RuleSetModel.AnswerKind.INDEX, m.answerScale("IDX4").orElseThrow().kind());
        assertEquals(List.of("TOTAL"), m.requiredChecks(Predikat.WBK));
        assertEquals(List.of("TOTAL", "HOLDS_WBK"), m.requiredChecks(Predikat.WBBM));
        assertEquals("Manajemen Perubahan", m.area("MP").orElseThrow().nameId());
        assertEquals(List.of("PEM"), m.sectionsWithAreas().stream().map(RuleSetModel.SectionDef::code).toList());
    }

    @Test
    void everyMistakeOfAStructureFileIsReportedAtItsLineInBothLanguages() {
        List<Problem> ps = refused(SMALL
                .replace("component,IPAK,TOTAL,", "component,IPAK,NOWHERE,")
                .replace("choice: 5 > 4 > 3 > 2 > 1", "choice: 5")
                .replace("check,TOTAL,WBK WBBM,", "check,TOTAL,NONE,")
                .replace("area,MP,", "room,MP,")
                + "section,PEM,,Lagi,Again,\n");
        assertEquals(List.of("STRUCTURE_KIND", "STRUCTURE_PARENT", "STRUCTURE_SCALE", "STRUCTURE_PREDIKAT",
                "STRUCTURE_DUPLICATE"), ps.stream().map(Problem::code).toList());
        assertEquals(List.of("structure.csv:4", "structure.csv:7", "structure.csv:8", "structure.csv:10",
                "structure.csv:12"), ps.stream().map(Problem::location).toList());
        Problem parent = ps.get(1);
        assertTrue(parent.message().text(Locale.ENGLISH).contains("'NOWHERE'"), parent::toString);
        assertTrue(parent.message().text(Locale.forLanguageTag("id")).contains("induknya 'NOWHERE'"),
                parent::toString);
    }

    @Test
    void anIndexScaleTakesItsRangeFromItsDetailNotFromJava() throws IOException {
        RuleSetModel.IndexRange four = read(SMALL).answerScale("IDX4").orElseThrow().indexRange();
        assertEquals(new RuleSetModel.IndexRange(BigDecimal.ZERO, BigDecimal.valueOf(4)), four);
        assertEquals("0-4", four.toString());
        RuleSetModel.IndexRange other = read(SMALL.replace("index 0-4", "index 1-5.5")).answerScale("IDX4")
                .orElseThrow().indexRange();
        assertEquals(new BigDecimal("5.5"), other.highest());
        assertTrue(other.contains(new BigDecimal("5.50")) && other.contains(BigDecimal.ONE));
        assertTrue(!other.contains(new BigDecimal("0.99")) && !other.contains(new BigDecimal("5.51")));
        assertThrows(IllegalStateException.class, () -> read(SMALL).answerScale("SKALA5").orElseThrow()
                .indexRange());
    }

    @Test
    void anIndexScaleWithoutItsRangeOrWithAnImpossibleOneIsRefusedAtItsLineInBothLanguages() {
        for (String detail : List.of("index", "index 4-0", "index 2-2", "index 0-100", "index -1-4", "index a-b",
                "ratio 0-4")) {
            String csv = SMALL.replace("scale,IDX4,,Indeks,Index,index 0-4", "scale,IDX4,,Indeks,Index," + detail);
            List<Problem> ps = refused(detail.startsWith("ratio") ? csv.replace("IDX4", "PCT") : csv);
            assertEquals(List.of("STRUCTURE_SCALE"), ps.stream().map(Problem::code).toList(), detail);
            assertEquals("structure.csv:9", ps.get(0).location(), detail);
            assertTrue(ps.get(0).expected(Locale.ENGLISH).contains("\"index <lowest>-<highest>\" (e.g. index 0-4)"),
                    ps.get(0)::toString);
            assertTrue(ps.get(0).expected(Message.INDONESIAN).contains("index <terendah>-<tertinggi>"),
                    ps.get(0)::toString);
        }
        assertThrows(IllegalArgumentException.class, () -> new RuleSetModel.AnswerScale("IDX4", "a", "b",
                RuleSetModel.AnswerKind.INDEX, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RuleSetModel.IndexRange(BigDecimal.ONE,
                BigDecimal.ONE));
    }

    @Test
    void aSectionDetailOtherThanAreasIsRefusedAtItsLineInBothLanguages() {
        Problem p = refused(SMALL.replace("section,PEM,,Pemenuhan,Fulfilment,areas", "section,PEM,,Pemenuhan,"
                + "Fulfilment,area")).get(0);
        assertEquals("STRUCTURE_DETAIL", p.code());
        assertEquals("structure.csv:2", p.location());
        assertTrue(p.message().text(Locale.ENGLISH).contains("'area'") && p.message().text(
                Locale.forLanguageTag("id")).contains("bagian PEM"), p::toString);
        assertTrue(p.valid().text(Locale.ENGLISH).contains("\"areas\""), p::toString);
    }

    @Test
    void aFileWithoutItsHeaderOrWithoutComponentsIsRefusedSayingWhatIsExpected() {
        Problem header = refused("section,PEM,,Pemenuhan,Fulfilment,\n").get(0);
        assertEquals("STRUCTURE_HEADER", header.code());
        assertEquals(HEADER.strip(), header.valid().text(Locale.ENGLISH));
        List<Problem> empty = refused(HEADER + "section,PEM,,Pemenuhan,Fulfilment,\n");
        assertEquals(Set.of("STRUCTURE_INCOMPLETE"), Set.copyOf(empty.stream().map(Problem::code).toList()));
        assertTrue(empty.get(0).message().text(Locale.ENGLISH).contains("component"), empty::toString);
    }

    @Test
    void theModelRecordsRefuseImpossibleStates() {
        assertThrows(IllegalArgumentException.class, () -> new RuleSetModel.Component("IPAK", "TOTAL", "a", "b",
                RuleSetModel.Basis.CHILDREN, "HAS.IPAK"));
        assertThrows(IllegalArgumentException.class, () -> new RuleSetModel.AnswerScale("YT", "a", "b",
                RuleSetModel.AnswerKind.CHOICE, List.of("Ya")));
        assertThrows(IllegalArgumentException.class, () -> new RuleSetModel.RequiredCheck("TOTAL",
                Set.of(Predikat.NONE), "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> new ScoreNode("HAS.IPAK", ScoreNode.Kind.INDICATOR,
                BigDecimal.ONE, List.of(new ScoreNode("X", ScoreNode.Kind.INDICATOR, BigDecimal.ONE, List.of()))));
    }

    @Test
    void theScoreTreeOfTypedScoresIsThe9021TreeAndFindsEveryScoreByItsId() {
        BigDecimal one = BigDecimal.ONE;
        Scores s = new Scores(new BigDecimal("9"), new BigDecimal("4"), new BigDecimal("2"), new BigDecimal("2"),
                Map.of("MP", new BigDecimal("4")), Map.of("PEM.MP", new BigDecimal("2"), "REF.MP",
                new BigDecimal("2")), new BigDecimal("5"), new BigDecimal("3"), new BigDecimal("2"), one, new BigDecimal(
                "2"), Map.of("PEM.MP.1", new BigDecimal("2"), "REF.MP.1", new BigDecimal("2"), "HAS.IPAK",
                new BigDecimal("2"), "HAS.KINERJA", one, "HAS.IPKP", new BigDecimal("2")));
        ScoreTree t = ScoreTree.of(s);
        assertEquals("TOTAL", t.root().id());
        assertEquals(List.of("PENGUNGKIT", "HASIL"), t.root().children().stream().map(ScoreNode::id).toList());
        assertEquals(new BigDecimal("2"), t.score("PPP").orElseThrow());
        assertEquals(new BigDecimal("4"), t.score("MP").orElseThrow());
        assertEquals(List.of("PEM.MP.1"), t.node("PEM.MP").orElseThrow().children().stream().map(ScoreNode::id)
                .toList());
        assertEquals(ScoreNode.Kind.INDICATOR, t.node("HAS.KINERJA").orElseThrow().kind());
        assertTrue(t.node("NOWHERE").isEmpty());
        assertEquals(s, Scores.of(t));
    }

    @Test
    void typedScoresOfATreeWithoutThe9021ComponentsAreRefusedNamingTheMissingOne() {
        ScoreTree other = new ScoreTree(new ScoreNode("JUMLAH", ScoreNode.Kind.COMPONENT, BigDecimal.ONE, List.of()),
                Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scores.of(other));
        assertTrue(e.getMessage().contains("TOTAL"), e::getMessage);
    }
}
