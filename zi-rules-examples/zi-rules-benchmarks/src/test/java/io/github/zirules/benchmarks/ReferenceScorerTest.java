package io.github.zirules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.ZiRules;
import io.github.zirules.reference.ReferenceComparison;
import io.github.zirules.reference.ReferenceScorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The baseline is only a baseline if it computes what the engine computes, on the very assessments the benchmarks
 * time: every reported score, check, item's points and warning agree. (Not a timing test: nothing here measures
 * time. The reference scorer's own agreement with the engine on generated assessments is the engine's
 * {@code EnginePropertiesTest}.)
 */
class ReferenceScorerTest {

    private static final Evaluator ZI = ZiRules.evaluator();
    private static final Instrument INSTRUMENT = ZI.instrument(Fixtures.RULE_SET);

    /**
     * 50 seeds are enough: {@link VariedAssessments#varied} gives WBBM to one unit in four and agency facts to one in
     * three, and across 50 × 113 items every answer label, zero and over-full denominators, missing answers and
     * evidence or none come up many times over, so every branch the baseline times is compared. The wider space is
     * the engine's {@code EnginePropertiesTest}.
     */
    @Test
    void referenceAgreesWithTheEngineOnEveryScoreCheckItemAndWarningOfTheBenchmarkedAssessments() {
        for (long seed = 1; seed <= 50; seed++) {
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
        assertEquals(List.of(), ReferenceComparison.differences(ReferenceScorer.standard().score(a), ZI.evaluate(a)),
                what);
    }
}
