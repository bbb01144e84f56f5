package io.github.zirules.planner;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.ZiRules;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test helper: the tiny test rule sets under src/test/resources/planner-rulesets (no built-in rule set). */
final class TinyRuleSets {

    /** 8 items, every answer type; its own weights and thresholds. */
    static final String TINY = "zi-test-tiny";
    /** The tiny set plus a WBK check above its maximum (Pemenuhan at least 5.01 of 5). */
    static final String UNREACHABLE = "zi-test-tiny-unreachable";

    private static Evaluator evaluator;

    private TinyRuleSets() {
    }

    static synchronized Evaluator evaluator() {
        if (evaluator == null) {
            try {
                Path dir = Path.of(TinyRuleSets.class.getResource("/planner-rulesets").toURI());
                evaluator = ZiRules.evaluator(EvaluatorOptions.builder().ruleSetDirectory(dir).includeBuiltIn(false)
                        .build());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return evaluator;
    }
}
