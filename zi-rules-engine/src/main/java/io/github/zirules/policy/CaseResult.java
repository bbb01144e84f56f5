package io.github.zirules.policy;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one scenario case.
 *
 * @param scenario the case
 * @param differences every way the result differs from the expectations; empty when it passed
 * @param error why the case could not be evaluated (the rules failed on it); null if it was evaluated
 */
public record CaseResult(Scenario scenario, List<Difference> differences, @Nullable String error) {

    /** Refuses a null scenario; copies the differences. */
    public CaseResult {
        Objects.requireNonNull(scenario, "scenario");
        differences = List.copyOf(differences);
    }

    /** Whether the case passed: evaluated, and no difference. */
    public boolean passed() {
        return error == null && differences.isEmpty();
    }
}
