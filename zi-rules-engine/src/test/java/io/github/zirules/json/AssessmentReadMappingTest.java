package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Unit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A valid document maps to the assessment it describes; readAndValidate adds the validator's problems. */
class AssessmentReadMappingTest {

    private final ZiJson json = ZiJson.create();

    private Assessment read(String text) {
        return json.readAssessment(text, "t.json").orElseThrow();
    }

    @Test
    void formatMdExampleReadsAsDescribed() {
        Assessment a = read("""
                {
                  "format": "zi-assessment/1",
                  "ruleset": "permenpan-rb-90-2021",
                  "unit":   { "id": "KPKNL-JKT1", "name": "KPKNL Jakarta I", "agency": "Kementerian Keuangan" },
                  "year": 2026,
                  "target": "WBK",
                  "currentPredicate": "NONE",
                  "answers": {
                    "PEM.MP.1.a": "Ya",
                    "PEM.MP.1.b": "B",
                    "REF.MP.1.a": { "numerator": 12, "denominator": 15 },
                    "REF.SDM.3.a": { "lastYear": 10, "thisYear": 4 },
                    "HAS.IPAK": 3.71
                  },
                  "evidence": {
                    "PEM.MP.1.a": [ { "title": "SK Tim Kerja ZI 2026", "uri": "https://example.go.id/zi/sk-tim.pdf", "sha256": "…" } ]
                  },
                  "agency": { "bpkOpinion": "WTP", "akip": "BB", "kind": "MINISTRY" }
                }
                """);
        assertEquals("permenpan-rb-90-2021", a.ruleSet());
        assertEquals(new Unit("KPKNL-JKT1", "KPKNL Jakarta I", "Kementerian Keuangan"), a.unit());
        assertEquals(2026, a.year());
        assertEquals(Predikat.WBK, a.target());
        assertEquals(Predikat.NONE, a.currentPredicate());
        assertEquals(new AgencyFacts("WTP", "BB", null, "MINISTRY"), a.agency());
        assertEquals(List.of("PEM.MP.1.a", "PEM.MP.1.b", "REF.MP.1.a", "REF.SDM.3.a", "HAS.IPAK"),
                a.answers().keySet().stream().map(ItemId::value).toList(), "document order is kept");
        assertEquals(Answer.choice("Ya"), a.answers().get(ItemId.of("PEM.MP.1.a")));
        assertEquals(Answer.ratio(12, 15), a.answers().get(ItemId.of("REF.MP.1.a")));
        assertEquals(Answer.decrease(10, 4), a.answers().get(ItemId.of("REF.SDM.3.a")));
        assertEquals(Answer.index("3.71"), a.answers().get(ItemId.of("HAS.IPAK")));
        assertEquals(List.of(new Evidence("SK Tim Kerja ZI 2026", "https://example.go.id/zi/sk-tim.pdf", "…")),
                a.evidenceFor(ItemId.of("PEM.MP.1.a")));
        assertTrue(a.reviews().isEmpty());
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        Assessment a = read(Docs.withAnswers(""));
        assertNull(a.ruleSet());
        assertEquals(Predikat.NONE, a.currentPredicate());
        assertEquals(AgencyFacts.NONE, a.agency());
        assertTrue(a.answers().isEmpty() && a.evidence().isEmpty() && a.reviews().isEmpty());
        assertNull(a.unit().name());
    }

    @Test
    void nullMeansAbsentForOptionalFieldsAndUnansweredForAnswers() {
        Assessment a = read("{\"format\": \"zi-assessment/1\", \"ruleset\": null, \"unit\": {\"id\": \"U\", \"name\": null},"
                + " \"year\": 2026, \"target\": \"WBK\", \"currentPredicate\": null, \"agency\": null,"
                + " \"answers\": {\"PEM.MP.1.a\": null, \"PEM.MP.1.b\": \"A\"}, \"evidence\": null, \"reviews\": null}");
        assertEquals(Map.of(ItemId.of("PEM.MP.1.b"), Answer.choice("A")), a.answers());
        assertEquals(Predikat.NONE, a.currentPredicate());
    }

    @Test
    void unknownFieldsAreIgnoredEverywhereButInAnswerObjects() {
        Assessment a = read("{\"format\": \"zi-assessment/1\", \"generator\": {\"name\": \"PMPZI\", \"v\": [1, 2]},"
                + " \"unit\": {\"id\": \"U\", \"region\": \"Bali\"}, \"year\": 2026, \"target\": \"WBK\","
                + " \"agency\": {\"kind\": \"REGIONAL\", \"note\": 1},"
                + " \"answers\": {\"PEM.MP.1.a\": \"Ya\"},"
                + " \"evidence\": {\"PEM.MP.1.a\": [{\"title\": \"SK\", \"mimeType\": \"application/pdf\"}]}}");
        assertEquals(Unit.of("U"), a.unit());
        assertEquals(List.of(Evidence.titled("SK")), a.evidenceFor(ItemId.of("PEM.MP.1.a")));
    }

