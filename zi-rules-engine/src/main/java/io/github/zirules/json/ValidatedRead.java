package io.github.zirules.json;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What reading and validating a {@code zi-assessment/1} document gave (see {@link ZiJson#readAndValidate}): the
 * problems of the JSON first, then those of {@link io.github.zirules.api.AssessmentValidator}.
 *
 * @param assessment the assessment as read from the JSON, whether or not it is valid for the instrument; null when
 *     the JSON itself had errors (then the validator did not run)
 * @param problems the JSON problems, then the validation problems; empty when the assessment is valid
 */
public record ValidatedRead(@Nullable Assessment assessment, List<Problem> problems) {

    /** Copies the problems. */
    public ValidatedRead {
        problems = List.copyOf(problems);
    }

    /** Whether the assessment was read and is valid: it is present and no problem is an error. */
    public boolean ok() {
        return assessment != null && problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /**
     * The valid assessment.
     *
     * @throws InvalidInputException listing every problem, if it was not read or is not valid
     */
    public Assessment orElseThrow() {
        if (!ok()) {
            throw new InvalidInputException(assessment == null ? "assessment JSON"
                    : "assessment " + assessment.unit().id(), problems);
        }
        return assessment;
    }
}
