package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Result;
import io.github.zirules.policy.BuiltInRuleSets;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.internal.ScoreSheet;
import io.github.zirules.testkit.AssessmentGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The items' values and points are rounded once per number for one rule set's results ({@link RoundedValues}, kept in
 * its {@link ResultShape}): the very decimals {@link Exact#round} gives, never those of another rule set.
 */
class RoundedValuesTest {

    private static final String ID = "permenpan-rb-90-2021";

    private static Result evaluate(CompiledRuleSet rs, Assessment a) {
        ScoreSheet card = SessionRunner.run(rs, a, 100_000, null);
        RunTimeChecks.verify(rs, card);
        return ResultAssembler.assemble(rs, card, a);
    }

    @Test
    void aNumberKeptRoundsAsExactRoundsItAndIsKeptOnce() {
        RoundedValues values = new RoundedValues(2, RoundingMode.HALF_UP);
        assertTrue(values.rounds(2, RoundingMode.HALF_UP));
        assertFalse(values.rounds(2, RoundingMode.HALF_EVEN));
        assertFalse(values.rounds(3, RoundingMode.HALF_UP));
        List<long[]> fractions = List.of(new long[] {5, 1000}, new long[] {2, 3}, new long[] {1, 1},
                new long[] {0, 1}, new long[] {-1, 8}, new long[] {17, 23}, new long[] {123_456_789, 1000});
        for (long[] f : fractions) {
            Exact e = Exact.ratio(f[0], f[1]);
            BigDecimal first = values.round(e);
            assertEquals(e.round(2, RoundingMode.HALF_UP), first, e::toString);
            assertEquals(e.round(2, RoundingMode.HALF_UP).toString(), first.toString(), e::toString);
            assertSame(first, values.round(Exact.ratio(f[0] * 3, f[1] * 3)), "an equal number is rounded once");
        }
    }

    @Test
    void everyNumberRoundsRightHoweverManyAreRoundedAndAtMostTheSlotsAreKept() {
        RoundedValues values = new RoundedValues(4, RoundingMode.HALF_UP);
        for (int round = 0; round < 2; round++) {
            for (int d = 1; d <= 4 * RoundedValues.SLOTS; d++) {
                for (int n = 0; n <= d; n += Math.max(1, d / 7)) {
                    Exact e = Exact.ratio(n, d);
                    assertEquals(e.round(4, RoundingMode.HALF_UP), values.round(e), e::toString);
                }
            }
        }
        assertTrue(values.size() <= RoundedValues.SLOTS, "kept: " + values.size());
        assertTrue(values.size() > RoundedValues.SLOTS / 2, "the slots are used: " + values.size());
    }

    @Test
    void twoRuleSetsNeverShareTheirRoundedValuesAndOneDeclaringOtherValuesShowsItsOwn(@TempDir Path tmp)
            throws IOException {
        CompiledRuleSet builtIn = RuleSetCatalog.load(List.of(), true).get(ID);
        Path dir = tmp.resolve("lain");
        BuiltInRuleSets.copy(ID, dir, "lain");
        Path values = dir.resolve("answer-values.drl");
        String drl = Files.readString(values);
        String half = "$k.answerValue( \"ABC\", \"B\", \"0.5\" );";
        assertTrue(drl.contains(half), "the built-in values ABC's B at 0.5");
        Files.writeString(values, drl.replace(half, "$k.answerValue( \"ABC\", \"B\", \"0.4\" );"));
        Path tests = dir.resolve("tests");
        if (Files.isDirectory(tests)) {
            // The copy's expected results are the built-in's; it is loaded here only to score with other values.
            try (var files = Files.walk(tests)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        CompiledRuleSet other = RuleSetCatalog.load(List.of(dir), false).get("lain");
        AssessmentGenerator gen = AssessmentGenerator.builder(builtIn.instrument()).build();
        boolean sawB = false;
        for (long seed = 1; seed <= 20; seed++) {
            Assessment a = gen.fromSeed(seed);
            Result mine = evaluate(builtIn, a);
            Result theirs = evaluate(other, a);
            for (int k = 0; k < mine.items().size(); k++) {
                ItemScore m = mine.items().get(k);
                ItemScore t = theirs.items().get(k);
                if (m.answer() instanceof Answer.Choice c && c.label().equals("B")
                        && builtIn.instrument().answerScale(builtIn.instrument().items().get(k)).code().equals("ABC")) {
                    sawB = true;
                    assertEquals(new BigDecimal("0.5000"), m.value(), m.item().toString());
                    assertEquals(new BigDecimal("0.4000"), t.value(), t.item().toString());
                }
            }
            ScoreSheet card = SessionRunner.run(other, a, 100_000, null);
            assertEquals(ResultAssembler.assembleByLookup(other, card, a).toString(), theirs.toString());
        }
        assertTrue(sawB, "some generated assessment answers an ABC item with B");
        ResultShape mineShape = builtIn.plan().resultShape();
        ResultShape theirShape = other.plan().resultShape();
        assertNotNull(mineShape);
        assertNotNull(theirShape);
        assertNotSame(mineShape, theirShape);
        assertNotSame(mineShape.itemValues(), theirShape.itemValues());
    }
}
