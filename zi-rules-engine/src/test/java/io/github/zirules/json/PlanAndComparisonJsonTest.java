package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.ZiRules;
import io.github.zirules.compare.AnswerSetComparison;
import io.github.zirules.engine.Examples;
import io.github.zirules.planner.GapPlanner;
import io.github.zirules.planner.Plan;
import io.github.zirules.planner.PlanOptions;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The planner's plans and reviewer comparisons are written by the library (not only by the CLI), in the report's
 * layout, answers in their zi-assessment/1 shapes. Expected numbers are those of docs/planner.md and docs/compare.md.
 */
class PlanAndComparisonJsonTest {

    private static final Evaluator ZI = ZiRules.evaluator();
    private static final ObjectMapper READ = new ObjectMapper();
    private final ZiJson json = ZiJson.create();

    @Test
    void planJsonRaisesIpakTo3_60AsAnAssessmentAnswerInTheReportLayout() throws Exception {
        // a survey index may change here (PlanOptions.EVERYTHING): the plan raises IPAK, as docs/planner.md shows
        Assessment a = Examples.read(Examples.exampleFiles().get(0));
        Plan plan = GapPlanner.create(ZI).plan(a, a.target(), PlanOptions.EVERYTHING);
        String text = json.writePlan(plan);
        assertTrue(text.startsWith("{\n  \"target\": \"WBK\",\n  \"feasible\": true,\n"), text);
        assertTrue(text.endsWith("\n}\n"), text);
        assertEquals(text, json.writePlan(plan), "the same plan gives the same bytes");
        JsonNode n = READ.readTree(text);
        assertEquals("PLAN_FOUND", n.get("reason").get("code").asText());
        JsonNode c = n.get("changes").get(0);
        assertEquals("HAS.IPAK", c.get("item").asText());
        assertEquals(new BigDecimal("3.57"), c.get("from").decimalValue().stripTrailingZeros());
        assertEquals(new BigDecimal("3.6"), c.get("to").decimalValue().stripTrailingZeros());
        assertTrue(c.get("needsNewSurvey").asBoolean());
        assertEquals("permenpan-rb-90-2021", n.get("ruleset").get("id").asText());
        assertTrue(n.get("after").get("eligible").asBoolean());
    }

    @Test
    void comparisonJsonIsZiCompare1WithTheItemsWhereAReviewDiffers() throws Exception {
        Assessment a = Examples.read(Examples.exampleFiles().get(1)).toBuilder()
                .review("TPI", "PEM.MP.1.a", Answer.choice("Tidak"))
                .review("TPI", "REF.MP.1.a", Answer.ratio(1, 2))
                .build();
        String text = json.writeComparison(AnswerSetComparison.compare(ZI, a));
        assertTrue(text.startsWith("{\n  \"format\": \"zi-compare/1\",\n"), text);
        JsonNode n = READ.readTree(text);
        assertTrue(n.get("reviews").asText().contains("keeps the unit's answer"));
        assertEquals(2, n.get("sets").size());
        JsonNode mp = n.get("items").get(0);
        assertEquals("PEM.MP.1.a", mp.get("item").asText());
        assertEquals("Tidak", mp.get("answers").get("TPI").asText());
        assertEquals(new BigDecimal("-0.25"), mp.get("differences").get("TPI").decimalValue());
        JsonNode ratio = n.get("items").get(1).get("answers").get("TPI");
        assertEquals(1, ratio.get("numerator").asInt());
        assertEquals(2, ratio.get("denominator").asInt());
        assertEquals("TOTAL", n.get("scores").get(0).get("id").asText());
    }
}