    @Test
    void reviewsExtensionHoldsAnswerSetsByRoleWithTheSameShapes() {
        Assessment a = read(Docs.withMember("\"reviews\": {\"TPI\": {\"PEM.MP.1.a\": \"Tidak\","
                + " \"REF.MP.1.a\": {\"numerator\": 1, \"denominator\": 2}}, \"TPN\": {\"HAS.IPAK\": 3.6}}"));
        assertEquals(List.of("TPI", "TPN"), List.copyOf(a.reviews().keySet()));
        assertEquals(Answer.choice("Tidak"), a.reviews().get("TPI").get(ItemId.of("PEM.MP.1.a")));
        assertEquals(Answer.ratio(1, 2), a.reviews().get("TPI").get(ItemId.of("REF.MP.1.a")));
        assertEquals(Answer.index("3.60"), a.reviews().get("TPN").get(ItemId.of("HAS.IPAK")));
    }

    @Test
    void choiceLabelsAreKeptAsWrittenForTheValidatorToJudge() throws IOException {
        Assessment a = read(Docs.withAnswers("\"PEM.MP.1.a\": \" ya \", \"PEM.MP.1.b\": \"b\""));
        assertEquals(Answer.choice(" ya "), a.answers().get(ItemId.of("PEM.MP.1.a")));
        AssessmentValidator v = new AssessmentValidator(SharedDomain.instrument());
        assertTrue(v.validate(a).isEmpty(), () -> v.validate(a).toString());
    }

    @Test
    void readAndValidateListsJsonProblemsAndSkipsTheValidatorWhenTheJsonIsBad() throws IOException {
        AssessmentValidator v = new AssessmentValidator(SharedDomain.instrument());
        ValidatedRead r = json.readAndValidate(stream(Docs.withAnswers("\"PEM.MP.1.a\": true, \"NOPE\": \"A\"")),
                "t.json", v);
        assertFalse(r.ok());
        assertNull(r.assessment());
        assertEquals(List.of("JSON_WRONG_TYPE"), r.problems().stream().map(Problem::code).toList());
        assertThrows(InvalidInputException.class, r::orElseThrow);
    }

    @Test
    void readAndValidateAddsTheValidatorsProblemsAndKeepsTheAssessment() throws IOException {
        AssessmentValidator v = new AssessmentValidator(SharedDomain.instrument());
        ValidatedRead r = json.readAndValidate(stream("{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \" \"},"
                + " \"year\": 2026, \"target\": \"WBK\", \"answers\": {\"PEM.MP.1.a\": \"B\", \"NOPE.X\": \"A\","
                + " \"HAS.IPAK\": 4.5}}"), "t.json", v);
        assertFalse(r.ok());
        assertNotNull(r.assessment(), "the JSON was fine, so the assessment is there to inspect");
        assertEquals(List.of("UNIT_ID_MISSING", "INVALID_CHOICE", "UNKNOWN_ITEM", "INDEX_OUT_OF_RANGE"),
                r.problems().stream().map(Problem::code).toList());
        InvalidInputException e = assertThrows(InvalidInputException.class, r::orElseThrow);
        assertEquals(4, e.problems().size());
    }

    @Test
    void readAndValidateAcceptsAValidAssessment() throws IOException {
        AssessmentValidator v = new AssessmentValidator(SharedDomain.instrument());
        ValidatedRead r = json.readAndValidate(stream(Docs.withAnswers("\"PEM.MP.1.a\": \"Ya\"")), "t.json", v);
        assertTrue(r.ok());
        assertEquals(r.assessment(), r.orElseThrow());
    }

    @Test
    void assessmentReadRefusesAnInconsistentPair() {
        Problem error = Problem.error("X", "$", Message.texts("x", "x"), null);
        assertThrows(IllegalArgumentException.class, () -> new AssessmentRead(null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new AssessmentRead(read(Docs.withAnswers("")),
                List.of(error)));
        assertEquals("assessment JSON is invalid: 1 problem(s):\n  $: x", assertThrows(InvalidInputException.class,
                () -> new AssessmentRead(null, List.of(error)).orElseThrow()).getMessage());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
