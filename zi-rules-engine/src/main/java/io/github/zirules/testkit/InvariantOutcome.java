package io.github.zirules.testkit;

import io.github.zirules.json.ZiJson;
import io.github.zirules.api.Assessment;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one invariant fared in a {@link PropertyRunner} run: passed on every try, or the smallest counterexample found.
 *
 * @param invariant the invariant's name
 * @param descriptionId what it states, in Bahasa Indonesia
 * @param descriptionEn what it states, in English
 * @param tries how many assessments were checked (all of them if passed; up to and including the first failure
 *     otherwise)
 * @param violation the violation on the shrunk counterexample; null if the invariant held
 * @param failingSeed the generator seed of the first failing assessment (replay with the generator of the same try);
 *     0 if passed
 * @param shrinkSteps how many candidate assessments shrinking tried
 */
public record InvariantOutcome(String invariant, String descriptionId, String descriptionEn, int tries,
                               @Nullable Violation violation, long failingSeed, int shrinkSteps) {

    /** Refuses nulls except in {@code violation}. */
    public InvariantOutcome {
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(descriptionId, "descriptionId");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
    }

    /** Whether the invariant held on every try. */
    public boolean passed() {
        return violation == null;
    }

    /** The violation, if the invariant failed. */
    public Optional<Violation> optionalViolation() {
        return Optional.ofNullable(violation);
    }

    /** The smallest counterexample found, if the invariant failed. */
    public Optional<Assessment> counterexample() {
        return optionalViolation().map(Violation::assessment);
    }

    /** The counterexample as a zi-assessment/1 document, to replay with {@code zi-rules evaluate}. */
    public Optional<String> counterexampleJson() {
        return counterexample().map(ZiJson.create()::writeAssessment);
    }

    /**
     * The violation's second assessment as a zi-assessment/1 document (the raised one for {@code monotonicity}, the
     * reordered one for {@code order-independence}), if it has one.
     */
    public Optional<String> counterpartJson() {
        return optionalViolation().flatMap(Violation::optionalCounterpart).map(ZiJson.create()::writeAssessment);
    }

    /** The description in the given language. */
    public String description(String language) {
        return "id".equals(language) ? descriptionId : descriptionEn;
    }
}
