package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.testkit.AssessmentGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The choice answer values as a table the rules declare ({@code $k.answerValue( "ABCD", "B", "0.67" )}): checked at
 * load at file:line, scoring exactly as one rule per item did, with rule coverage counted by the items that used a
 * value, and the old per-item style still working.
 */
class AnswerValueTableTest {

    private static final String FILE = "answer-values.drl";
    private static final Instrument INSTRUMENT = ZiRules.evaluator().instrument("permenpan-rb-90-2021");

    private static Problem onlyProblem(Path rs) {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(rs));
        assertEquals(1, e.problems().size(), e.problems()::toString);
        return e.problems().get(0);
    }

    private static int lineOf(Path rs, String text) throws IOException {
        List<String> lines = Files.readAllLines(rs.resolve(FILE));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + FILE);
    }

    private static void assertAt(Problem p, String code, Path rs, String text) throws IOException {
        assertEquals(code, p.code(), p::toString);
        assertTrue(p.location().endsWith(FILE + ":" + lineOf(rs, text)), p::toString);
        assertFalse(p.message(Locale.ENGLISH).equals(p.message(Locale.forLanguageTag("id"))), p::toString);
    }

    @Test
    void anAnswerLeftOutOfAScalesTableIsRefusedAtTheTablesFirstLineInBothLanguages(@TempDir Path tmp)
            throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, FILE, "    $k.answerValue( \"ABCD\", \"C\", \"0.33\" );\n", "");
        Problem p = onlyProblem(rs);
        assertAt(p, "LINT_ANSWER_VALUE_MISSING", rs, "answerValue( \"ABCD\", \"A\"");
        assertTrue(p.message(Locale.ENGLISH).contains("'C'"), p::toString);
    }

    @Test
    void anAnswerDeclaredTwiceIsRefusedAtTheSecondDeclaration(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, FILE, "    $k.answerValue( \"ABCD\", \"C\", \"0.33\" );\n",
                "    $k.answerValue( \"ABCD\", \"C\", \"0.33\" );\n    $k.answerValue( \"ABCD\", \"B\", \"0.7\" );\n");
        assertAt(onlyProblem(rs), "LINT_ANSWER_VALUE_TWICE", rs, "answerValue( \"ABCD\", \"B\", \"0.7\"");
    }

    @Test
    void anAnswerTheScaleDoesNotHaveIsRefusedAtItsLine(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, FILE, "$k.answerValue( \"ABCD\", \"D\", \"0\" );",
                "$k.answerValue( \"ABCD\", \"D\", \"0\" );\n    $k.answerValue( \"ABCD\", \"E\", \"0\" );");
        Problem p = onlyProblem(rs);
        assertAt(p, "LINT_ANSWER_VALUE_LABEL", rs, "answerValue( \"ABCD\", \"E\"");
        assertEquals("A, B, C, D", p.expected(Locale.ENGLISH), p::toString);
    }

    @Test
    void aRuleSetThatStillValuesEveryChoiceItemByItsOwnRuleScoresAndExplainsAlike(@TempDir Path tmp)
            throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.valueEachItemByItsOwnRule(rs);
        PolicyRuleSet old = PolicyRuleSet.load(rs);
        PolicyRuleSet table = PolicyRuleSet.load(BuiltInRuleSet.folder());
        AssessmentGenerator gen = AssessmentGenerator.builder(INSTRUMENT).build();
        for (long seed = 0; seed < 40; seed++) {
            Assessment a = gen.fromSeed(seed);
            Result r1 = old.evaluate(a, null);
            Result r2 = table.evaluate(a, null);
            assertEquals(r2.scores(), r1.scores(), "seed " + seed);
            assertEquals(r2.verdict(), r1.verdict(), "seed " + seed);
            assertEquals(r2.warnings(), r1.warnings(), "seed " + seed);
            assertEquals(r2.items(), r1.items(), "seed " + seed);
        }
    }

    @Test
    void aTableRuleCountsAsCoveredOnlyWhenAnItemUsedItsValue() {
        PolicyRuleSet rs = PolicyRuleSet.load(BuiltInRuleSet.folder());
        Set<String> told = new HashSet<>();
        Assessment.Builder allBest = Assessment.builder(Unit.of("U1"), 2024, Predikat.WBK);
        for (Item it : INSTRUMENT.items()) {
            List<String> labels = INSTRUMENT.answerScale(it).labels();
            if (!labels.isEmpty()) {
                allBest.answer(it.id().value(), new Answer.Choice(labels.get(0)));
            }
        }
        rs.evaluate(allBest.build(), (RuleRef r) -> told.add(r.name()));
        assertTrue(told.contains("ABCD: jawaban A bernilai 1"), told::toString);
        assertFalse(told.contains("ABCD: jawaban C bernilai 0,33"), told::toString);
        assertTrue(told.contains("Nilai indikator = rata-rata nilai butirnya x bobot indikator"), told::toString);
    }
}
