package io.github.zirules.json;

import static io.github.zirules.json.SampleResults.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.Scores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reports are written as zi-report/1 exactly, byte for byte stable, and read back equal. */
class ReportJsonTest {

    private final ZiJson json = ZiJson.create();
    private final ObjectMapper mapper = new ObjectMapper();

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void reportMatchesTheReviewedGoldenFile() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("sample-report.json")) {
            String golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(golden, json.writeReport(SampleResults.sample()));
        }
    }

    @Test
    void reportHasExactlyTheFormatFieldNamesThenTheExtraOnes() throws IOException {
        JsonNode r = mapper.readTree(json.writeReport(SampleResults.sample()));
        assertEquals(List.of("format", "ruleset", "unit", "year", "scores", "verdict", "warnings", "explanation"),
                names(r));
        assertEquals("zi-report/1", r.get("format").asText());
        assertEquals(List.of("id", "version", "sha256", "title", "legalBasis", "years", "provisional", "parents"),
                names(r.get("ruleset")));
        assertEquals(List.of("id", "name", "agency"), names(r.get("unit")));
        assertEquals(List.of("total", "pengungkit", "pemenuhan", "reform", "areas", "areaParts", "hasil", "BBA",
                "IPAK", "KINERJA", "IPKP", "indicators"), names(r.get("scores")));
        assertEquals(List.of("MP", "TT", "SDM", "AK", "PW", "PP"), names(r.at("/scores/areas")));
        assertEquals(List.of("target", "eligible", "checks"), names(r.get("verdict")));
        assertEquals(List.of("id", "required", "actual", "passed", "rule"), names(r.at("/verdict/checks/0")));
        assertEquals(List.of("id", "required", "actual", "passed", "shortfall", "rule"),
                names(r.at("/verdict/checks/1")));
        assertEquals(List.of("severity", "code", "location", "messageId", "messageEn"), names(r.at("/warnings/0")));
        assertEquals(List.of("items"), names(r.get("explanation")));
        assertEquals(List.of("item", "answer", "value", "exactValue", "points", "rule"),
                names(r.at("/explanation/items/0")));
        assertEquals(List.of("item", "value", "exactValue", "points", "rule"), names(r.at("/explanation/items/1")),
                "an unanswered item has no answer");
    }

    @Test
    void everyScoreHasExactlyTwoDecimalsAndEveryItemValueFour() {
        String text = json.writeReport(SampleResults.sample());
        assertTrue(text.contains("\"pengungkit\": 46.80,"), text);
        assertTrue(text.contains("\"KINERJA\": 5.00,"), text);
        assertTrue(text.contains("\"required\": 75.00,"), text);
        assertTrue(text.contains("\"shortfall\": 0.13,"), text);
        Matcher m = Pattern.compile("\"(total|pengungkit|pemenuhan|reform|hasil|BBA|IPAK|KINERJA|IPKP|MP|TT|SDM|AK|PW|PP"
                + "|PEM\\.MP(\\.\\d)?|REF\\.\\w+(\\.\\w+)?|required|actual|shortfall|points|value)\": ([-0-9.]+)")
                .matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
            String number = m.group(4);
            int decimals = number.length() - number.indexOf('.') - 1;
            assertEquals(m.group(1).equals("value") ? 4 : 2, decimals, m.group());
        }
        assertTrue(n > 30, "found " + n);
    }

    @Test
    void scoresWithOtherScalesAreWrittenRoundedHalfUpToTwoDecimals() {
        Result s = SampleResults.sample();
        Scores sc = s.scores();
        Scores odd = new Scores(d("74.995"), d("46.8"), d("26"), sc.reform(), sc.areas(), sc.areaParts(),
                sc.hasil(), sc.bba(), sc.ipak(), sc.kinerja(), sc.ipkp(), sc.indicators());
        Result r = new Result(s.ruleSet(), s.unit(), s.year(), odd, s.verdict(), s.warnings(), s.items());
        String text = json.writeReport(r);
        assertTrue(text.contains("\"total\": 75.00,") && text.contains("\"pengungkit\": 46.80,")
                && text.contains("\"pemenuhan\": 26.00,"), text);
    }

    @Test
    void gradeChecksCarryTheirLabels() throws IOException {
        JsonNode check = mapper.readTree(json.writeReport(SampleResults.sample())).at("/verdict/checks/2");
        assertEquals("WTP", check.get("required").textValue());
        assertEquals("WTP", check.get("actual").textValue());
    }

    @Test
    void reportReadsBackEqual() {
        for (Result r : List.of(SampleResults.sample(), SampleResults.eligible())) {
            assertEquals(r, json.readReport(json.writeReport(r), "r.json"));
        }
    }

    @Test
    void equalResultsGiveIdenticalBytes() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        json.writeReport(SampleResults.sample(), a);
        ZiJson.create().writeReport(SampleResults.sample(), b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        assertArrayEquals(json.writeReport(SampleResults.sample()).getBytes(StandardCharsets.UTF_8), a.toByteArray());
        String text = a.toString(StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n") && !text.contains("\r"));
    }

    @Test
    void reportsAsAnArrayAreOnePrettyJsonArray() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeReports(List.of(SampleResults.sample(), SampleResults.eligible()), out, ReportLayout.ARRAY);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("[\n  {\n    \"format\": \"zi-report/1\","), text);
        assertTrue(text.endsWith("\n  }\n]\n"), text);
        JsonNode arr = mapper.readTree(text);
        assertEquals(2, arr.size());
        assertEquals(SampleResults.sample(), json.readReport(mapper.writeValueAsString(arr.get(0)), "a[0]"));
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        json.writeReports(List.of(), empty, ReportLayout.ARRAY);
        assertEquals("[]\n", empty.toString(StandardCharsets.UTF_8));
    }

    @Test
    void reportsAsJsonLinesAreOneCompactReportPerLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Result> results = List.of(SampleResults.sample(), SampleResults.eligible(), SampleResults.sample());
        json.writeReports(results, out, ReportLayout.JSON_LINES);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n"));
        String[] lines = text.split("\n", -1);
        assertEquals(4, lines.length, "three lines and the empty rest after the last newline");
        for (int i = 0; i < 3; i++) {
            assertTrue(lines[i].startsWith("{\"format\":\"zi-report/1\",\"ruleset\":{"), lines[i]);
            assertFalse(lines[i].contains("\": ") || lines[i].contains("  "), "compact");
            assertEquals(results.get(i), json.readReport(lines[i], "line " + (i + 1)));
        }
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        json.writeReports(List.of(), none, ReportLayout.JSON_LINES);
        assertEquals(0, none.size());
    }

    @Test
    void reportShapedExactlyAsFormatMdIsReadable() {
        String formatMd = """
                {
                  "format": "zi-report/1",
                  "ruleset": { "id": "permenpan-rb-90-2021", "version": "…", "sha256": "…" },
                  "unit": { "id": "KPKNL-JKT1" },
                  "scores": {
                    "total": 78.25,
                    "pengungkit": 45.10, "pemenuhan": 24.00, "reform": 21.10,
                    "areas": { "MP": 6.50, "TT": 5.60, "SDM": 8.00, "AK": 8.00, "PW": 10.00, "PP": 7.00 },
                    "hasil": 33.15, "BBA": 19.40, "IPAK": 16.40, "KINERJA": 3.00, "IPKP": 13.75,
                    "indicators": { "PEM.MP.1": 0.50, "PEM.MP.2": 0.67 }
                  },
                  "verdict": {
                    "target": "WBK",
                    "eligible": false,
                    "checks": [
                      { "id": "TOTAL", "required": 75.00, "actual": 78.25, "passed": true },
                      { "id": "IPKP",  "required": 14.00, "actual": 13.75, "passed": false, "shortfall": 0.25 }
                    ]
                  }
                }
                """;
        Result r = json.readReport(formatMd, "FORMAT.md");
        assertEquals("78.25", r.scores().total().toPlainString());
        assertEquals("3.00", r.scores().kinerja().toPlainString());
        assertEquals("0.25", r.verdict().scoreCheck("IPKP").orElseThrow().shortfall().toPlainString());
        assertTrue(r.warnings().isEmpty() && r.items().isEmpty());
    }

    @Test
    void badReportIsRefusedWithEveryProblem() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> json.readReport(
                "{\"format\": \"zi-report/1\", \"unit\": {}, \"scores\": {\"total\": 1.234},"
                        + " \"verdict\": {\"target\": \"WBK\", \"eligible\": true,"
                        + " \"checks\": [{\"id\": \"TOTAL\", \"passed\": false}]}}", "bad.json"));
        List<String> codes = e.problems().stream().map(Problem::code).toList();
        assertTrue(codes.contains("JSON_FIELD_MISSING") && codes.contains("NUMBER_TOO_PRECISE"), codes::toString);
        assertTrue(e.problems().stream().anyMatch(p -> p.location().equals("$.ruleset")), e::getMessage);
        assertTrue(e.problems().stream().anyMatch(p -> p.location().equals("$.unit.id")), e::getMessage);
        assertTrue(e.problems().stream().anyMatch(p -> p.location().equals("$.scores.total")), e::getMessage);
    }

    @Test
    void reportWhoseEligibilityContradictsItsChecksIsRefused() {
        String text = json.writeReport(SampleResults.sample()).replace("\"eligible\": false", "\"eligible\": true");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> json.readReport(text, "r.json"));
        assertEquals("REPORT_INCONSISTENT", e.problems().get(0).code());
        assertEquals("$.verdict.eligible", e.problems().get(0).location());
    }

    @Test
    void malformedOrOtherFormatReportIsRefusedNotCrashed() {
        assertEquals("JSON_TRUNCATED", assertThrows(InvalidInputException.class,
                () -> json.readReport("{\"format\": ", "r.json")).problems().get(0).code());
        assertEquals("FORMAT_UNKNOWN", assertThrows(InvalidInputException.class,
                () -> json.readReport(Docs.withAnswers(""), "r.json")).problems().get(0).code());
        assertEquals("JSON_EMPTY", assertThrows(InvalidInputException.class,
                () -> json.readReport("", "r.json")).problems().get(0).code());
    }

    @Test
    void problemListIsWrittenForOtherTools() throws IOException {
        List<Problem> problems = List.of(
                Problem.error("JSON_WRONG_TYPE", "$.answers['PEM.MP.1.a']", Message.texts("jenis salah",
                        "wrong type"), Message.verbatim("one of Ya")),
                Problem.warning("NO_EVIDENCE", "$.answers['PEM.MP.1.b']", Message.texts("tanpa data dukung",
                        "no evidence")));
        String text = ProblemJson.write(problems);
        assertEquals("""
                {
                  "problems": [
                    {
                      "severity": "ERROR",
                      "code": "JSON_WRONG_TYPE",
                      "location": "$.answers['PEM.MP.1.a']",
                      "messageId": "jenis salah",
                      "messageEn": "wrong type",
                      "expected": "one of Ya"
                    },
                    {
                      "severity": "WARNING",
                      "code": "NO_EVIDENCE",
                      "location": "$.answers['PEM.MP.1.b']",
                      "messageId": "tanpa data dukung",
                      "messageEn": "no evidence"
                    }
                  ]
                }
                """, text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemJson.write(problems, out);
        assertEquals(text, out.toString(StandardCharsets.UTF_8));
        assertEquals("{\n  \"problems\": []\n}\n", ProblemJson.write(List.of()));
    }

    @Test
    void oneInstanceServesManyThreadsAtOnce() throws Exception {
        String report = json.writeReport(SampleResults.sample());
        String assessment = json.writeAssessment(AssessmentWriteTest.full());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new ArrayList<>();
            // 64 round trips on 4 threads: the reader and writer keep no state between documents, so any state
            // shared by mistake (a parser, a buffer) is met by another thread within the first few.
            for (int i = 0; i < 64; i++) {
                runs.add(pool.submit(() -> json.writeReport(json.readReport(report, "r")).equals(report)
                        && json.writeAssessment(json.readAssessment(assessment, "a").orElseThrow())
                                .equals(assessment)));
            }
            for (java.util.concurrent.Future<Boolean> f : runs) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
