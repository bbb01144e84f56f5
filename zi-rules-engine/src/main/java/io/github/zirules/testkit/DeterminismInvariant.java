package io.github.zirules.testkit;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Message;
import io.github.zirules.api.Result;
import java.util.List;
import java.util.Optional;

/**
 * {@code determinism}: scoring the same assessment twice gives equal results, to the last warning. The second
 * evaluation is always a new one, also when the first is the result the invariants of a try share.
 */
final class DeterminismInvariant extends CataloguedInvariant {

    DeterminismInvariant() {
        super(Message.of("invariant.determinism"));
    }

    @Override
    public String name() {
        return "determinism";
    }

    @Override
    public Optional<Violation> check(RuleSetUnderTest rules, Assessment a) {
        Result first = rules.evaluate(a);
        Result second = rules.evaluateAgain(a);
        List<String> diff = ResultDiff.of(first, second);
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        Findings f = new Findings();
        diff.forEach(f::add);
        return f.violation(this, "hasil berbeda pada penilaian kedua", "the second evaluation gives another result",
                a, null);
    }
}
