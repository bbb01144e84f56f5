package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** LKE workbooks in through the page and the API; the report out as PDF and as the scored workbook. */
class WorkbookTest extends ServiceTestSupport {

    private static final byte[] WORKBOOK = resource("workbooks/r01-random-wbk.xlsx");
    private static final byte[] EXAMPLE = resource("examples/random-1001-00.json");

    @Test
    void aLampiranIiiWorkbookWithItsTargetIsScoredOnThePageAsItsExpectedNumbers() {
        HttpResponse<String> r = uploadTo("/report", "lke-unit.xlsx", WORKBOOK, "id", "WBK");

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("75,62"), "the expected total: " + r.body());
        assertTrue(r.body().contains("TIDAK MEMENUHI SYARAT"), r.body());
    }

    @Test
    void aLampiranIiiWorkbookWithoutTargetIsRefusedSayingSo() {
        HttpResponse<String> r = uploadTo("/report", "lke-unit.xlsx", WORKBOOK, "en", null);

        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("EXCEL_TARGET_MISSING"), r.body());
    }

    @Test
    void theApiScoresAPostedWorkbook() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/evaluations?target=WBK"))
                .header("Content-Type", PageController.XLSX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(WORKBOOK)).build());

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("75.62"), r.body());
    }

    @Test
    void theReportDownloadsAsPdfAndAsTheScoredWorkbook() {
        String document = documentOf(upload("lke.json", EXAMPLE, "id").body());

        HttpResponse<byte[]> pdf = download(document, "pdf");
        HttpResponse<byte[]> xlsx = download(document, "xlsx");

        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("R1001-0.report.pdf"));
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "a zip: an xlsx workbook");
    }
}
