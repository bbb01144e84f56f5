package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.policy.ReloadingEvaluator;
import io.github.zirules.testkit.Invariants;
import io.github.zirules.testkit.RuleSetUnderTest;
import io.github.zirules.testkit.TestRules;
import io.github.zirules.testkit.ZiProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class ZiPropertiesTest {

    @TempDir
    Path tmp;

    /** How a user runs it: a {@code @TestFactory} returning the stream (here over the built-in rule set). */
    @TestFactory
    Stream<DynamicTest> theBuiltInRuleSetKeepsEveryInvariantAsJUnitDynamicTests() {
        // tries(0.5): what is under test is the JUnit wrapping; the invariants themselves are EnginePropertiesTest's.
        return ZiProperties.dynamicTests(TestRules.builtIn(), 2026L, TestRules.tries(0.5));
    }

    @Test
    void thePropertyKitRunsOverAReloadingEvaluator() throws Throwable {
        try (ReloadingEvaluator reloading = ReloadingEvaluator.create(EvaluatorOptions.DEFAULTS)) {
            RuleSetUnderTest rules = RuleSetUnderTest.of(reloading, TestRules.builtIn().id());
            assertEquals(TestRules.builtIn().info(), rules.info());
            Assessment context = rules.generator().build().fromSeed(3);
            assertEquals(TestRules.builtIn().maxima(context), rules.maxima(context));
            for (DynamicTest t : ZiProperties.dynamicTests(rules, 2026L, 3).toList()) {
                t.getExecutable().execute();
            }
        }
    }

    @Test
    void thereIsOneTestPerInvariantNamedAfterIt() {
        List<String> names = ZiProperties.dynamicTests(TestRules.builtIn(), 1L, 1).map(DynamicTest::getDisplayName)
                .toList();
        assertEquals(Invariants.all().stream().map(i -> i.name() + ": " + i.descriptionEn()).toList(), names);
    }

    @Test
    void aFailingInvariantFailsItsTestWithTheViolationTheSeedAndTheCounterexampleDocument() throws IOException {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("strict"));
        RuleSetFolders.edit(dir.resolve("thresholds-wbk.drl"), "$k.minimum( \"IPKP\", $k.get( \"IPKP\" ), \"14.00\" );",
                "$k.minimum( \"IPKP\", $k.get( \"IPKP\" ), \"14.01\" );");
        DynamicTest thresholds = ZiProperties.dynamicTests(dir, 77L, 5)
                .filter(t -> t.getDisplayName().startsWith("thresholds:")).findFirst().orElseThrow();
        AssertionError e = assertThrows(AssertionError.class, () -> thresholds.getExecutable().execute());
        String m = e.getMessage();
        assertTrue(m.startsWith("thresholds failed on rule set permenpan-rb-90-2021 (sha256 "), m);
        assertTrue(m.contains(", seed 77:\n  thresholds not fixed or not as named: threshold IPKP = 14.01"), m);
        assertTrue(m.contains("\n  ambang tidak tetap atau tidak sesuai namanya: ambang IPKP = 14.01"), m);
        assertTrue(m.contains("counterexample (zi-assessment/1; replay it with `zi-rules evaluate`):\n{"), m);
        assertTrue(m.contains("\"format\": \"zi-assessment/1\""), m);
    }

    @Test
    void aRuleSetThatDoesNotLoadFailsEveryTestWhenRunNotWhenListed() throws IOException {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("broken"));
        RuleSetFolders.edit(dir.resolve("weights.drl"), "$k.weight( \"TOTAL\", \"100\" );", "$k.weight( \"TOTAL\", ");
        List<DynamicTest> tests = ZiProperties.dynamicTests(dir, 1L, 1).toList();
        assertEquals(Invariants.all().size(), tests.size());
        for (DynamicTest t : tests) {
            InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> t.getExecutable().execute());
            assertTrue(e.problems().stream().anyMatch(p -> p.location().contains("weights.drl")),
                    () -> e.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
    }

    @Test
    void triesBelowOneAreRefused() {
        assertEquals("tries must be at least 1 but was 0", assertThrows(IllegalArgumentException.class,
                () -> ZiProperties.dynamicTests(TestRules.builtIn(), 1L, 0)).getMessage());
    }
}
