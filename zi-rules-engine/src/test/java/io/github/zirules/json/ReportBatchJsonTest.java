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
 * array is the single reports, each indented one level, between Jackson's brackets and separators; JSON Lines are
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
