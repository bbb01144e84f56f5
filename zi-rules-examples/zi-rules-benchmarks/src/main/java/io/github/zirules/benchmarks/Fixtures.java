package io.github.zirules.benchmarks;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Result;
import io.github.zirules.api.ZiRules;
import io.github.zirules.reference.ReferenceComparison;
import io.github.zirules.reference.ReferenceResult;
import java.util.List;

/** What the benchmarks share: the evaluator, the rule set's instrument, the one full assessment. */
final class Fixtures {

    /** The rule set every benchmark scores with. */
    static final String RULE_SET = "permenpan-rb-90-2021";
    /** The seed of "the one full 113-item assessment". */
    static final long FULL_SEED = 20_240_531L;

    private Fixtures() {
    }

    static Evaluator evaluator() {
        return ZiRules.evaluator();
    }

    static Assessment full(Evaluator zi) {
        return VariedAssessments.full(zi.instrument(RULE_SET), FULL_SEED);
    }

    /** Refuses to benchmark an engine and a reference that disagree: both must compute the same thing. */
    static void agree(Result engine, ReferenceResult reference, String what) {
        List<String> differences = ReferenceComparison.differences(reference, engine);
        if (!differences.isEmpty()) {
            throw new IllegalStateException("engine and reference scorer disagree on " + what + ": " + differences);
        }
    }
}
