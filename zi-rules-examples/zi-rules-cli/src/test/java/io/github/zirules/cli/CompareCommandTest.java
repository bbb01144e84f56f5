package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shared example 01 with a TPI review: PEM.MP.1.a Ya → Tidak (-0.25 points), HAS.IPKP 3.2 → 3.04 (-0.70). */
class CompareCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path reviewed(Path dir) throws Exception {
        ObjectNode n = (ObjectNode) JSON.readTree(Cli.example("random-1001-01").toFile());
        ObjectNode tpi = n.putObject("reviews").putObject("TPI");
        tpi.put("PEM.MP.1.a", "Tidak");
        tpi.put("HAS.IPKP", new BigDecimal("3.04"));
        Path f = dir.resolve("reviewed.json");
        JSON.writeValue(f.toFile(), n);
        return f;
    }

    @Test
    void jsonListsTheDifferingItemsScoresAndChecks(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("compare", reviewed(dir).toString(), "--format", "json");
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertTrue(n.get("reviews").asText().contains("keeps the unit's answer"));
        assertEquals(2, n.get("sets").size());
        assertEquals(2, n.get("items").size());
        JsonNode mp = n.get("items").get(0);
        assertEquals("PEM.MP.1.a", mp.get("item").asText());
        assertEquals("Ya", mp.get("answers").get("UNIT").asText());
        assertEquals("Tidak", mp.get("answers").get("TPI").asText());
        assertEquals(0, new BigDecimal("-0.25").compareTo(mp.get("differences").get("TPI").decimalValue()));
        JsonNode total = n.get("scores").get(0);
        assertEquals("TOTAL", total.get("id").asText());
        assertEquals(0, new BigDecimal("-0.95").compareTo(total.get("differences").get("TPI").decimalValue()));
        assertEquals("IPKP", n.get("checks").get(0).get("id").asText());
        assertTrue(n.get("verdictsDiffer").asBoolean());
    }

    @Test
    void textShowsBothSetsAndTheirVerdicts(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("compare", reviewed(dir).toString(), "--lang", "en");
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        assertTrue(r.out().contains("UNIT"), r.out());
        assertTrue(r.out().contains("TPI    total  88.97  not eligible (IPKP)"), r.out());
        assertTrue(r.out().contains("Items that differ: 2"), r.out());
    }

    @Test
    void htmlIsOneSelfContainedPageWithTheDifferencesHighlighted(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("compare", reviewed(dir).toString(), "--format", "html", "--lang", "id");
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        String html = r.out();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("http://") || html.contains("https://"), "no external asset");
        assertTrue(html.contains("class=\"diff\">Tidak · 0,00"), html);
        assertTrue(html.contains("-0,95"), html);
        assertTrue(html.contains("Butir yang berbeda"), html);
    }

    @Test
    void fileWithoutReviewsHasNothingToCompare() {
        Cli.Run r = Cli.run("compare", Cli.example("random-1001-01").toString(), "--lang", "en");
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        assertTrue(r.out().contains("No reviewer answers"), r.out());
    }
}
