package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zirules.api.Result;
import io.github.zirules.json.ZiJson;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluationApiTest extends ServiceTestSupport {

    static final String EXAMPLE = "examples/random-1001-00";

    @ParameterizedTest
    @ValueSource(strings = {"random-1001-00", "random-1001-01", "random-1001-02", "random-1001-03"})
    void aSharedExampleIsScoredToTheCentOverHttp(String name) {
        HttpResponse<String> r = postJson("/api/evaluations", resource("examples/" + name + ".json"));

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode report = ExpectedNumbers.parse(r.body());
        assertEquals("zi-report/1", report.path("format").asText());
        assertEquals("permenpan-rb-90-2021", report.path("ruleset").path("id").asText());
        JsonNode expected = ExpectedNumbers.parse(new String(resource("examples/" + name + ".expected.json"),
                StandardCharsets.UTF_8));
        List<String> zeroDenominators = new ArrayList<>();
        expected.path("zeroDenominatorItems").forEach(n -> zeroDenominators.add(n.asText()));
        ((ObjectNode) expected).remove("zeroDenominatorItems");
        assertEquals(List.of(), ExpectedNumbers.differences(expected, report));
        List<String> warned = new ArrayList<>();
        report.path("warnings").forEach(w -> {
            if ("PENYEBUT_NOL".equals(w.path("code").asText())) {
                warned.add(w.path("location").asText());
            }
        });
        assertEquals(zeroDenominators, warned, "items with a zero denominator, as the report warns of them");
    }

    @Test
    void theReportIsExactlyWhatTheLibraryWritesAndReadsBack() {
        HttpResponse<String> r = postJson("/api/evaluations", resource(EXAMPLE + ".json"));

        Result back = ZiJson.create().readReport(r.body(), "response");
        assertEquals(r.body(), ZiJson.create().writeReport(back));
        assertEquals("R1001-0", back.unit().id());
        assertFalse(back.eligible(), "example 00 misses IPAK by 0.13");
    }

    @Test
    void anInvalidAssessmentIsRefusedWith400ListingEveryProblemWithPathAndBothLanguages() {
        ObjectNode doc = (ObjectNode) ExpectedNumbers.parse(new String(resource(EXAMPLE + ".json"),
                StandardCharsets.UTF_8));
        ObjectNode answers = (ObjectNode) doc.get("answers");
        answers.put("PEM.MP.1.a", "Mungkin");
        answers.put("PEM.XX.9.z", "Ya");
        ((ObjectNode) answers.get("REF.MP.1.a")).put("numerator", -3);
        answers.put("HAS.IPAK", 7.5);

        HttpResponse<String> r = postJson("/api/evaluations", doc.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals(400, r.statusCode(), r.body());
        List<String> found = new ArrayList<>();
        for (JsonNode p : problems(r)) {
            found.add(p.get("code").asText() + " " + p.get("location").asText());
            assertFalse(p.path("messageId").asText().isBlank(), "a message in Bahasa Indonesia: " + p);
            assertFalse(p.path("messageEn").asText().isBlank(), "a message in English: " + p);
        }
        assertEquals(Set.of("INVALID_CHOICE $.answers['PEM.MP.1.a']", "UNKNOWN_ITEM $.answers['PEM.XX.9.z']",
                "COUNT_NEGATIVE $.answers['REF.MP.1.a'].numerator", "INDEX_OUT_OF_RANGE $.answers['HAS.IPAK']"),
                Set.copyOf(found));
        assertEquals(4, found.size(), "each problem once: " + found);
    }

    @Test
    void wrongJsonTypesAreAllListedBeforeAnyScoring() {
        String doc = "{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": 42}, \"year\": \"2026\", "
                + "\"target\": \"WBK\", \"answers\": {\"PEM.MP.1.a\": true}}";

        HttpResponse<String> r = postJson("/api/evaluations", doc.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, r.statusCode(), r.body());
        List<String> locations = new ArrayList<>();
        problems(r).forEach(p -> locations.add(p.get("location").asText()));
        assertTrue(locations.containsAll(List.of("$.unit.id", "$.year", "$.answers['PEM.MP.1.a']")),
                "every wrong type is listed: " + locations);
    }

    @Test
    void malformedJsonIsRefusedWith400NamingLineAndColumn() {
        String doc = "{\n  \"format\": \"zi-assessment/1\",\n  \"year\": 2026,,\n}";

        HttpResponse<String> r = postJson("/api/evaluations", doc.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, r.statusCode(), r.body());
        JsonNode p = problems(r).get(0);
        assertEquals("JSON_SYNTAX", p.get("code").asText());
        assertEquals("request:3:16", p.get("location").asText(), "line 3, the column of the second comma");
        assertNoStackTrace(r);
    }

    @Test
    void anUnknownRuleSetIsRefusedWith400NamingTheKnownOnes() {
        String doc = new String(resource(EXAMPLE + ".json"), StandardCharsets.UTF_8)
                .replace("\"ruleset\": \"permenpan-rb-90-2021\"", "\"ruleset\": \"permenpan-rb-99-2099\"");

        HttpResponse<String> r = postJson("/api/evaluations", doc.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, r.statusCode(), r.body());
        JsonNode p = problems(r).get(0);
        assertEquals("RULESET_UNKNOWN", p.get("code").asText());
        assertEquals("$.ruleset", p.get("location").asText());
        assertTrue(p.get("expected").asText().contains("permenpan-rb-90-2021"), p.toString());
    }

    @Test
    void aYearNoRuleSetCoversIsRefusedWith400AtTheYear() {
        String doc = new String(resource(EXAMPLE + ".json"), StandardCharsets.UTF_8)
                .replace("\"ruleset\": \"permenpan-rb-90-2021\",", "").replace("\"year\": 2026", "\"year\": 2015");

        HttpResponse<String> r = postJson("/api/evaluations", doc.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, r.statusCode(), r.body());
        assertEquals("$.year", problems(r).get(0).get("location").asText());
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedWith413() {
        byte[] big = padded(resource(EXAMPLE + ".json"), MAX_BYTES + 1);

        HttpResponse<String> r = postJson("/api/evaluations", big);

        assertEquals(413, r.statusCode(), r.body());
        assertEquals("JSON_TOO_LARGE", problems(r).get(0).get("code").asText());
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIsRefusedWith413WhileReading() {
        byte[] big = padded(resource(EXAMPLE + ".json"), MAX_BYTES + 1);

        HttpResponse<String> r = postJsonChunked("/api/evaluations", big);

        assertEquals(413, r.statusCode(), r.body());
        assertEquals("JSON_TOO_LARGE", problems(r).get(0).get("code").asText());
    }

    @Test
    void aDocumentExactlyAtTheLimitIsScored() {
        HttpResponse<String> r = postJsonChunked("/api/evaluations", padded(resource(EXAMPLE + ".json"), MAX_BYTES));

        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void anotherContentTypeIsRefusedWith415AsAProblem() {
        HttpResponse<String> r = post("/api/evaluations", "text/plain", resource(EXAMPLE + ".json"));

        assertEquals(415, r.statusCode(), r.body());
        assertEquals("MEDIA_TYPE_UNSUPPORTED", problems(r).get(0).get("code").asText());
    }

    @Test
    void anUnknownAddressIsA404ProblemWithoutAStackTrace() {
        HttpResponse<String> r = get("/api/nothing-here", "application/json");

        assertEquals(404, r.statusCode(), r.body());
        assertEquals("NOT_FOUND", problems(r).get(0).get("code").asText());
        assertNoStackTrace(r);
    }

    @Test
    void aWrongMethodIsA405Problem() {
        HttpResponse<String> r = get("/api/evaluations", "application/json");

        assertEquals(405, r.statusCode(), r.body());
        assertEquals("METHOD_NOT_ALLOWED", problems(r).get(0).get("code").asText());
    }

    /** {@code doc} followed by spaces up to {@code size} bytes: still the same document. */
    static byte[] padded(byte[] doc, int size) {
        byte[] out = new byte[size];
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(doc, 0, out, 0, doc.length);
        return out;
    }

    static JsonNode problems(HttpResponse<String> r) {
        JsonNode ps = ExpectedNumbers.parse(r.body()).get("problems");
        assertTrue(ps != null && ps.isArray() && !ps.isEmpty(), "a list of problems: " + r.body());
        return ps;
    }

    static void assertNoStackTrace(HttpResponse<String> r) {
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception") || r.body().contains(".java:"),
                "no stack trace in a response: " + r.body());
    }
}
