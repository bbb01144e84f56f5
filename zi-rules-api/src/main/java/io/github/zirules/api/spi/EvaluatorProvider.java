package io.github.zirules.api.spi;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;

/**
 * Service-provider interface: an engine module registers an implementation in
 * {@code META-INF/services/io.github.zirules.api.spi.EvaluatorProvider}. Users do not call this; they call
 * {@link io.github.zirules.api.ZiRules}.
 */
public interface EvaluatorProvider {

    /**
     * A new evaluator with the given options.
     *
     * @throws io.github.zirules.api.InvalidRuleSetException if a rule set does not load (every problem is listed)
     */
    Evaluator create(EvaluatorOptions options);

    /** A name for messages, e.g. {@code drools}. */
    String name();
}
