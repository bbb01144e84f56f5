package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ZiJson;
import io.github.zirules.planner.GapPlanner;
import io.github.zirules.planner.Plan;
import io.github.zirules.planner.PlannedChange;
import io.github.zirules.report.ReportInput;
import io.github.zirules.report.ReportOptions;
import io.github.zirules.report.ReportRenderer;
import io.github.zirules.testkit.TestRules;
import io.github.zirules.testkit.ZiProperties;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The proof of issue #14: a regulation's structure is a folder, not a release. The test rule set {@code
 * src/test/resources/proof-rulesets/tujuh-area} has a seventh change area ({@code DIG}, Transformasi Digital), a
 * fourth Hasil component ({@code INOVASI}, under PPP beside IPKP) and an answer scale no Java names ({@code SKALA5}, 5
 * best, 1 worst, its values in its own DRL), with its own instrument, structure, weights, thresholds and values. No
 * Java is written for it: this class only loads, lints, scores, reports, plans and property-tests it through the
 * library's public API, as a policy officer's tools would.
 *
 * <p>The expected scores are worked out by hand from the rule files (weights: each area 8 = Pemenuhan 5 + Reform 3;
 * Hasil 44 = BBA 22 (IPAK 17, KINERJA 5) + PPP 22 (IPKP 17, INOVASI 5); SKALA5: 5 → 1, 4 → 0.75, 3 → 0.5, 2 → 0.25, 1
 * → 0), never read from the engine.
 */
class SevenAreaRuleSetProofTest {

    static final String ID = "zi-test-tujuh-area";
    private static Path dir;
    private static Evaluator evaluator;

    @BeforeAll
    static void load() throws Exception {
        dir = Path.of(SevenAreaRuleSetProofTest.class.getResource("/proof-rulesets/tujuh-area").toURI());
        evaluator = ZiRules.evaluator(EvaluatorOptions.builder().ruleSetDirectory(dir).includeBuiltIn(false).build());
    }

    /**
     * DIG, the seventh area, falls short: its Pemenuhan items ("2" → 0.25, Ya → 1) average 0.625 × 5 = 3.125, its
     * Reform item "2" → 0.25 × 3 = 0.75, so DIG = 3.875 (reported 3.88) against 60 % of 8 = 4.80. Everything else
     * passes:
     * Pemenuhan 4.375 + 5 + 3.35 + 5 + 5 + 5 + 3.125 = 30.85; Reform 1.5 + 1.5 + 2.7 + 3 + 2.25 + 3 + 0.75 = 14.7;
     * Pengungkit 45.55. IPAK 3.6 / 4 × 17 = 15.3, KINERJA B 0.75 × 5 = 3.75, BBA 19.05; IPKP 3.4 / 4 × 17 = 14.45,
     * INOVASI "5" → 1 × 5 = 5, PPP 19.45; Hasil 38.5. Total 84.05.
     */
    static Assessment digBehind() {
        return Assessment.builder(new Unit("UJI-7", "Unit Uji Tujuh Area", "Instansi Uji"), 2026, Predikat.WBK)
                .ruleSet(ID)
                .answer(ItemId.of("PEM.MP.1.a"), Answer.choice("Ya"))
                .answer(ItemId.of("PEM.MP.1.b"), Answer.choice("4"))
                .answer(ItemId.of("REF.MP.1.a"), Answer.choice("B"))
                .answer(ItemId.of("PEM.TT.1.a"), Answer.choice("Ya"))
                .answer(ItemId.of("REF.TT.1.a"), Answer.choice("3"))
                .answer(ItemId.of("PEM.SDM.1.a"), Answer.choice("B"))
                .answer(ItemId.of("REF.SDM.1.a"), Answer.ratio(9, 10))
                .answer(ItemId.of("PEM.AK.1.a"), Answer.choice("Ya"))
                .answer(ItemId.of("REF.AK.1.a"), Answer.choice("A"))
                .answer(ItemId.of("PEM.PW.1.a"), Answer.choice("A"))
                .answer(ItemId.of("REF.PW.1.a"), Answer.ratio(3, 4))
                .answer(ItemId.of("PEM.PP.1.a"), Answer.choice("Ya"))
                .answer(ItemId.of("REF.PP.1.a"), Answer.choice("5"))
                .answer(ItemId.of("PEM.DIG.1.a"), Answer.choice("2"))
                .answer(ItemId.of("PEM.DIG.1.b"), Answer.choice("Ya"))
                .answer(ItemId.of("REF.DIG.1.a"), Answer.choice("2"))
                .answer(ItemId.of("HAS.IPAK"), Answer.index("3.6"))
                .answer(ItemId.of("HAS.KINERJA"), Answer.choice("B"))
                .answer(ItemId.of("HAS.IPKP"), Answer.index("3.4"))
                .answer(ItemId.of("HAS.INOVASI"), Answer.choice("5"))
                .build();
    }

