package io.github.zirules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zirules.api.Area;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.ZiRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The baseline is only a baseline if it computes what the engine computes: every reported score, every check and
 * every item's points agree on varied assessments. (Not a timing test: nothing here measures time.)
 */
class ReferenceScorerTest {

    private static final Evaluator ZI = ZiRules.evaluator();
    private static final Instrument INSTRUMENT = ZI.instrument(Fixtures.RULE_SET);
    private static final ReferenceScorer REFERENCE = new ReferenceScorer();

    @Test
    void referenceAgreesWithTheEngineOnEveryScoreCheckAndItemOfVariedAssessments() {
        for (long seed = 1; seed <= 300; seed++) {
            agree(VariedAssessments.varied(INSTRUMENT, seed), "seed " + seed);
        }
        agree(Fixtures.full(ZI), "the full assessment");
    }

    @Test
    void theSameSeedGivesTheSameAssessment() {
        assertEquals(VariedAssessments.varied(INSTRUMENT, 42), VariedAssessments.varied(INSTRUMENT, 42));
        assertEquals(INSTRUMENT.size(), Fixtures.full(ZI).answers().size());
    }

    private static void agree(Assessment a, String what) {
        Result e = ZI.evaluate(a);
        ReferenceScorer.Report r = REFERENCE.score(a);
        List<Executable> checks = new ArrayList<>();
        checks.add(eq(what + " TOTAL", r.levels().get("TOTAL"), e.scores().total()));
        checks.add(eq(what + " PENGUNGKIT", r.levels().get("PENGUNGKIT"), e.scores().pengungkit()));
        checks.add(eq(what + " PEMENUHAN", r.levels().get("PEMENUHAN"), e.scores().pemenuhan()));
        checks.add(eq(what + " REFORM", r.levels().get("REFORM"), e.scores().reform()));
        checks.add(eq(what + " HASIL", r.levels().get("HASIL"), e.scores().hasil()));
        checks.add(eq(what + " BBA", r.levels().get("BBA"), e.scores().bba()));
        for (Area area : Area.values()) {
            checks.add(eq(what + " " + area, r.areas().get(area.name()), e.scores().area(area)));
        }
        r.areaParts().forEach((k, v) -> checks.add(eq(what + " " + k, v, e.scores().areaParts().get(k))));
        r.indicators().forEach((k, v) -> checks.add(eq(what + " " + k, v, e.scores().indicators().get(k))));
        checks.add(() -> assertEquals(r.eligible(), e.eligible(), what + " eligible"));
        checks.add(() -> assertEquals(r.checks().size(), e.verdict().checks().size(), what + " number of checks"));
        for (ReferenceScorer.RefCheck c : r.checks()) {
            Check ec = e.verdict().check(c.id()).orElseThrow(() -> new AssertionError(what + ": no check " + c.id()));
            checks.add(() -> assertEquals(c.passed(), ec.passed(), what + " " + c.id() + " passed"));
            if (c.required() != null && ec instanceof ScoreCheck sc) {
                checks.add(eq(what + " " + c.id() + " required", c.required(), sc.required()));
                checks.add(eq(what + " " + c.id() + " actual", c.actual(), sc.actual()));
            } else if (c.required() != null) {
                checks.add(() -> assertEquals(c.id() + " a score check", c.id() + " " + ec));
            }
        }
        for (int i = 0; i < r.items().size(); i++) {
            ReferenceScorer.RefItemScore ri = r.items().get(i);
            var ei = e.items().get(i);
            checks.add(() -> assertEquals(ri.item(), ei.item()));
            checks.add(() -> assertEquals(ri.exactValue(), ei.exactValue(), what + " " + ri.item()));
            checks.add(eq(what + " " + ri.item() + " points", ri.points(), ei.points()));
        }
        checks.add(() -> assertEquals(r.warnings().size(), e.warnings().size(), what + " number of warnings"));
        assertAll(what, checks);
    }

    private static Executable eq(String what, BigDecimal expected, BigDecimal actual) {
        return () -> assertEquals(0, expected.compareTo(actual), what + ": reference " + expected + ", engine "
                + actual);
    }
}
