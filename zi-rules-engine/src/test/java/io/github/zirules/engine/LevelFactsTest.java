package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.RuleSetCatalog;
import io.github.zirules.engine.internal.SessionRunner;
import io.github.zirules.testkit.AssessmentGenerator;
import io.github.zirules.testkit.RuleSetUnderTest;
import io.github.zirules.testkit.TestRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in rules read the indicators, area parts and areas from the score sheet
 * ({@code $indikator : ScoredIndicator() from $k.indicators}), so the engine inserts none of them as facts. A rule set
 * written the old way ({@code $indikator : ScoredIndicator()}) keeps working: its levels are facts again, and it
 * scores every assessment exactly as the built-in does.
 */
class LevelFactsTest {

    @TempDir
    static Path dir;
    private static RuleSetUnderTest oldForm;
    private static CompiledRuleSet oldCompiled;

    /** The built-in rule set, its level rules written as they were before they read the levels from the sheet. */
    @BeforeAll
    static void writeTheOldForm() throws IOException {
        RuleSetFolders.copyBuiltIn(dir);
        Path aggregation = dir.resolve("aggregation.drl");
        RuleSetFolders.edit(aggregation, "    $k : Scorecard()\n    $indikator : ScoredIndicator() from $k.indicators\n",
                "    $indikator : ScoredIndicator()\n");
        RuleSetFolders.edit(aggregation, "    $k : Scorecard()\n    $bagian : ScoredAreaPart() from $k.areaParts\n",
                "    $bagian : ScoredAreaPart()\n");
        RuleSetFolders.edit(aggregation, "    $k : Scorecard()\n    $area : ScoredArea() from $k.areas\n",
                "    $area : ScoredArea()\n");
        for (String f : List.of("thresholds-wbk.drl", "thresholds-wbbm.drl")) {
            RuleSetFolders.edit(dir.resolve(f), "$area : ScoredArea() from $k.areas", "$area : ScoredArea()");
        }
        oldForm = RuleSetUnderTest.fromDirectory(dir);
        oldCompiled = RuleSetCatalog.load(List.of(dir), false).get("permenpan-rb-90-2021");
    }

    @Test
    void theOldFormInsertsItsLevelsAsFactsAndFiresAsOften() {
        CompiledRuleSet builtIn = RuleSetCatalog.load(List.of(), true).get("permenpan-rb-90-2021");
        Assessment a = TestAssessments.allBest(builtIn.instrument(), Predikat.WBK).build();
        SessionRunner.Work now = SessionRunner.work(builtIn, a);
        SessionRunner.Work old = SessionRunner.work(oldCompiled, a);
        int levels = builtIn.instrument().indicators().size() + 12 + 6;
        assertEquals(new SessionRunner.Work(now.facts() + levels, now.firings()), old);
    }

    @Test
    void theOldFormScoresEveryGeneratedAssessmentAsTheBuiltInDoes() {
        RuleSetUnderTest builtIn = TestRules.builtIn();
        List<AssessmentGenerator> knobs = List.of(builtIn.generator().build(),
                builtIn.generator().target(Predikat.WBBM).boundaryHugging(true).agencyFactsShare(0.7).build(),
                builtIn.generator().quality(0.2).unansweredShare(0.3).zeroDenominatorShare(0.5).build());
        qt().withExamples(TestRules.tries(1)).forAll(integers().between(0, knobs.size() - 1), longs().all())
                .checkAssert((knob, seed) -> {
                    Assessment a = knobs.get(knob).fromSeed(seed);
                    Result now = builtIn.evaluate(a);
                    Result old = oldForm.evaluate(a);
                    assertEquals(now.scores(), old.scores());
                    assertEquals(now.verdict(), old.verdict());
                    assertEquals(now.items(), old.items());
                    assertEquals(now.warnings(), old.warnings());
                    assertEquals(now.scoreTree(), old.scoreTree());
                });
    }
}
