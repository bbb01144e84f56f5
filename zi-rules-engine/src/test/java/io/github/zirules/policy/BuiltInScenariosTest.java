package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BuiltInScenariosTest {

    private static SuiteResult result;

    @BeforeAll
    static void run() {
        result = ScenarioSuite.load(PolicyRuleSet.load(BuiltInRuleSet.folder())).run();
    }

    @Test
    void everyBuiltInScenarioPasses() {
        String failures = result.failures().stream().map(c -> c.scenario().location() + " " + c.scenario().name()
                + ": " + (c.error() != null ? c.error() : c.differences().toString()))
                .collect(Collectors.joining("\n"));
        assertTrue(result.passed(), failures);
        assertTrue(result.cases().size() > 80, "cases: " + result.cases().size());
    }

    @Test
    void theBuiltInScenariosFireEveryBuiltInRule() {
        String never = result.coverage().files().stream().flatMap(f -> f.neverFired().stream())
                .map(r -> r.location() + " " + r.name()).collect(Collectors.joining("\n"));
        assertEquals("", never);
        assertEquals(0, result.coverage().percent().compareTo(new java.math.BigDecimal("100")));
    }
}
