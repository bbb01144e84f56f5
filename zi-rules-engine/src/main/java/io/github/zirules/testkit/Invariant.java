package io.github.zirules.testkit;

import io.github.zirules.api.Assessment;
import java.util.Optional;

/**
 * A property that every assessment must have under a correct rule set (<i>invarian</i>): "no score exceeds its
 * weight", "raising an answer never lowers a score". An invariant knows no weights or thresholds of its own: it
 * reads them from the rule set under test (see {@link RuleSetUnderTest#maxima}), so it can check any rule set,
 * including an edited copy on disk.
 *
 * <p>The built-in invariants are in {@link Invariants}; {@link PropertyRunner} runs them over many generated
 * assessments and shrinks what fails. Implementations must be deterministic (the same rule set and assessment give
 * the same answer, so that a failure can be shrunk and replayed) and thread-safe.
 */
public interface Invariant {

    /** A short stable name in kebab case, e.g. {@code bounds}; used in reports and counterexample file names. */
    String name();

    /** What the invariant states, in Bahasa Indonesia. */
    String descriptionId();

    /** What the invariant states, in English. */
    String descriptionEn();

    /** The description in the given language: {@code "id"} for Bahasa Indonesia, anything else for English. */
    default String description(String language) {
        return "id".equals(language) ? descriptionId() : descriptionEn();
    }

    /**
     * Checks the invariant on one assessment.
     *
     * @param rules the rule set under test
     * @param assessment a valid assessment of the rule set's instrument (its {@code ruleSet} field is ignored)
     * @return the violation, or empty when the invariant holds
     * @throws RuntimeException whatever evaluating the rule set throws (e.g. {@code EvaluationException} when a
     *     rule fails at run time); {@link PropertyRunner} reports that as a violation too
     */
    Optional<Violation> check(RuleSetUnderTest rules, Assessment assessment);
}