    private static BigDecimal score(Result r, String id) {
        return r.scoreTree().score(id).orElseThrow(() -> new AssertionError("no score " + id));
    }

    private static void assertScore(String expected, BigDecimal actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual);
    }

    @Test
    void theFolderLoadsAndPassesTheLintWithNoProblemAndDeclaresItsOwnStructure() {
        PolicyRuleSet rs = PolicyRuleSet.load(dir);
        assertEquals(List.of(), rs.fileOrderProblems(), "the validate path's file-order check");
        assertEquals(List.of(), rs.warnings(), "nothing to warn about");
        RuleSetModel m = evaluator.model(ID);
        assertEquals(List.of("MP", "TT", "SDM", "AK", "PW", "PP", "DIG"),
                m.areas().stream().map(RuleSetModel.AreaDef::code).toList());
        assertEquals(List.of("IPKP", "INOVASI"), m.children("PPP").stream().map(RuleSetModel.Component::id).toList());
        assertEquals(List.of("5", "4", "3", "2", "1"), m.answerScale("SKALA5").orElseThrow().labels());
        assertTrue(m.requiredChecks(Predikat.WBK).containsAll(List.of("AREA.DIG", "INOVASI")));
    }

    @Test
    void aHandComputedAssessmentScoresTheNewAreaComponentAndScaleToTheCent() {
        Result r = evaluator.evaluate(digBehind());
        assertScore("3.88", score(r, "DIG"), "area DIG (exact 3.875)");
        assertScore("5.00", score(r, "INOVASI"), "component INOVASI");
        assertScore("19.45", score(r, "PPP"), "PPP = IPKP + INOVASI");
        assertScore("38.50", score(r, "HASIL"), "Hasil");
        assertScore("84.05", score(r, "TOTAL"), "total");
        assertEquals(7, r.scoreTree().areas().size());
        ItemScore skala5 = r.items().stream().filter(i -> i.item().equals(ItemId.of("PEM.DIG.1.a"))).findFirst()
                .orElseThrow();
        assertScore("0.25", skala5.value(), "SKALA5 answer 2");
        assertEquals("1/4", skala5.exactValue());
        assertTrue(skala5.rule().startsWith("SKALA5: jawaban 2"), skala5.rule());
        assertFalse(r.eligible());
        assertEquals(List.of("AREA.DIG"), r.verdict().failedChecks().stream().map(Check::id).toList());
        assertScore("4.80", r.verdict().scoreCheck("AREA.DIG").orElseThrow().required(), "60 % of 8");
        assertTrue(r.verdict().scoreCheck("INOVASI").orElseThrow().passed());
    }

    @Test
    void theTextReportNamesTheSeventhAreaTheNewComponentAndTheirChecksFromStructureCsv() {
        Result r = evaluator.evaluate(digBehind());
        String text = ReportRenderer.render(io.github.zirules.report.ReportFormat.TEXT,
                ReportInput.of(evaluator, digBehind(), r), ReportOptions.of("id"));
        assertTrue(Pattern.compile("\n {6}PPP +19,45\n").matcher(text).find(), text);
        assertTrue(Pattern.compile("\n {8}IPKP +14,45\n {8}Inovasi pelayanan +5,00\n").matcher(text).find(), text);
        assertTrue(text.contains("  ✗ DIG  Transformasi Digital"), text);
        assertTrue(text.contains("  ✗ Area DIG: Transformasi Digital "), text);
        assertTrue(text.contains("  ✓ Inovasi pelayanan publik (INOVASI) "), text);
        assertTrue(text.contains("(1 dari 14 syarat tidak terpenuhi): Area DIG: Transformasi Digital kurang 0,92 poin"), text);
    }

    @Test
    void theCsvSummaryHasAColumnForTheSeventhAreaAndForEveryComponentItsScoreTreeLists() {
        Result r = evaluator.evaluate(digBehind());
        List<String> csv = ReportRenderer.render(io.github.zirules.report.ReportFormat.CSV, ReportInput.of(r),
                ReportOptions.of("en")).lines().toList();
        assertEquals("unit_id,unit_name,agency,year,ruleset,ruleset_version,ruleset_sha256,target,total,pengungkit,"
                + "pemenuhan,reform,hasil,bba,ipak,kinerja,ppp,ipkp,inovasi,area_mp,area_tt,area_sdm,area_ak,area_pw,"
                + "area_pp,area_dig,eligible,failed_checks", csv.get(0));
        assertTrue(csv.get(1).contains(",WBK,84.05,45.55,30.85,14.70,38.50,19.05,15.30,3.75,19.45,14.45,5.00,"
                + "5.88,6.50,6.05,8.00,7.25,8.00,3.88,false,"), csv.get(1));
    }

    @Test
    void theHtmlChartDrawsAllSevenAreas() {
        Result r = evaluator.evaluate(digBehind());
        String html = ReportRenderer.html(ReportInput.of(evaluator, digBehind(), r), ReportOptions.of("en"));
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        Matcher bars = Pattern.compile("<tspan font-weight=\"bold\">([A-Z]+)</tspan>").matcher(svg);
        List<String> drawn = bars.results().map(b -> b.group(1)).toList();
        assertEquals(List.of("MP", "TT", "SDM", "AK", "PW", "PP", "DIG"), drawn);
        assertTrue(svg.contains("The seven change areas as a percentage of their weight"), svg);
        assertTrue(svg.contains("DIG 3.88 / 8.00 = 48.5 %, minimum WBK 60 %, minimum WBBM 75 %"), svg);
        assertTrue(html.contains("<h2>The seven change areas</h2>"), html);
        assertTrue(html.contains("Public-service innovation (INOVASI) <code>INOVASI</code>"), html);
    }

    @Test
    void theJsonReportCarriesTheSeventhAreaAndTheNewComponentThroughItsIndicatorAndCheck() throws Exception {
        Result r = evaluator.evaluate(digBehind());
        String json = ZiJson.create().writeReport(r);
        JsonNode scores = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(json).get("scores");
        assertEquals(List.of("MP", "TT", "SDM", "AK", "PW", "PP", "DIG"), iterable(scores.get("areas").fieldNames()));
        assertScore("3.88", scores.at("/areas/DIG").decimalValue(), "areas.DIG");
        assertScore("3.13", scores.get("areaParts").get("PEM.DIG").decimalValue(), "areaParts.PEM.DIG");
        assertScore("5.00", scores.get("indicators").get("HAS.INOVASI").decimalValue(), "indicators.HAS.INOVASI");
        assertScore("38.50", scores.get("hasil").decimalValue(), "hasil, INOVASI in it");
        assertTrue(json.contains("\"DIG\": 3.88\n"), "written with 2 decimals");
        assertTrue(json.contains("\"HAS.INOVASI\": 5.00"), "written with 2 decimals");
        assertTrue(json.contains("\"id\": \"INOVASI\""), json);
        Result back = ZiJson.create().readReport(json, "uji.json");
        assertEquals(r.scoreTree().areas(), back.scoreTree().areas());
        assertEquals(r.verdict(), back.verdict());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void theGapPlannerRaisesTheSeventhAreaWithSkala5Moves() {
        Plan plan = GapPlanner.create(evaluator).plan(digBehind(), Predikat.WBK);
        assertTrue(plan.feasible(), plan::toString);
        assertTrue(plan.result().eligible());
        assertFalse(plan.changes().isEmpty());
        List<String> skala5 = evaluator.model(ID).answerScale("SKALA5").orElseThrow().labels();
        for (PlannedChange c : plan.changes()) {
            assertTrue(c.item().value().startsWith("PEM.DIG.") || c.item().value().startsWith("REF.DIG."),
                    c::toString);
            String from = ((Answer.Choice) c.from()).label();
            String to = ((Answer.Choice) c.to()).label();
            assertTrue(skala5.indexOf(to) < skala5.indexOf(from), "a better SKALA5 label: " + c);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyInvariantOfTheTestkitHoldsForTheSevenAreaRuleSet() {
        return ZiProperties.dynamicTests(dir, 14L, TestRules.tries(0.5));
    }
}
