package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import io.github.zirules.engine.RuleSetFolders;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy lives in the rule files: the grade scales and the item points formula are read from there, not Java. */
class PolicyInRuleFilesTest {

    private static final String BPK_SCALE = "$k.gradeScale( \"BPK\", \"WTP > WDP > TW > TMP\" );";

    private static Assessment withBpk(String opinion) {
        return Assessment.builder(Unit.of("U1"), 2024, Predikat.WBK)
                .agency(new AgencyFacts(opinion, null, null, null)).build();
    }

    @Test
    void theValidatorChecksAgencyGradesAgainstTheScaleTheRulesDeclare(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "prerequisites.drl", BPK_SCALE,
                "$k.gradeScale( \"BPK\", \"WTP > WDP > TW > TMP > DISCLAIMER\" );");
        PolicyRuleSet loaded = PolicyRuleSet.load(rs);
        Result r = loaded.evaluate(withBpk("DISCLAIMER"), null);
        assertTrue(r.verdict().checks().stream().anyMatch(c -> c.id().equals("AGENCY.BPK") && !c.passed()));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> loaded.evaluate(withBpk("WTP+"), null));
        Problem p = e.problems().get(0);
        assertEquals("AGENCY_VALUE_INVALID", p.code());
        assertEquals("WTP, WDP, TW, TMP, DISCLAIMER", p.expected());
    }

    @Test
    void aRuleNamingAScaleNoRuleDeclaresIsRefusedAtItsLineWithTheNearestName(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "prerequisites.drl", "\"WTP\", \"BPK\" );", "\"WTP\", \"BKP\" );");
        int line = RuleSetFolders.lineOf(rs.resolve("prerequisites.drl"), "\"BKP\"");
        List<Problem> ps = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(rs)).problems();
        assertTrue(ps.stream().anyMatch(p -> p.code().equals("RULE_UNKNOWN_ID")
                && p.location().endsWith("prerequisites.drl:" + line) && p.messageEn().contains("BPK?")),
                ps::toString);
    }

    @Test
    void itemPointsAreWhatTheAggregationRuleSetsNotAJavaFormula(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        // An agency that shows points per item on a 0-100 scale of the item's own value: only the rules change.
        BuiltInRuleSet.edit(rs, "aggregation.drl",
                "$indikator.setItemPoints( $indikator.getWeight().dividedBy( $indikator.getItemCount() ) );",
                "$indikator.setItemPoints( Exact.of( \"100\" ) );");
        BuiltInRuleSet.edit(rs, "aggregation.drl", "import io.github.zirules.rules.Scorecard;",
                "import io.github.zirules.rules.Scorecard;\nimport io.github.zirules.rules.Exact;");
        Result r = PolicyRuleSet.load(rs).evaluate(Assessment.builder(Unit.of("U1"), 2024, Predikat.WBK)
                .answer("PEM.MP.1.b", "B").answer("HAS.IPAK", Answer.index("3")).build(), null);
        ItemScore b = r.items().stream().filter(i -> i.item().value().equals("PEM.MP.1.b")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("50").compareTo(b.points()), b.toString());
    }
}
