package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.DroolsEvaluator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EvaluationDeadlineTest {

    private static final DroolsEvaluator EVALUATOR = DroolsEvaluator.create(EvaluatorOptions.DEFAULTS);

    @Test
    void anEvaluationPastItsDeadlineIsStoppedWithAnErrorNamingTheRule() {
        Assessment a = TestAssessments.allBest(EVALUATOR.instrument("permenpan-rb-90-2021"), Predikat.WBK).build();
        CompiledRuleSet rs = EVALUATOR.compiledFor(a);
        EvaluationException e = assertThrows(EvaluationException.class, () -> DroolsEvaluator.evaluateWith(rs, a,
                EvaluatorOptions.DEFAULT_FIRE_LIMIT, Duration.ofNanos(1), null));
        assertTrue(e.getMessage().contains("time limit"), e.getMessage());
        assertTrue(e.getMessage().contains("batas waktu"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*(rule '.+' \\(.+\\.drl:\\d+\\)|before any rule fired).*"),
                e.getMessage());
        Result after = DroolsEvaluator.evaluateWith(rs, a, EvaluatorOptions.DEFAULT_FIRE_LIMIT, null);
        assertEquals(EVALUATOR.evaluate(a).scores(), after.scores(), "the next evaluation runs as before");
    }

    @Test
    void theTimeoutIsAnOptionThatRefusesNonsense() {
        assertEquals(Duration.ofMillis(250), EvaluatorOptions.builder().evaluationTimeout(Duration.ofMillis(250))
                .build().evaluationTimeout());
        assertThrows(IllegalArgumentException.class, () -> EvaluatorOptions.builder()
                .evaluationTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> EvaluatorOptions.builder()
                .evaluationTimeout(Duration.ofDays(2)).build());
    }
}
