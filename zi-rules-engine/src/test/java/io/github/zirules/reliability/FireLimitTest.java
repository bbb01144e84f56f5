package io.github.zirules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.DroolsEvaluator;
import io.github.zirules.policy.BuiltInRuleSet;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fire limit stops a looping rule set at the limit itself: no rule fires beyond it, not even one to look. */
class FireLimitTest {

    @Test
    void aLoopStopsAfterExactlyTheFireLimitWithoutFiringOneRuleMore(@TempDir Path dir) throws Exception {
        Path clean = HostileRuleSets.copyBuiltIn(dir.resolve("clean"));
        Path loop = HostileRuleSets.copyBuiltIn(dir.resolve("loop"));
        // One rule per item, so that the observer is told of every firing (a table rule is told per item it values).
        BuiltInRuleSet.valueEachItemByItsOwnRule(clean);
        BuiltInRuleSet.valueEachItemByItsOwnRule(loop);
        HostileRuleSets.append(loop.resolve(HostileCases.WARNINGS),
                HostileRuleSets.trap("Jebakan: update tanpa no-loop", "update( $butir );"));
        // The lint refuses update(...) at load; without it, only the fire limit stops the loop.
        CompiledRuleSet rs = Unlinted.compile(clean, loop);
        int limit = 500;
        AtomicInteger fired = new AtomicInteger();
        EvaluationException e = assertThrows(EvaluationException.class, () -> DroolsEvaluator.evaluateWith(rs,
                HostileRuleSets.trigger(rs.instrument()), limit, r -> fired.incrementAndGet()));
        assertEquals(limit, fired.get());
        assertTrue(e.getMessage().contains("fire limit of " + limit), e.getMessage());
        assertEquals(rs.info().id(), e.ruleSetId().orElseThrow());
        assertEquals("Jebakan: update tanpa no-loop", e.ruleName().orElseThrow());
    }

    @Test
    void anEvaluationThatNeedsExactlyTheLimitIsNotStopped() {
        DroolsEvaluator ev = DroolsEvaluator.create(EvaluatorOptions.DEFAULTS);
        CompiledRuleSet rs = ev.catalog().get("permenpan-rb-90-2021");
        AtomicInteger needed = new AtomicInteger();
        DroolsEvaluator.evaluateWith(rs, HostileRuleSets.ordinary(rs.instrument(), "PAS").build(),
                EvaluatorOptions.DEFAULT_FIRE_LIMIT, r -> needed.incrementAndGet());
        AtomicInteger fired = new AtomicInteger();
        DroolsEvaluator.evaluateWith(rs, HostileRuleSets.ordinary(rs.instrument(), "PAS").build(), needed.get(),
                r -> fired.incrementAndGet());
        assertEquals(needed.get(), fired.get());
    }
}
