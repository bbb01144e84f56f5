package io.github.zirules.api;

import io.github.zirules.api.spi.EvaluatorProvider;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * The entry point: finds the engine on the class path and builds evaluators.
 *
 * <pre>{@code
 * Evaluator zi = ZiRules.evaluator();          // once per application; thread-safe
 * Result r = zi.evaluate(assessment);
 * r.verdict().failedChecks().forEach(c -> System.out.println(c.id() + ": " + c.actualText() + " < " + c.requiredText()));
 * }</pre>
 */
public final class ZiRules {

    private ZiRules() {
    }

    /**
     * An evaluator with the built-in rule sets.
     *
     * @throws IllegalStateException if no engine is on the class path
     */
    public static Evaluator evaluator() {
        return evaluator(EvaluatorOptions.DEFAULTS);
    }

    /**
     * An evaluator with the given options.
     *
     * @throws IllegalStateException if no engine is on the class path
     * @throws InvalidRuleSetException if a rule set does not load (every problem is listed, with its file:line)
     */
    public static Evaluator evaluator(EvaluatorOptions options) {
        return provider().create(options);
    }

    static EvaluatorProvider provider() {
        Iterator<EvaluatorProvider> it = ServiceLoader.load(EvaluatorProvider.class, ZiRules.class.getClassLoader())
                .iterator();
        if (!it.hasNext()) {
            it = ServiceLoader.load(EvaluatorProvider.class).iterator();
        }
        if (!it.hasNext()) {
            throw new IllegalStateException("No zi-rules engine found on the class path (mesin zi-rules tidak "
                    + "ditemukan). Add the dependency io.github.zirules:zi-rules-engine, or, in a fat jar, keep "
                    + "META-INF/services/" + EvaluatorProvider.class.getName()
                    + " (maven-shade's ServicesResourceTransformer).");
        }
        return it.next();
    }
}
