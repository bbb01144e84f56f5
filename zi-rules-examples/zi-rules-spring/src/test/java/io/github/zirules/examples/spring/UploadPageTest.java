package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadPageTest extends ServiceTestSupport {

    private static final byte[] EXAMPLE = resource("examples/random-1001-00.json");

    @Test
    void theFormUploadsAFileAsMultipartWithoutScript() {
        HttpResponse<String> r = get("/", "text/html");

        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("enctype=\"multipart/form-data\""), r.body());
        assertTrue(r.body().contains("name=\"assessment\" accept="), r.body());
        assertTrue(r.body().contains("action=\"/report\""), r.body());
        assertFalse(r.body().contains("<script"), "no script on the page");
    }

    @Test
    void anUploadedExampleShowsTheVerdictWithTheShortfallInIndonesian() {
        HttpResponse<String> r = upload("lke-r1001-0.json", EXAMPLE, "id");

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("TIDAK MEMENUHI SYARAT untuk Menuju WBK"), html);
        assertTrue(html.contains("kurang 0,13 poin"), "IPAK falls short by 0.13: " + html);
        assertTrue(html.contains("84,57"), "the total of the expected numbers");
        assertTrue(html.contains("R1001-0"), "the unit");
    }

    @Test
    void theReportSpeaksEnglishWhenAsked() {
        String html = upload("lke.json", EXAMPLE, "en").body();

        assertTrue(html.contains("NOT ELIGIBLE for Menuju WBK"), html);
        assertTrue(html.contains("short by 0.13 points"), html);
    }

    @Test
    void whatTheFileSaysIsEscapedInThePage() {
        String doc = new String(EXAMPLE, StandardCharsets.UTF_8)
                .replace("\"Unit r1001-0\"", "\"<script>alert('x')</script> & Co\"");

        String html = upload("<b>evil</b>.json", doc.getBytes(StandardCharsets.UTF_8), "id").body();

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"), html);
    }

    @Test
    void aFileWithProblemsGetsA400PageListingEachOne() {
        String doc = new String(EXAMPLE, StandardCharsets.UTF_8).replace("\"PEM.MP.1.a\": \"Ya\"",
                "\"PEM.MP.1.a\": \"Mungkin\", \"PEM.XX.1.a\": \"Ya\"");

        HttpResponse<String> r = upload("<i>lke</i>.json", doc.getBytes(StandardCharsets.UTF_8), "en");

        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("INVALID_CHOICE") && r.body().contains("UNKNOWN_ITEM"), r.body());
        assertTrue(r.body().contains("$.answers[&#39;PEM.XX.1.a&#39;]"), "the path, escaped: " + r.body());
        assertTrue(r.body().contains("&lt;i&gt;lke&lt;/i&gt;.json"), "the file name, escaped");
    }

    @Test
    void aMalformedFileGetsA400PageWithLineAndColumn() {
        HttpResponse<String> r = upload("broken.json", "{\"format\": }".getBytes(StandardCharsets.UTF_8), "id");

        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("JSON_SYNTAX") && r.body().contains("broken.json:1:"), r.body());
    }

    @Test
    void aFileOverTheLimitGetsA413Page() {
        HttpResponse<String> r = upload("big.json", EvaluationApiTest.padded(EXAMPLE, MAX_BYTES + 1), "id");

        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("JSON_TOO_LARGE"), r.body());
    }

    @Test
    void aFormWithoutTheFileGetsA400PageSayingSo() {
        String boundary = "----zirules-nofile";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nen\r\n--" + boundary
                + "--\r\n";

        HttpResponse<String> r = post("/report", "multipart/form-data; boundary=" + boundary,
                form.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("UPLOAD_MISSING"), r.body());
    }
}
