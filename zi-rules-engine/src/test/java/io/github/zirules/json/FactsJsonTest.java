package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Problem;
import io.github.zirules.api.ZiRules;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code facts} object: agency facts a rule set declares, beside the unchanged {@code agency}. */
class FactsJsonTest {

    private final ZiJson json = ZiJson.create();

    private static String doc(String extra) {
        return """
                {"format": "zi-assessment/1", "unit": {"id": "U1"}, "year": 2024, "target": "WBK",
                 "agency": {"bpkOpinion": "WTP", "kind": "REGIONAL"},
                 "answers": {}%s}
                """.formatted(extra);
    }

    @Test
    void factsReadAsNumbersTextsAndYesNoBesideTheAgencyFields() {
        Assessment a = json.readAssessment(doc(", \"facts\": {\"jumlahPegawai\": 12, \"kategori\": \"B\", "
                + "\"timZi\": true, \"kosong\": null}"), "t.json").orElseThrow();
        assertEquals("WTP", a.agency().bpkOpinion());
        assertEquals("REGIONAL", a.agency().kind());
        assertEquals(new AgencyFacts.Numeric(new BigDecimal("12")), a.agency().values().get("jumlahPegawai"));
        assertEquals(new AgencyFacts.Text("B"), a.agency().values().get("kategori"));
        assertEquals(new AgencyFacts.YesNo(true), a.agency().values().get("timZi"));
        assertFalse(a.agency().values().containsKey("kosong"));
    }

    @Test
    void factsWriteBackBesideAgencyAndReadBackEqual() {
        Assessment a = json.readAssessment(doc(", \"facts\": {\"jumlahPegawai\": 12, \"timZi\": false}"), "t.json")
                .orElseThrow();
        String written = json.writeAssessment(a);
        assertTrue(written.contains("\"agency\": {\n    \"bpkOpinion\": \"WTP\",\n    \"kind\": \"REGIONAL\"\n  },\n"
                + "  \"facts\": {\n    \"jumlahPegawai\": 12,\n    \"timZi\": false\n  },"), written);
        assertEquals(a, json.readAssessment(written, "w.json").orElseThrow());
    }

    @Test
    void anAssessmentWithoutFactsWritesNoFactsObject() {
        String written = json.writeAssessment(json.readAssessment(doc(""), "t.json").orElseThrow());
        assertFalse(written.contains("\"facts\""), written);
    }

    @Test
    void aFactOfTheRegulationWrittenInFactsIsRefusedWithWhereItBelongs() {
        AssessmentRead r = json.readAssessment(doc(", \"facts\": {\"akip\": \"BB\", \"daftar\": [1]}"), "t.json");
        List<Problem> ps = r.problems();
        assertEquals(List.of("AGENCY_FACT_PLACE", "JSON_WRONG_TYPE"), ps.stream().map(Problem::code).toList(),
                ps::toString);
        assertEquals("$.facts.akip", ps.get(0).location().replaceAll(" .*", ""));
        assertTrue(ps.get(0).messageEn().contains("written in \"agency\""), ps::toString);
        assertTrue(ps.get(0).messageId().contains("ditulis dalam \"agency\""), ps::toString);
    }

    @Test
    void theBuiltInRuleSetRefusesAFactItDoesNotDeclareAtItsPath() {
        ValidatedRead r = json.readAndValidate(new java.io.ByteArrayInputStream(doc(
                ", \"facts\": {\"jumlahPegawai\": 12}").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "t.json", new AssessmentValidator(ZiRules.evaluator().instrument("permenpan-rb-90-2021")));
        Problem p = r.problems().get(0);
        assertEquals("AGENCY_FACT_UNKNOWN", p.code());
        assertEquals("$.facts.jumlahPegawai", p.location());
        assertEquals("a fact the rule set declares: bpkOpinion, akip, indeksRb, kind", p.expected());
    }
}
