package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreTree;
import io.github.zirules.api.Scores;
import io.github.zirules.api.internal.FixedKeyMap;
import io.github.zirules.rules.internal.ScoreSheet;
import io.github.zirules.testkit.AssessmentGenerator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A result assembled into the rule set's worked-out shape ({@link ResultShape}) is the result assembled by walking
 * the structure and searching the tree, field by field, by {@code equals}, by hash code and by {@code toString}.
 */
class ResultShapeTest {

    private static final CompiledRuleSet RS = RuleSetCatalog.load(List.of(), true).get("permenpan-rb-90-2021");

    private static ScoreSheet sheet(Assessment a) {
        ScoreSheet card = SessionRunner.run(RS, a, 100_000, null);
        RunTimeChecks.verify(RS, card);
        return card;
    }

    @Test
    void aResultPutIntoItsShapeEqualsTheOneAssembledByLookupOnGeneratedAssessments() {
        AssessmentGenerator gen = AssessmentGenerator.builder(RS.instrument()).unansweredShare(0.05)
                .zeroDenominatorShare(0.1).evidenceShare(0.5).agencyFactsShare(0.3).reviewSets(2).build();
        for (long seed = 1; seed <= 150; seed++) {
            Assessment a = gen.fromSeed(seed);
            ScoreSheet card = sheet(a);
            Result shaped = ResultAssembler.assemble(RS, card, a);
            Result looked = ResultAssembler.assembleByLookup(RS, card, a);
            assertNotNull(RS.plan().resultShape(), "the shape is worked out from the first sheet");
            String at = "seed " + seed;
            assertEquals(looked.scores().total(), shaped.scores().total(), at);
            assertEquals(looked.scores().areas(), shaped.scores().areas(), at);
            assertEquals(List.copyOf(looked.scores().areaParts().entrySet()),
                    List.copyOf(shaped.scores().areaParts().entrySet()), at + ": area parts in the same order");
            assertEquals(List.copyOf(looked.scores().indicators().entrySet()),
                    List.copyOf(shaped.scores().indicators().entrySet()), at + ": indicators in the same order");
            assertEquals(List.copyOf(looked.scoreTree().areas().keySet()),
                    List.copyOf(shaped.scoreTree().areas().keySet()), at);
            assertEquals(looked.scoreTree().root(), shaped.scoreTree().root(), at);
            assertEquals(looked.scores(), shaped.scores(), at);
            assertEquals(looked.scoreTree(), shaped.scoreTree(), at);
            assertEquals(looked.items(), shaped.items(), at);
            assertEquals(looked.verdict(), shaped.verdict(), at);
            assertEquals(looked.warnings(), shaped.warnings(), at);
            assertEquals(looked, shaped, at);
            assertEquals(looked.hashCode(), shaped.hashCode(), at);
            assertEquals(looked.toString(), shaped.toString(), at);
        }
    }

    @Test
    void aSheetLaidOutOnItsOwnFitsNoShapeAndIsAssembledByLookupIntoTheSameResult() {
        Assessment a = AssessmentGenerator.builder(RS.instrument()).build().fromSeed(11);
        ScoreSheet planned = sheet(a);
        Result shaped = ResultAssembler.assemble(RS, planned, a);
        ScoreSheet own = SessionRunner.run(RS, ScoreSheet.of(RS.instrument(), a), 100_000,
                java.time.Duration.ofSeconds(10), null);
        RunTimeChecks.verify(RS, own);
        ResultShape shape = RS.plan().resultShape();
        assertNotNull(shape);
        assertTrue(shape.fits(planned), "a sheet of the rule set's layout fits its shape");
        assertFalse(shape.fits(own), "a sheet made from the instrument has a layout of its own");
        assertEquals(shaped, ResultAssembler.assemble(RS, own, a));
        assertEquals(shaped.toString(), ResultAssembler.assemble(RS, own, a).toString());
    }

    @Test
    void theTypedScoresOfAShapedTreeAreThoseScoresOfFinds() {
        Assessment a = AssessmentGenerator.builder(RS.instrument()).build().fromSeed(7);
        Result shaped = ResultAssembler.assemble(RS, sheet(a), a);
        assertEquals(Scores.of(shaped.scoreTree()), shaped.scores());
        assertEquals(ScoreTree.of(shaped.scores()), shaped.scoreTree(), "the 90/2021 tree over the scores");
    }

    @Test
    void aFixedKeyMapIsAMapLikeAnyOther() {
        FixedKeyMap.Keys<String> keys = new FixedKeyMap.Keys<>(List.of("MP", "TT", "SDM"));
        Map<String, BigDecimal> fixed = FixedKeyMap.of(keys, new BigDecimal[] {BigDecimal.ONE, BigDecimal.TEN,
                new BigDecimal("2.50")});
        Map<String, BigDecimal> linked = new LinkedHashMap<>();
        linked.put("MP", BigDecimal.ONE);
        linked.put("TT", BigDecimal.TEN);
        linked.put("SDM", new BigDecimal("2.50"));
        assertEquals(linked, fixed);
        assertEquals(fixed, linked);
        assertEquals(linked.hashCode(), fixed.hashCode());
        assertEquals(linked.toString(), fixed.toString());
        assertEquals(List.copyOf(linked.keySet()), List.copyOf(fixed.keySet()));
        assertEquals(BigDecimal.TEN, fixed.get("TT"));
        assertEquals(null, fixed.get("PW"));
        assertThrows(UnsupportedOperationException.class, () -> fixed.put("PW", BigDecimal.ONE));
        assertThrows(UnsupportedOperationException.class, () -> fixed.remove("PW"));
        assertThrows(UnsupportedOperationException.class, fixed::clear);
        assertThrows(IllegalArgumentException.class, () -> FixedKeyMap.of(keys, new BigDecimal[2]));
        assertThrows(IllegalArgumentException.class, () -> new FixedKeyMap.Keys<>(List.of("MP", "MP")));
    }
}
