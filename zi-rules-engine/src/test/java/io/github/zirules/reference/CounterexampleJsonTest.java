package io.github.zirules.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Predikat;
import io.github.zirules.testkit.AssessmentGenerator;
import io.github.zirules.testkit.InvariantOutcome;
import io.github.zirules.testkit.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counterexample documents are zi-assessment/1: this package's own reader gives back the same assessment. */
class CounterexampleJsonTest {

    private static final AssessmentGenerator GEN = AssessmentGenerator.builder(
            ReferenceScorer.standard().items().instrument()).ruleSet("permenpan-rb-90-2021").evidenceShare(0.5)
            .zeroDenominatorShare(0.3).build();

    private static JsonNode tree(Assessment a) {
        try {
            return ExampleJson.MAPPER.readTree(json(a));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String json(Assessment a) {
        Violation v = new Violation("x", "x", "x", a, null);
        return new InvariantOutcome("x", "x", "x", 1, v, 0, 0).counterexampleJson().orElseThrow();
    }

    @Test
    void aCounterexampleDocumentReadsBackAsTheSameAssessment() {
        // 100 seeds: with half the items carrying evidence and a third zero denominators, every answer kind and
        // member of the document is written and read back many times; writing and reading take milliseconds.
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            Assessment a = GEN.fromSeed(seed);
            assertEquals(a, ExampleJson.assessment(tree(a)));
        });
    }

    @Test
    void theDocumentHasTheFormatFieldsAndAgencyFactsAndIndicesWithTheirTwoDecimals() {
        Assessment a = AssessmentGenerator.builder(ReferenceScorer.standard().items().instrument())
                .target(Predikat.WBBM).agencyFactsShare(1).quality(1).unansweredShare(0).build().fromSeed(5);
        JsonNode root = tree(a);
        assertEquals("zi-assessment/1", root.get("format").asText());
        assertEquals("WBBM", root.get("target").asText());
        assertEquals(a.currentPredicate().name(), root.get("currentPredicate").asText());
        assertTrue(json(a).contains("\"HAS.IPAK\": 4.00,"), "an index keeps its two decimals");
        Map<String, String> agency = new java.util.LinkedHashMap<>();
        root.path("agency").properties().forEach(e -> agency.put(e.getKey(), e.getValue().asText()));
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        putIfPresent(expected, "bpkOpinion", a.agency().bpkOpinion());
        putIfPresent(expected, "akip", a.agency().akip());
        putIfPresent(expected, "indeksRb", a.agency().indeksRb());
        putIfPresent(expected, "kind", a.agency().kind());
        assertEquals(expected, agency);
    }

    private static void putIfPresent(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
