package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import io.github.zirules.policy.PolicyRuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyStricterWbkExampleTest {

    private static final Evaluator ZI = ZiRules.evaluator(EvaluatorOptions.builder()
            .ruleSetDirectory(Cli.EXAMPLE).build());

    private static Assessment unit(String ruleSet, Predikat target, String kinerja, String ipkp) {
        return Assessment.builder(Unit.of("KPKNL"), 2025, target).ruleSet(ruleSet).currentPredicate(Predikat.WBK)
                .answer("HAS.KINERJA", kinerja).answer("HAS.IPKP", Answer.index(ipkp))
                .answer("HAS.IPAK", Answer.index("3.8")).answer("REF.MP.1.a", Answer.ratio(3, 4)).build();
    }

    @Test
    void theExampleOverridesOnlyTheWbkTotalThreshold() {
        for (Predikat target : List.of(Predikat.WBK, Predikat.WBBM)) {
            for (String kinerja : List.of("A", "C")) {
                Result parent = ZI.evaluate(unit("permenpan-rb-90-2021", target, kinerja, "3.4"));
                Result child = ZI.evaluate(unit("agency-stricter-wbk", target, kinerja, "3.4"));
                assertEquals("agency-stricter-wbk", child.ruleSet().id());
                assertEquals(List.of("permenpan-rb-90-2021"), child.ruleSet().parents());
                assertEquals(parent.scores(), child.scores());
                assertEquals(parent.items(), child.items());
                assertEquals(parent.warnings(), child.warnings());
                assertEquals(parent.verdict().checks().size(), child.verdict().checks().size());
                for (Check p : parent.verdict().checks()) {
                    Check c = child.verdict().check(p.id()).orElseThrow();
                    if (target == Predikat.WBK && p.id().equals("TOTAL")) {
                        assertEquals("75.00", p.requiredText());
                        assertEquals("80.00", c.requiredText());
                        assertEquals(p.actualText(), c.actualText());
                    } else {
                        assertEquals(p, c);
                    }
                }
            }
        }
    }

    @Test
    void theExampleIsNoYearsDefaultSoTheRegulationStaysTheDefault() {
        Assessment a = Assessment.builder(Unit.of("X"), 2025, Predikat.WBK).build();
        assertEquals("permenpan-rb-90-2021", ZI.ruleSetFor(a).id());
    }

    @Test
    void loadingTheExampleReportsTheOneParentRuleItOverrides() {
        PolicyRuleSet rs = PolicyRuleSet.load(Cli.EXAMPLE);
        assertEquals(1, rs.warnings().size(), rs.warnings()::toString);
        assertTrue(rs.warnings().get(0).messageEn().contains("'WBK: nilai total paling sedikit 75'"));
    }
}
