package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.Unit;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.DroolsEvaluator;
import io.github.zirules.engine.internal.RuleSetCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Sessions are reused from a pool: whatever one evaluation leaves in a session (facts, agenda, listeners, a failure
 * half-way) must never reach the next one.
 */
class PooledSessionsTest {

    private static final int LIMIT = EvaluatorOptions.DEFAULT_FIRE_LIMIT;
    private static final CompiledRuleSet RS = RuleSetCatalog.load(List.of(), true).get("permenpan-rb-90-2021");
    private static final ExecutorService TWO = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stop() {
        TWO.shutdownNow();
    }

    private static Result evaluate(Assessment a) {
        return DroolsEvaluator.evaluateWith(RS, a, LIMIT, null);
    }

    private static List<Assessment> examples() throws Exception {
        List<Assessment> out = new ArrayList<>();
        for (Path f : Examples.exampleFiles()) {
            out.add(Examples.read(f));
        }
        Assessment.Builder wbbm = Assessment.builder(Unit.of("WBBM"), 2024, Predikat.WBBM);
        for (Item it : RS.instrument().items()) {
            if (RS.instrument().answerScale(it).kind() == RuleSetModel.AnswerKind.CHOICE) {
                wbbm.answer(it.id(), Answer.choice(RS.instrument().answerScale(it).labels().get(1)));
            }
        }
        out.add(wbbm.build());
        return out;
    }

    @Test
    void evaluatingAgainAndInAnotherOrderGivesTheSameResults() throws Exception {
        List<Assessment> as = examples();
        List<Result> first = as.stream().map(PooledSessionsTest::evaluate).toList();
        // 3 rounds in reverse order: every example follows a different one in the pooled session each round.
        for (int round = 0; round < 3; round++) {
            for (int i = as.size() - 1; i >= 0; i--) {
                assertEquals(first.get(i), evaluate(as.get(i)), "round " + round + ", assessment " + i);
            }
        }
    }

    @Test
    void anEvaluationStoppedHalfWayLeavesNothingBehind() throws Exception {
        Assessment a = examples().get(0);
        Result before = evaluate(a);
        assertThrows(EvaluationException.class, () -> DroolsEvaluator.evaluateWith(RS, a, 5, null));
        assertEquals(before, evaluate(a));
    }

    @Test
    void twoThreadsSharingTheRuleSetGetTheResultsOfOneThread() throws Exception {
        List<Assessment> as = examples();
        List<Result> expected = as.stream().map(PooledSessionsTest::evaluate).toList();
        List<Future<List<Result>>> runs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            runs.add(TWO.submit(() -> {
                List<Result> got = new ArrayList<>();
                // 50 rounds of the examples per thread: hundreds of evaluations taking sessions from one pool at
                // once, so a session handed to both threads would show; on 2 cores the threads truly overlap.
                for (int round = 0; round < 50; round++) {
                    got.addAll(as.stream().map(PooledSessionsTest::evaluate).toList());
                }
                return got;
            }));
        }
        for (Future<List<Result>> run : runs) {
            List<Result> got = run.get();
            for (int i = 0; i < got.size(); i++) {
                assertEquals(expected.get(i % as.size()), got.get(i));
            }
        }
    }
}
