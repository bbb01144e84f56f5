package io.github.zirules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreTree;
import io.github.zirules.api.Scores;
import io.github.zirules.api.ZiRules;
import io.github.zirules.testkit.AssessmentGenerator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The fastest baseline is only a lower bound if it computes what the engine reports: every score, every item's value
 * and points, the checks, the verdict and the number of warnings agree, on the benchmarks' varied assessments and on
 * the property kit's generated ones. (Not a timing test.)
 */
class FastestScorerTest {

    private static final Evaluator ZI = ZiRules.evaluator();
    private static final Instrument INSTRUMENT = ZI.instrument(Fixtures.RULE_SET);
    private static final FastestScorer FASTEST = new FastestScorer(ZI, Fixtures.RULE_SET);

    @Test
    void fastestAgreesWithTheEngineOnVariedAssessments() {
        for (long seed = 1; seed <= 300; seed++) {
            agree(VariedAssessments.varied(INSTRUMENT, seed), "seed " + seed);
        }
        agree(Fixtures.full(ZI), "the full assessment");
    }

    @Test
    void fastestAgreesWithTheEngineOnGeneratedAssessments() {
        AssessmentGenerator gen = AssessmentGenerator.builder(INSTRUMENT).evidenceShare(0.5).agencyFactsShare(0.5)
                .build();
        SplittableRandom rng = new SplittableRandom(18);
        for (int k = 0; k < 300; k++) {
            Assessment a = gen.next(rng);
            agree(a, "generated " + a.unit().id());
        }
    }

    private static void agree(Assessment a, String what) {
        Result e = ZI.evaluate(a);
        FastestScorer.Outcome f = FASTEST.score(a);
        Scores s = e.scores();
        ScoreTree tree = e.scoreTree();
        List<Executable> checks = new ArrayList<>();
        List<String> components = FASTEST.componentIds();
        checks.add(() -> assertEquals(tree.root().id(), components.get(FastestScorer.TOTAL)));
        for (int k = 0; k < components.size(); k++) {
            checks.add(eq(what + " " + components.get(k), f.levels()[k], 2,
                    tree.node(components.get(k)).orElseThrow().score()));
        }
        List<String> areas = FASTEST.areas();
        checks.add(() -> assertEquals(List.copyOf(tree.areas().keySet()), areas));
        for (int k = 0; k < areas.size(); k++) {
            checks.add(eq(what + " " + areas.get(k), f.areas()[k], 2, tree.areas().get(areas.get(k))));
        }
        List<String> parts = FASTEST.parts();
        for (int k = 0; k < parts.size(); k++) {
            checks.add(eq(what + " " + parts.get(k), f.parts()[k], 2, s.areaParts().get(parts.get(k))));
        }
        List<String> indicators = FASTEST.indicatorIds();
        for (int k = 0; k < indicators.size(); k++) {
            checks.add(eq(what + " " + indicators.get(k), f.indicators()[k], 2,
                    s.indicators().get(indicators.get(k))));
        }
        for (int i = 0; i < e.items().size(); i++) {
            var item = e.items().get(i);
            checks.add(eq(what + " " + item.item() + " value", f.itemValues()[i], 4, item.value()));
            checks.add(eq(what + " " + item.item() + " points", f.itemPoints()[i], 2, item.points()));
        }
        long passed = e.verdict().checks().stream().filter(Check::passed).count();
        checks.add(() -> assertEquals(e.verdict().checks().size(), f.checksRun(), what + " checks made"));
        checks.add(() -> assertEquals(passed, f.checksPassed(), what + " checks passed"));
        checks.add(() -> assertEquals(e.eligible(), f.eligible(), what + " eligible"));
        checks.add(() -> assertEquals(e.warnings().size(), f.warnings(), what + " warnings: "
                + e.warnings().stream().map(w -> w.code() + " " + w.location()).toList()));
        assertAll(what, checks);
    }

    private static Executable eq(String what, long fastest, int decimals, BigDecimal engine) {
        return () -> assertEquals(0, BigDecimal.valueOf(fastest, decimals).compareTo(engine), what + ": fastest "
                + BigDecimal.valueOf(fastest, decimals) + ", engine " + engine);
    }
}
