package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.spi.EvaluationOrder;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.RuleSetCatalog;
import io.github.zirules.engine.internal.SessionRunner;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.internal.ScoreSheet;
import io.github.zirules.testkit.AssessmentGenerator;
import io.github.zirules.testkit.RuleSetUnderTest;
import io.github.zirules.testkit.TestRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set may read the indicators, area parts and areas from the score sheet
 * ({@code $indikator : ScoredIndicator() from $k.indicators}); the engine then inserts none of them as facts, since no
 * pattern reads their type, and fires the rule once per level. The built-in writes them {@code $indikator :
 * ScoredIndicator()}, which the engine compiles to one firing for every level ({@code LevelRules}): no level is a fact
 * either, and each such rule fires once. A copy of the built-in written the {@code from} way, which is compiled as
 * written, scores every assessment alike.
 */
class LevelFactsTest {

    @TempDir
    static Path dir;
    private static RuleSetUnderTest fromForm;
    private static CompiledRuleSet fromCompiled;

    /** The built-in rule set, its level rules reading the levels from the score sheet. */
    @BeforeAll
    static void writeTheFromForm() throws IOException {
        RuleSetFolders.copyBuiltIn(dir);
        Path aggregation = dir.resolve("aggregation.drl");
        RuleSetFolders.edit(aggregation, "    $indikator : ScoredIndicator()\n",
                "    $k : Scorecard()\n    $indikator : ScoredIndicator() from $k.indicators\n");
        RuleSetFolders.edit(aggregation, "    $bagian : ScoredAreaPart()\n",
                "    $k : Scorecard()\n    $bagian : ScoredAreaPart() from $k.areaParts\n");
        RuleSetFolders.edit(aggregation, "    $area : ScoredArea()\n",
                "    $k : Scorecard()\n    $area : ScoredArea() from $k.areas\n");
        for (String f : List.of("thresholds-wbk.drl", "thresholds-wbbm.drl")) {
            RuleSetFolders.edit(dir.resolve(f), "$area : ScoredArea()", "$area : ScoredArea() from $k.areas");
        }
        fromForm = RuleSetUnderTest.fromDirectory(dir);
        fromCompiled = RuleSetCatalog.load(List.of(dir), false).get("permenpan-rb-90-2021");
    }

    @Test
    void theFromFormInsertsNoLevelAsAFactLikeTheCompiledLevelRulesButFiresOncePerLevel() {
        CompiledRuleSet builtIn = RuleSetCatalog.load(List.of(), true).get("permenpan-rb-90-2021");
        Assessment a = TestAssessments.allBest(builtIn.instrument(), Predikat.WBK).build();
        SessionRunner.Work compiled = SessionRunner.work(builtIn, a);
        SessionRunner.Work from = SessionRunner.work(fromCompiled, a);
        // Indicators, area parts, areas and the WBK per-area check: once per level as written, once in all compiled.
        int perLevel = builtIn.instrument().indicators().size() + 12 + 6 + 6;
        assertEquals(new SessionRunner.Work(compiled.facts(), compiled.firings() - 4 + perLevel), from);
    }

    @Test
    void theOrderChecksGiveTheLevelsToFromInTheOrderTheyInsertFacts() {
        CompiledRuleSet builtIn = RuleSetCatalog.load(List.of(), true).get("permenpan-rb-90-2021");
        ScoreSheet sheet = ScoreSheet.of(builtIn.instrument(),
                TestAssessments.allBest(builtIn.instrument(), Predikat.WBK).build());
        List<String> written = sheet.card().getIndicators().stream().map(ScoredIndicator::getId).toList();
        assertEquals(List.copyOf(sheet.indicators().keySet()), written);
        List<String> reversed = new ArrayList<>(written);
        Collections.reverse(reversed);
        sheet.arrange(new EvaluationOrder(EvaluationOrder.REVERSED, false));
        assertEquals(reversed, sheet.card().getIndicators().stream().map(ScoredIndicator::getId).toList());
        assertEquals("PP", sheet.card().getAreas().get(0).getCode());
    }

    @Test
    void theFromFormScoresEveryGeneratedAssessmentAsTheBuiltInDoes() {
        RuleSetUnderTest builtIn = TestRules.builtIn();
        List<AssessmentGenerator> knobs = List.of(builtIn.generator().build(),
                builtIn.generator().target(Predikat.WBBM).boundaryHugging(true).agencyFactsShare(0.7).build(),
                builtIn.generator().quality(0.2).unansweredShare(0.3).zeroDenominatorShare(0.5).build());
        qt().withExamples(TestRules.tries(1)).forAll(integers().between(0, knobs.size() - 1), longs().all())
                .checkAssert((knob, seed) -> {
                    Assessment a = knobs.get(knob).fromSeed(seed);
                    Result now = builtIn.evaluate(a);
                    Result old = fromForm.evaluate(a);
                    assertEquals(now.scores(), old.scores());
                    assertEquals(now.verdict(), old.verdict());
                    assertEquals(now.items(), old.items());
                    assertEquals(now.warnings(), old.warnings());
                    assertEquals(now.scoreTree(), old.scoreTree());
                });
    }
}
