package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pages for people: one look with the report, problems in words, downloads, plan and compare. */
class PagesTest extends ServiceTestSupport {

    private static final byte[] EXAMPLE = resource("examples/random-1001-00.json");

    @Test
    void everyFormWearsTheReportsStyleAndLinksTheOtherPages() {
        for (String path : new String[] {"/", "/plan", "/compare"}) {
            String html = get(path + "?lang=en", "text/html").body();

            assertTrue(html.contains("article.report"), path + " carries the report's style sheet");
            assertTrue(html.contains("href=\"/plan?lang=en\"") && html.contains("href=\"/compare?lang=en\""), html);
            assertTrue(html.contains("<html lang=\"en\">"), html);
            assertFalse(html.contains("<script"), "no script");
            assertFalse(html.contains("16777216") || html.contains("65536 byte"), "a size for people: " + html);
        }
    }

    @Test
    void aProblemNamesTheItemInWordsInThePagesLanguage() {
        String doc = new String(EXAMPLE, StandardCharsets.UTF_8).replace("\"PEM.MP.1.a\": \"Ya\"",
                "\"PEM.MP.1.a\": \"Mungkin\"");

        String id = upload("lke.json", doc.getBytes(StandardCharsets.UTF_8), "id").body();
        String en = upload("lke.json", doc.getBytes(StandardCharsets.UTF_8), "en").body();

        assertTrue(id.contains("butir PEM.MP.1.a (Unit kerja telah membentuk tim untuk melakukan …)"), id);
        assertTrue(en.contains("item PEM.MP.1.a (Unit kerja telah membentuk tim untuk melakukan …)"), en);
        assertTrue(en.contains("is not valid for a YT item"), "the English message: " + en);
        assertTrue(id.contains("<html lang=\"id\">") && en.contains("<html lang=\"en\">"));
    }

    @Test
    void theResultPageOffersTheReportAsHtmlAndJsonDownloads() {
        String document = documentOf(upload("lke.json", EXAMPLE, "en").body());

        HttpResponse<byte[]> json = download(document, "json");
        HttpResponse<byte[]> html = download(document, "html");
        String jsonBody = new String(json.body(), StandardCharsets.UTF_8);
        String htmlBody = new String(html.body(), StandardCharsets.UTF_8);

        assertEquals(200, json.statusCode(), jsonBody);
        assertTrue(json.headers().firstValue("Content-Disposition").orElse("").contains("R1001-0.report.json"));
        assertTrue(jsonBody.contains("zi-report/1"), jsonBody);
        assertEquals(200, html.statusCode(), htmlBody);
        assertTrue(html.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertTrue(htmlBody.contains("NOT ELIGIBLE for Menuju WBK"), htmlBody);
    }

    @Test
    void thePlanPageListsTheChangesWithTheirItemsInWords() {
        HttpResponse<String> r = uploadTo("/plan", "lke.json", EXAMPLE, "id", "WBK");

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("id=\"plan-reason\""), r.body());
        assertTrue(r.body().contains("butir "), r.body());
    }

    @Test
    void theComparePageShowsEachReviewerBesideTheUnit() {
        String doc = new String(EXAMPLE, StandardCharsets.UTF_8).replaceFirst("\\{",
                "{\"reviews\": {\"TPI\": {\"PEM.MP.1.a\": \"Tidak\"}}, ");

        HttpResponse<String> r = uploadTo("/compare", "lke.json", doc.getBytes(StandardCharsets.UTF_8), "en", null);

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<th>TPI</th>"), r.body());
        assertTrue(r.body().contains("item PEM.MP.1.a (Unit kerja telah membentuk tim untuk melakukan …)"), r.body());
    }

    @Test
    void theApiPlansComparesAndWritesHtmlOnRequest() {
        HttpResponse<String> plan = postJson("/api/plans?target=WBK", EXAMPLE);
        HttpResponse<String> compare = postJson("/api/comparisons", EXAMPLE);
        HttpResponse<String> html = send(HttpRequest.newBuilder(uri("/api/evaluations?lang=en"))
                .header("Content-Type", "application/json").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(EXAMPLE)).build());

        assertEquals(200, plan.statusCode(), plan.body());
        assertTrue(plan.body().contains("\"reason\""), plan.body());
        assertEquals(200, compare.statusCode(), compare.body());
        assertTrue(compare.body().contains("\"UNIT\""), compare.body());
        assertEquals(200, html.statusCode(), html.body());
        assertTrue(html.body().contains("NOT ELIGIBLE for Menuju WBK"), html.body());
    }

    @Test
    void openApiItsUiAndHealthAnswer() {
        HttpResponse<String> docs = get("/v3/api-docs", "application/json");
        HttpResponse<String> ui = get("/swagger-ui/index.html", "text/html");
        HttpResponse<String> health = get("/actuator/health", "application/json");

        assertEquals(200, docs.statusCode(), docs.body());
        assertTrue(docs.body().contains("/api/evaluations") && docs.body().contains("/api/plans"), docs.body());
        assertEquals(200, ui.statusCode());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"UP\""), health.body());
    }
}
