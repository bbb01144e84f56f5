package io.github.zirules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final Result IPAK_SHORT = Fixtures.example("random-1001-00");
    private static final AreaScale SCALE = AreaScale.learn(Fixtures.ZI, IPAK_SHORT);

    @Test
    void theDocumentIsSelfContained() {
        String html = ReportRenderer.html(IPAK_SHORT, ReportOptions.of("id").withScale(SCALE));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"id\">"), html.substring(0, 40));
        assertTrue(html.endsWith("</html>\n"));
        for (String external : new String[] {"<script", "<link", "<img", "@import", "url(", "src=", "href="}) {
            assertFalse(html.contains(external), external);
        }
        String withoutSvgNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(withoutSvgNamespace.contains("http://") || withoutSvgNamespace.contains("https://"));
    }

    @Test
    void aUnitNameIsEscapedEverywhere() {
        Result r = Fixtures.unanswered("<script>alert('x')</script> & \"Co\"", Predikat.WBK);
        String html = ReportRenderer.html(r, ReportOptions.of("en").withScale(SCALE));
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("'x'"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"));
        String md = ReportRenderer.markdown(r, "en");
        assertFalse(md.contains("<script"), md);
        assertTrue(md.contains("&lt;script\\>alert('x')&lt;/script\\> &amp; \"Co\""), md);
    }

    @Test
    void theChartDrawsEachAreaAgainstBothPredicatesMinimumsLearnedFromTheRules() {
        String html = ReportRenderer.html(IPAK_SHORT, ReportOptions.of("id").withScale(SCALE));
        assertEquals(1, count(html, "<svg "));
        // 90/2021: an area must reach 60 % of its weight for WBK and 75 % for WBBM (domain README §5).
        assertTrue(html.contains("Minimum Menuju WBK: 60 % dari bobot (predikat yang diusulkan)"), html);
        assertTrue(html.contains("Minimum Menuju WBBM: 75 % dari bobot"), html);
        assertEquals(6 + 1, count(html, "stroke=\"#0d47a1\""), "a WBK mark per area and one in the legend");
        assertEquals(6 + 1, count(html, "stroke=\"#6a1b9a\""), "a WBBM mark per area and one in the legend");
        assertTrue(html.contains("6,78 / 8,00 · 84,8 %"), "MP: 6.78 of its weight 8");
    }

    @Test
    void withoutAScaleThereIsNoChartButStillEveryAreaAndCheck() {
        String html = ReportRenderer.html(IPAK_SHORT, "en");
        assertFalse(html.contains("<svg"));
        assertTrue(html.contains("<b>MP</b> Change management"));
        assertTrue(html.contains("<span class=\"short\">short by 0.13 points</span>"), html);
        assertEquals(IPAK_SHORT.verdict().checks().size(), count(html.substring(html.indexOf("class=\"checks\"")),
                "<span class=\"mark "));
    }

    @Test
    void everyItemIsExplainedInAFoldedTable() {
        String html = ReportRenderer.html(IPAK_SHORT, "id");
        assertTrue(html.contains("<summary>113 butir: pertanyaan, jawaban, nilai, poin dan data dukung</summary>"),
                html);
        assertTrue(html.contains("<td>29 dari 40</td><td class=\"num\">0,725</td>"), "a value as a decimal");
    }

    @Test
    void severalReportsGoIntoOneDocumentWithASummary() throws Exception {
        java.io.StringWriter w = new java.io.StringWriter();
        try (ReportStream s = ReportStream.open(ReportFormat.HTML, w, ReportOptions.of("en"))) {
            s.add(IPAK_SHORT);
            s.add(Fixtures.example("random-1001-01"));
            assertEquals(2, s.count());
        }
        String html = w.toString();
        assertEquals(1, count(html, "<html"));
        assertEquals(2, count(html, "<article class=\"report\""));
        assertTrue(html.contains("Summary: 2 assessments, 1 eligible, 1 not eligible."), html);
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void escapeHtmlIsTheReportsOwnEscapingForPagesBesideThem() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; ?",
                ReportRenderer.escapeHtml("<script>alert(\"x\")</script> & 'y' \u001b"));
        assertEquals("", ReportRenderer.escapeHtml(null));
        assertEquals("baris\nkedua\tditab", ReportRenderer.escapeHtml("baris\nkedua\tditab"));
    }
}
