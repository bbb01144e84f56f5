package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zirules.api.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pieces a batch writer joins (reports drawn on several threads, then written in order) give the same bytes as
 * {@link ZiJson#writeReports}, and the JSON Lines summary line is Jackson's, like every JSON the library writes.
 */
class ReportBatchJsonTest {

    private final ZiJson json = ZiJson.create();

    @Test
    void reportsDrawnAsArrayElementsJoinIntoTheArrayWriteReportsWrites() throws IOException {
        List<Result> results = List.of(SampleResults.sample(), SampleResults.eligible());
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        json.writeReports(results, whole, ReportLayout.ARRAY);
        String joined = "[\n  " + json.writeReportInArray(results.get(0)) + ",\n  "
                + json.writeReportInArray(results.get(1)) + "\n]\n";
        assertEquals(whole.toString(StandardCharsets.UTF_8), joined);
    }

    @Test
    void theSummaryLineIsCompactJsonOnOneLine() {
        assertEquals("{\"format\":\"zi-report-summary/1\",\"reports\":2,\"refused\":1}\n",
                json.writeReportSummary(2, 1));
    }
}
