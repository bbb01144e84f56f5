package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonPlanRaisesIpakTo3_60WrittenAsAnAssessmentAnswer() throws Exception {
        Cli.Run r = Cli.run("plan", Cli.example("random-1001-00").toString(), "--format", "json", "--allow-surveys");
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals("WBK", n.get("target").asText());
        assertTrue(n.get("feasible").asBoolean());
        assertEquals("PLAN_FOUND", n.get("reason").get("code").asText());
        JsonNode c = n.get("changes").get(0);
        assertEquals("HAS.IPAK", c.get("item").asText());
        assertEquals(0, new BigDecimal("3.57").compareTo(c.get("from").decimalValue()));
        assertTrue(c.get("to").isNumber(), c.toString());
        assertEquals(0, new BigDecimal("3.60").compareTo(c.get("to").decimalValue()));
        assertEquals(0, new BigDecimal("0.13").compareTo(c.get("gain").decimalValue()));
        assertTrue(c.get("needsNewSurvey").asBoolean());
        assertEquals(1, n.get("changes").size());
    }

    @Test
    void jsonPlanWritesARatioAsNumeratorAndDenominator() throws Exception {
        Cli.Run r = Cli.run("plan", Cli.example("random-1001-02").toString(), "--format", "json");
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        JsonNode c = JSON.readTree(r.out()).get("changes").get(0);
        assertEquals("REF.MP.1.a", c.get("item").asText());
        assertEquals(21, c.get("from").get("numerator").asInt());
        assertEquals(93, c.get("to").get("denominator").asInt());
        assertTrue(c.get("to").get("numerator").asInt() > 21);
    }

    @Test
    void textPlanInBahasaIndonesiaNamesTheChangeAndTheSurveyWithDecimalCommasAndNoCodes() {
        Cli.Run r = Cli.run("plan", Cli.example("random-1001-00").toString(), "--lang", "id", "--allow-surveys");
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        assertTrue(r.out().contains("Rencana menuju Menuju WBK untuk R1001-0"), r.out());
        assertTrue(r.out().contains("HAS.IPAK"), r.out());
        assertTrue(r.out().contains("3,57 → 3,60"), r.out());
        assertTrue(r.out().contains("      Nilai Survey Persepsi Korupsi (Survei Eksternal)"), "the item's question");
        assertTrue(r.out().contains("perlu survei baru"), r.out());
        assertTrue(r.out().contains("Setelah perubahan: nilai total 84,"), r.out());
        assertTrue(!r.out().contains("[PLAN_FOUND]") && !r.out().contains("PLAN_"), r.out());
    }

    @Test
    void surveysAreNotProposedUnlessAllowed() {
        Cli.Run r = Cli.run("plan", Cli.example("random-1001-00").toString(), "--lang", "en");
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        assertTrue(r.out().contains("Not reachable.") && r.out().contains("Items kept as they are: HAS.IPAK"),
                r.out());
    }

    @Test
    void aFrozenItemIsKeptAndAnAlreadyEligibleUnitIsToldSoOnly() {
        Cli.Run frozen = Cli.run("plan", Cli.example("random-1001-02").toString(), "--lang", "en", "--freeze",
                "REF.MP.1.a");
        assertEquals(ZiRulesCli.OK, frozen.exit(), frozen.err());
        assertTrue(!frozen.out().contains("  REF.MP.1.a "), frozen.out());
        Cli.Run eligible = Cli.run("plan", Cli.example("random-1001-01").toString(), "--lang", "en");
        assertEquals(ZiRulesCli.OK, eligible.exit(), eligible.err());
        assertEquals(2, eligible.out().lines().count(), eligible.out());
        assertTrue(eligible.out().contains("Already eligible (total "), eligible.out());
        assertTrue(!eligible.out().contains("After the changes"), eligible.out());
    }

    @Test
    void wbbmWithoutWbkIsReportedInfeasibleWithItsReason() throws Exception {
        Cli.Run r = Cli.run("plan", Cli.example("random-1001-01").toString(), "--target", "WBBM",
                "--format", "json", "--lang", "en", "--allow-surveys");
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals("WBBM", n.get("target").asText());
        assertTrue(!n.get("feasible").asBoolean());
        assertEquals("REQUIRES_WBK", n.get("reason").get("code").asText());
        assertTrue(n.get("reason").get("en").asText().contains("not an answer"));
    }

    @Test
    void malformedFileIsInvalidInputWithItsLocation(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"unit\": {\"id\": \"X\"}, \"year\": 2026,\n \"target\": ");
        Cli.Run r = Cli.run("plan", f.toString(), "--lang", "en");
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        assertTrue(r.err().contains("bad.json:2"), r.err());
        assertTrue(r.err().contains("ends too early"), r.err());
    }

    @Test
    void invalidAnswersAreAllListed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.json");
        Files.writeString(f, "{\"unit\": {\"id\": \"X\"}, \"year\": 2026, \"target\": \"WBK\", \"answers\": "
                + "{\"PEM.MP.1.a\": \"Mungkin\", \"PEM.MP.1.b\": {\"numerator\": 1}, \"NOPE\": \"Ya\"}}");
        Cli.Run r = Cli.run("plan", f.toString(), "--lang", "en");
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        assertTrue(r.err().contains("$.answers['PEM.MP.1.b']"), r.err());
    }

    @Test
    void unknownFormatIsRefused() {
        Cli.Run r = Cli.run("plan", Cli.example("random-1001-00").toString(), "--format", "xml");
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
    }
}
