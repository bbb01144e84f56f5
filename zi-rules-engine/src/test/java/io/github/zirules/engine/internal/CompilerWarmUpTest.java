package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompilerWarmUpTest {

    @Test
    void theWarmUpRuleCompilesWithoutAProblemSoItLoadsWhatARuleSetCompileNeeds() {
        assertTrue(CompilerWarmUp.run(), "the warm-up rule must compile, or it warms up nothing");
    }
}
