package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Writing an assessment gives zi-assessment/1 in a stable layout that reads back equal. */
class AssessmentWriteTest {

    private final ZiJson json = ZiJson.create();

    static Assessment full() {
        return Assessment.builder(new Unit("KPKNL-JKT1", "KPKNL \"Jakarta\" I\n", null), 2026, Predikat.WBBM)
                .ruleSet("permenpan-rb-90-2021")
                .currentPredicate(Predikat.WBK)
                .agency(new AgencyFacts("WTP", null, "BB", "MINISTRY"))
                .answer("PEM.MP.1.a", "Ya")
                .answer("REF.MP.1.a", Answer.ratio(12, 15))
                .answer("REF.SDM.3.a", Answer.decrease(10, 4))
                .answer("HAS.IPAK", Answer.index(new BigDecimal("1E-7")))
                .answer("HAS.IPKP", Answer.index(new BigDecimal("3.20")))
                .evidence("PEM.MP.1.a", new Evidence("SK Tim", "https://x.go.id/sk.pdf", null))
                .review("TPI", "PEM.MP.1.a", Answer.choice("Tidak"))
                .build();
    }

    @Test
    void assessmentIsWrittenWithTheDocumentedKeyOrderAndLayout() {
        String expected = """
                {
                  "format": "zi-assessment/1",
                  "ruleset": "permenpan-rb-90-2021",
                  "unit": {
                    "id": "KPKNL-JKT1",
                    "name": "KPKNL \\"Jakarta\\" I\\n"
                  },
                  "year": 2026,
                  "target": "WBBM",
                  "currentPredicate": "WBK",
                  "agency": {
                    "bpkOpinion": "WTP",
                    "indeksRb": "BB",
                    "kind": "MINISTRY"
                  },
                  "answers": {
                    "PEM.MP.1.a": "Ya",
                    "REF.MP.1.a": {
                      "numerator": 12,
                      "denominator": 15
                    },
                    "REF.SDM.3.a": {
                      "lastYear": 10,
                      "thisYear": 4
                    },
                    "HAS.IPAK": 0.0000001,
                    "HAS.IPKP": 3.20
                  },
                  "evidence": {
                    "PEM.MP.1.a": [
                      {
                        "title": "SK Tim",
                        "uri": "https://x.go.id/sk.pdf"
                      }
                    ]
                  },
                  "reviews": {
                    "TPI": {
                      "PEM.MP.1.a": "Tidak"
                    }
                  }
                }
                """;
        assertEquals(expected, json.writeAssessment(full()));
    }

    @Test
    void minimalAssessmentLeavesOutAgencyAndReviewsButKeepsEvidence() {
        String expected = """
                {
                  "format": "zi-assessment/1",
                  "unit": {
                    "id": "U"
                  },
                  "year": 2026,
                  "target": "WBK",
                  "currentPredicate": "NONE",
                  "answers": {},
                  "evidence": {}
                }
                """;
        assertEquals(expected, json.writeAssessment(Assessment.builder(Unit.of("U"), 2026, Predikat.WBK).build()));
    }

    @Test
    void writtenAssessmentReadsBackEqual() {
        Assessment a = full();
        assertEquals(a, json.readAssessment(json.writeAssessment(a), "w.json").orElseThrow());
    }

    @Test
    void streamAndStringGiveTheSameUtf8Bytes() throws IOException {
        Assessment a = full().toBuilder().unit(new Unit("U", "Unit Pelayanan Prima — Bali ✓ 😀", null)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeAssessment(a, out);
        assertArrayEquals(json.writeAssessment(a).getBytes(StandardCharsets.UTF_8), out.toByteArray());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Prima — Bali ✓ 😀"), "non-ASCII is written as UTF-8, not escaped");
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.contains("\r"));
        assertEquals(a, json.readAssessment(text, "w.json").orElseThrow());
    }

    @Test
    void indexIsWrittenInPlainNotationNeverScientific() {
        Assessment a = Assessment.builder(Unit.of("U"), 2026, Predikat.WBK)
                .answer("HAS.IPAK", Answer.index(new BigDecimal("4E+0")))
                .answer("HAS.IPKP", Answer.index(new BigDecimal("3.7100000000000000000000000001")))
                .answer("X.Y", Answer.index(new BigDecimal("1E+2"))).build();
        String text = json.writeAssessment(a);
        assertTrue(text.contains("\"HAS.IPAK\": 4,"), text);
        assertTrue(text.contains("\"HAS.IPKP\": 3.7100000000000000000000000001,"), text);
        assertTrue(text.contains("\"X.Y\": 100\n"), text);
        assertEquals(a, json.readAssessment(text, "w.json").orElseThrow());
    }

    @Test
    void controlCharactersAndQuotesAreEscapedAndReadBack() {
        String nasty = "tab\there \"quoted\" back\\slash \u0001\u001f end\u2028";
        Assessment a = Assessment.builder(new Unit(nasty, nasty, nasty), 2026, Predikat.WBK)
                .answer(nasty, Answer.choice(nasty)).review(nasty, nasty, Answer.choice(" ya "))
                .evidence(nasty, new Evidence(nasty, nasty, nasty)).build();
        String text = json.writeAssessment(a);
        assertTrue(text.contains("tab\\there \\\"quoted\\\" back\\\\slash \\u0001\\u001f end"), text);
        assertEquals(a, json.readAssessment(text, "w.json").orElseThrow());
    }

    @Test
    void choiceLabelsAreWrittenAsGivenSoTheValidatorJudgesThem() {
        Assessment a = Assessment.builder(Unit.of("U"), 2026, Predikat.WBK).answer("PEM.MP.1.a", " ya ").build();
        Assessment back = json.readAssessment(json.writeAssessment(a), "w.json").orElseThrow();
        assertEquals(Answer.choice(" ya "), back.answers().get(ItemId.of("PEM.MP.1.a")));
    }
}
