package io.github.zirules.engine.internal;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.spi.EvaluatorProvider;

/** Registers the Drools engine with {@link io.github.zirules.api.ZiRules} through {@code ServiceLoader}. */
public final class DroolsEvaluatorProvider implements EvaluatorProvider {

    /** Required by {@code ServiceLoader}. */
    public DroolsEvaluatorProvider() {
    }

    @Override
    public Evaluator create(EvaluatorOptions options) {
        return DroolsEvaluator.create(options);
    }

    @Override
    public String name() {
        return "drools";
    }
}
