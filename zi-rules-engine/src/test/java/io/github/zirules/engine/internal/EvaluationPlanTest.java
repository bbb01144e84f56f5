package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.rules.RuleRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

class EvaluationPlanTest {

    @Test
    void everyRuleOfTheBuiltInIsFoundByItsLoadOrderAsItsOwnReference() {
        CompiledRuleSet rs = RuleSetCatalog.load(List.of(), true).get("permenpan-rb-90-2021");
        assertTrue(rs.plan().rulesByLoadOrder(), "the built-in's rules have dense, distinct load orders");
        int rules = 0;
        for (KiePackage pkg : rs.kieBase().getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                RuleRef ref = rs.plan().rule(r);
                assertNotNull(ref, r::getName);
                assertEquals(r.getName(), ref.name());
                assertEquals(ref, rs.rule(pkg.getName(), r.getName()));
                rules++;
            }
        }
        assertEquals(rs.rules().size(), rules);
    }
}
