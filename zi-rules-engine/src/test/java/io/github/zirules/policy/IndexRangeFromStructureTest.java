package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import io.github.zirules.testkit.AnswerMoves;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The range of the survey indices (IPAK, IPKP) is the rule set's, declared in structure.csv ({@code index 0-4}), not
 * Java's: a rule set with another range needs no Java change, and one whose value rule disagrees with its range is
 * refused at that rule.
 */
class IndexRangeFromStructureTest {

    private static final String RANGE_0_4 = "Survey index 0 to 4,index 0-4";
    private static final String RANGE_0_5 = "Survey index 0 to 5,index 0-5";
    private static final String DIVIDED_BY_4 = "$butir.getIndex().dividedBy( \"4\" )";
    private static final String DIVIDED_BY_5 = "$butir.getIndex().dividedBy( \"5\" )";

    @Test
    void theBuiltInScaleDeclaresTheRangeZeroToFour() {
        RuleSetModel.AnswerScale idx = ZiRules.evaluator().instrument(BuiltInRuleSet.ID).model().orElseThrow().answerScale("IDX4")
                .orElseThrow();
        assertEquals(0, idx.indexRange().lowest().compareTo(BigDecimal.ZERO));
        assertEquals(0, idx.indexRange().highest().compareTo(BigDecimal.valueOf(4)));
    }

    @Test
    void aRangeTheValueRuleDoesNotFollowIsRefusedAtThatRuleInBothLanguages(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "structure.csv", RANGE_0_4, RANGE_0_5);
        int line = BuiltInRuleSet.lineOf(rs.resolve("answer-values.drl"), "rule \"IDX4");
        List<Problem> ps = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(rs)).problems();
        Problem p = ps.stream().filter(x -> x.code().equals("LINT_INDEX_RANGE")).findFirst()
                .orElseThrow(() -> new AssertionError(ps.toString()));
        assertTrue(p.location().endsWith("answer-values.drl:" + line), p::toString);
        assertTrue(p.message(Locale.ENGLISH).contains("declares the range 0-5"), p::toString);
        assertTrue(p.message(Locale.ENGLISH).contains("answered with index 5 is valued 1.25"), p::toString);
        assertTrue(p.message(io.github.zirules.api.Message.INDONESIAN).contains("rentang 0-5"), p::toString);
    }

    @Test
    void aRangeZeroToFiveWithItsOwnDivisorNeedsNoJava(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "structure.csv", RANGE_0_4, RANGE_0_5);
        BuiltInRuleSet.edit(rs, "answer-values.drl", DIVIDED_BY_4, DIVIDED_BY_5);
        Evaluator zi = ZiRules.evaluator(EvaluatorOptions.builder().ruleSetDirectory(rs).build());
        Instrument instrument = zi.instrument(BuiltInRuleSet.ID);
        RuleSetModel.AnswerScale idx = instrument.model().orElseThrow().answerScale("IDX4").orElseThrow();

        Result r = zi.evaluate(assessment(Answer.index("4.5")));
        assertEquals(new BigDecimal("15.75"), r.items().stream().filter(i -> i.item().toString().equals("HAS.IPAK"))
                .findFirst().orElseThrow().points().setScale(2, java.math.RoundingMode.HALF_UP));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> zi.evaluate(assessment(Answer.index("5.01"))));
        Problem p = refused.problems().get(0);
        assertEquals("INDEX_OUT_OF_RANGE", p.code());
        assertEquals("index 5.01 is outside 0 to 5", p.message(Locale.ENGLISH));
        assertEquals("a number from 0 to 5", p.expected(Locale.ENGLISH));

        assertEquals(Answer.index("5.00"), AnswerMoves.best(idx));
        assertEquals(Answer.index("5.00"), AnswerMoves.raise(idx, Answer.index("4.99")).orElseThrow());
        assertTrue(AnswerMoves.raise(idx, Answer.index("5.00")).isEmpty());
    }

    private static Assessment assessment(Answer ipak) {
        return Assessment.builder(Unit.of("RANGE"), 2024, Predikat.WBK).ruleSet(BuiltInRuleSet.ID)
                .answer("HAS.IPAK", ipak).build();
    }
}
