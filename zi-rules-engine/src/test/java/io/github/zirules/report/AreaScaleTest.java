package io.github.zirules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.ZiRules;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreaScaleTest {

    @Test
    void learnedWeightsAreTheSumsOfTheIndicatorWeightsOfTheItemTable() throws Exception {
        AreaScale scale = AreaScale.learn(Fixtures.ZI, Fixtures.example("random-1001-00"));
        Map<String, BigDecimal> expected = Fixtures.areaWeightsFromItemTable();
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(scale.weights().keySet()), "the areas, in order");
        expected.forEach((a, w) -> assertEquals(0, w.compareTo(scale.weight(a).orElseThrow()), a));
    }

    @Test
    void learnedMinimumsAreThoseOfEachPredicatesOwnChecks() {
        Result wbk = Fixtures.example("random-1001-00");
        Result wbbm = Fixtures.unanswered("x", Predikat.WBBM);
        AreaScale scale = AreaScale.learn(Fixtures.ZI, wbk);
        for (String a : wbk.scoreTree().areas().keySet()) {
            ScoreCheck k = wbk.verdict().scoreCheck("AREA." + a).orElseThrow();
            ScoreCheck m = wbbm.verdict().scoreCheck("AREA." + a).orElseThrow();
            assertEquals(0, k.required().compareTo(scale.minimum(Predikat.WBK, a).orElseThrow()), a);
            assertEquals(0, m.required().compareTo(scale.minimum(Predikat.WBBM, a).orElseThrow()), a);
        }
        assertEquals(6, scale.minimums().get(Predikat.WBK).size());
        assertTrue(scale.minimum(Predikat.NONE, "MP").isEmpty());
    }

    @Test
    void aResultOfAnotherRuleSetHasNoScale(@TempDir Path dir) throws Exception {
        Path copy = Fixtures.copyBuiltIn(dir.resolve("lain"));
        String desc = Files.readString(copy.resolve("ruleset.properties"))
                .replace("id = permenpan-rb-90-2021", "id = aturan-lain").replace("years = 2022-", "years = 2030-");
        Files.writeString(copy.resolve("ruleset.properties"), desc);
        Evaluator other = ZiRules.evaluator(EvaluatorOptions.builder().ruleSetDirectory(copy).includeBuiltIn(false)
                .build());
        assertSame(AreaScale.UNKNOWN, AreaScale.learn(other, Fixtures.example("random-1001-00")));
    }
}
