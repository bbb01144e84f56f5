package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reports written one by one through a {@link ReportsWriter} (drawn on several threads, then added in order): the
 * array is the single reports, each indented one level, between the layout's brackets and separators; JSON Lines are
 * the compact reports; and the JSON Lines summary line is Jackson's, like every JSON the library writes.
 */
class ReportBatchJsonTest {

    private final ZiJson json = ZiJson.create();
    private final List<Result> results = List.of(SampleResults.sample(), SampleResults.eligible());

    @Test
    void reportsDrawnOnOtherThreadsAndAddedInOrderMakeTheArrayOfTheSingleReportsIndentedOneLevel() throws IOException {
        StringWriter out = new StringWriter();
        try (ReportsWriter reports = json.openReports(out, ReportLayout.ARRAY)) {
            List<String> drawn = results.parallelStream().map(reports::draw).toList();
            for (String d : drawn) {
                reports.add(d);
            }
            assertEquals(2, reports.count());
        }
        String expected = results.stream().map(r -> json.writeReport(r).strip().indent(2).stripTrailing())
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        assertEquals(expected, out.toString());
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        json.writeReports(results, whole, ReportLayout.ARRAY);
        assertEquals(expected, whole.toString(StandardCharsets.UTF_8), "writeReports writes the same bytes");
    }

    @Test
    void anEmptyArrayIsTwoBracketsAndALineEnd() throws IOException {
        StringWriter out = new StringWriter();
        json.openReports(out, ReportLayout.ARRAY).close();
        assertEquals("[]\n", out.toString());
    }

    @Test
    void eachReportReachesTheOutputWhenItIsAddedNotAtTheEnd() throws IOException {
        StringWriter out = new StringWriter();
        try (ReportsWriter reports = json.openReports(out, ReportLayout.ARRAY)) {
            reports.add(results.get(0));
            assertTrue(out.toString().startsWith("[\n  {\n    \"format\": \"zi-report/1\""), out.toString());
            assertTrue(out.toString().endsWith("}"), "the whole first report, before the array ends");
        }
    }

    @Test
    void jsonLinesAreTheCompactReportsOneALine() throws IOException {
        StringWriter out = new StringWriter();
        try (ReportsWriter reports = json.openReports(out, ReportLayout.JSON_LINES)) {
            reports.add(results.get(0));
            reports.add(reports.draw(results.get(1)));
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(out.toString().endsWith("}\n"));
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < 2; i++) {
            assertTrue(lines.get(i).startsWith("{\"format\":\"zi-report/1\","), "compact: " + lines.get(i));
            assertEquals(mapper.readTree(json.writeReport(results.get(i))), mapper.readTree(lines.get(i)));
        }
    }

    @Test
    void reportsDrawnAsUtf8AndWrittenToAStreamAreTheBytesOfTheText() throws IOException {
        // Every kind of string the writer treats specially: a character outside the BMP (four UTF-8 bytes, never an
        // escaped surrogate pair), a lone surrogate (escaped), control characters with and without a short escape,
        // quotes, backslashes and non-ASCII letters and punctuation.
        String odd = "Unit \uD83D\uDE00 \uD800 x\u001f\t\"q\" \\ \u00e9\u2014\u2026 \u0627";
        Result r = SampleResults.sample();
        Result tricky = new Result(r.ruleSet(), new io.github.zirules.api.Unit("U" + odd, odd, odd), r.year(),
                r.scores(), r.verdict(), r.warnings(), r.items());
        List<Result> all = List.of(tricky, SampleResults.eligible(), r);
        for (ReportLayout layout : ReportLayout.values()) {
            StringWriter text = new StringWriter();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ReportsWriter chars = json.openReports(text, layout);
                    ReportsWriter utf8 = json.openReports(bytes, layout)) {
                List<byte[]> drawn = all.parallelStream().map(utf8::drawUtf8).toList();
                for (int i = 0; i < all.size(); i++) {
                    chars.add(all.get(i));
                    utf8.addUtf8(drawn.get(i));
                }
                assertEquals(all.size(), utf8.count());
            }
            assertEquals(text.toString(), bytes.toString(StandardCharsets.UTF_8), layout.name());
            assertTrue(java.util.Arrays.equals(text.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray()),
                    layout.name() + ": the same bytes");
            assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("\uD83D\uDE00"), "the emoji as it is");
            assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("\\ud800"), "the lone surrogate escaped");
        }
    }

    @Test
    void aStreamOfNoReportsIsTwoBracketsAndALineEndAndAnyStringAddedIsEncoded() throws IOException {
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        json.openReports(empty, ReportLayout.ARRAY).close();
        assertEquals("[]\n", empty.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        StringWriter text = new StringWriter();
        try (ReportsWriter utf8 = json.openReports(one, ReportLayout.ARRAY);
                ReportsWriter chars = json.openReports(text, ReportLayout.ARRAY)) {
            utf8.add(utf8.draw(results.get(0)));
            chars.addUtf8(chars.drawUtf8(results.get(0)));
        }
        assertEquals(text.toString(), one.toString(StandardCharsets.UTF_8));
    }

    @Test
    void nothingIsAddedAfterClose() throws IOException {
        ReportsWriter reports = json.openReports(new StringWriter(), ReportLayout.ARRAY);
        reports.close();
        assertThrows(IllegalStateException.class, () -> reports.add(results.get(0)));
    }

    @Test
    void theSummaryLineIsCompactJsonOnOneLine() {
        assertEquals("{\"format\":\"zi-report-summary/1\",\"reports\":2,\"refused\":1}\n",
                json.writeReportSummary(2, 1));
    }
}
