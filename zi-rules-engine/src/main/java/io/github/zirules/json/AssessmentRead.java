package io.github.zirules.json;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Problem;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What reading a {@code zi-assessment/1} document gave: the assessment, or every problem that kept it from being
 * read. Reading never throws for bad input; it returns one of these.
 *
 * <p>The problems are those of the JSON itself (syntax, types, missing fields, limits); whether the answers fit a
 * rule set's instrument is checked by {@link io.github.zirules.api.AssessmentValidator} (see
 * {@link ZiJson#readAndValidate}).
 *
 * @param assessment the assessment read; null exactly when {@code problems} holds an error
 * @param problems every problem found: those of the JSON text (duplicates, limits, non-numbers) first, then those of
 *     its content; empty when the read succeeded
 */
public record AssessmentRead(@Nullable Assessment assessment, List<Problem> problems) {

    /**
     * Copies the problems.
     *
     * @throws IllegalArgumentException if the assessment is null and no problem is an error, or the assessment is
     *     given together with an error
     */
    public AssessmentRead {
        problems = List.copyOf(problems);
        boolean errors = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        if ((assessment == null) != errors) {
            throw new IllegalArgumentException("assessment must be null exactly when there are errors but was "
                    + (assessment == null ? "null without errors" : "given with errors"));
        }
    }

    /** Whether the document was read: true exactly when {@link #assessment()} is not null. */
    public boolean ok() {
        return assessment != null;
    }

    /**
     * The assessment.
     *
     * @throws InvalidInputException listing every problem, if the document was not read
     */
    public Assessment orElseThrow() {
        if (assessment == null) {
            throw new InvalidInputException("assessment JSON", problems);
        }
        return Objects.requireNonNull(assessment);
    }
}
