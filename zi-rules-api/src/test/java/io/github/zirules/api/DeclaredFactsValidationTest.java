package io.github.zirules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agency facts are checked against the kinds the rule set declares, each problem at its JSON path. */
class DeclaredFactsValidationTest {

    private static final Map<String, DeclaredFact> DECLARED = new LinkedHashMap<>();

    static {
        DECLARED.put("jumlahPegawai", new DeclaredFact("jumlahPegawai", DeclaredFact.Kind.WHOLE_NUMBER, null,
                List.of(), "Jumlah pegawai unit", "Number of staff"));
        DECLARED.put("rasioAnggaran", new DeclaredFact("rasioAnggaran", DeclaredFact.Kind.DECIMAL, null, List.of(),
                "Rasio anggaran", "Budget ratio"));
        DECLARED.put("timZi", new DeclaredFact("timZi", DeclaredFact.Kind.YES_NO, null, List.of(),
                "Tim ZI terbentuk", "ZI team formed"));
        DECLARED.put("opiniInspektorat", new DeclaredFact("opiniInspektorat", DeclaredFact.Kind.GRADE, "OPINI",
                List.of("BAIK", "CUKUP", "KURANG"), "Opini inspektorat", "Inspectorate opinion"));
        DECLARED.put("wilayah", new DeclaredFact("wilayah", DeclaredFact.Kind.CHOICE, null, List.of("BARAT",
                "TENGAH", "TIMUR"), "Wilayah", "Region"));
    }

    private static final AssessmentValidator V = new AssessmentValidator(TestInstrument.SMALL
            .withAgencyFacts(DECLARED));

    private static List<Problem> problems(String name, AgencyFacts.Value value) {
        return V.validate(Assessment.builder(Unit.of("U1"), 2024, Predikat.WBK)
                .agency(AgencyFacts.NONE.with(name, value)).build());
    }

    private static AgencyFacts.Numeric number(String n) {
        return new AgencyFacts.Numeric(new BigDecimal(n));
    }

    @Test
    void valuesOfTheDeclaredKindsAreValid() {
        for (Map.Entry<String, AgencyFacts.Value> ok : Map.<String, AgencyFacts.Value>of("jumlahPegawai", number("12"), "rasioAnggaran",
                number("0.75"), "timZi", new AgencyFacts.YesNo(false), "opiniInspektorat",
                new AgencyFacts.Text("CUKUP"), "wilayah", new AgencyFacts.Text("TIMUR")).entrySet()) {
            assertEquals(List.of(), problems(ok.getKey(), ok.getValue()), ok::toString);
        }
        assertEquals(List.of(), problems("jumlahPegawai", number("12.00")), "12.00 staff is a whole number");
    }

    @Test
    void aValueOfAnotherKindIsRefusedWithWhatTheKindTakes() {
        Problem p = problems("timZi", new AgencyFacts.Text("ya")).get(0);
        assertEquals("AGENCY_FACT_KIND", p.code());
        assertEquals("$.facts.timZi", p.location());
        assertEquals("agency fact 'timZi' (ZI team formed) cannot be \"ya\"", p.messageEn());
        assertEquals("true or false (yes or no)", p.expected());
        assertEquals("AGENCY_FACT_KIND", problems("opiniInspektorat", number("1")).get(0).code());
        assertEquals("AGENCY_FACT_KIND", problems("jumlahPegawai", number("12.5")).get(0).code());
    }

    @Test
    void aGradeOrChoiceNotDeclaredIsRefusedWithTheDeclaredList() {
        Problem grade = problems("opiniInspektorat", new AgencyFacts.Text("SANGAT BAIK")).get(0);
        assertEquals("AGENCY_VALUE_INVALID", grade.code());
        assertEquals("BAIK, CUKUP, KURANG", grade.expected());
        assertTrue(grade.messageEn().contains("(BAIK > CUKUP > KURANG)"), grade::toString);
        Problem choice = problems("wilayah", new AgencyFacts.Text("UTARA")).get(0);
        assertTrue(choice.messageId().contains("bukan salah satu pilihan aturan"), choice::toString);
    }

    @Test
    void aHugeNumberIsRefusedWithoutPrintingItWhole() {
        Problem p = problems("rasioAnggaran", number("1" + "0".repeat(40))).get(0);
        assertEquals("AGENCY_FACT_KIND", p.code());
        assertTrue(p.messageEn().length() < 120, p::toString);
    }

    @Test
    void anUndeclaredNameIsRefusedWithTheNearestDeclaredOneAndAnOddNameKeepsAValidPath() {
        Problem p = problems("jumlahPegawi", number("3")).get(0);
        assertEquals("AGENCY_FACT_UNKNOWN", p.code());
        assertTrue(p.messageEn().endsWith("; did you mean jumlahPegawai?"), p::toString);
        assertEquals("$.facts['jumlah pegawai']", problems("jumlah pegawai", number("3")).get(0).location());
    }

    @Test
    void aRuleSetDeclaringNoFactsSaysHowToDeclareOne() {
        Problem p = new AssessmentValidator(TestInstrument.SMALL).validate(Assessment.builder(Unit.of("U1"), 2024,
                Predikat.WBK).agency(AgencyFacts.NONE.with("jumlahPegawai", number("3"))).build()).get(0);
        assertTrue(p.expected().contains("$k.agencyFact(\"jumlahPegawai\""), p::toString);
    }

    @Test
    void theFourFactsOfTheRegulationKeepTheirTypedAccessors() {
        AgencyFacts f = new AgencyFacts("WTP", "BB", "CC", "REGIONAL");
        assertEquals(List.of("bpkOpinion", "akip", "indeksRb", "kind"), List.copyOf(f.values().keySet()));
        assertEquals("CC", f.indeksRb());
        assertEquals(new AgencyFacts("WTP", null, null, null), new AgencyFacts("WTP", null, null, null));
        assertTrue(new AgencyFacts(null, null, null, null).isEmpty());
    }
}
