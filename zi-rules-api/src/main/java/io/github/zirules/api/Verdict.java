package io.github.zirules.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a unit may be proposed for its target predicate, with every check of that predicate.
 *
 * @param target the predicate asked for
 * @param eligible true exactly when every check passed
 * @param checks every check of the target, passed or not, in a stable order
 */
public record Verdict(Predikat target, boolean eligible, List<Check> checks) {

    /** Copies the checks; refuses an {@code eligible} that disagrees with them. */
    public Verdict {
        Objects.requireNonNull(target, "target");
        checks = List.copyOf(checks);
        boolean all = true;
        for (int i = 0; i < checks.size(); i++) {
            all &= checks.get(i).passed();
        }
        if (eligible != all) {
            throw new IllegalArgumentException("eligible must equal 'every check passed' (" + all + ") but was "
                    + eligible);
        }
    }

    /** The checks that failed, in order. */
    public List<Check> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** The check with this id, if the target has it. */
    public Optional<Check> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The score check with this id, if the target has one (a grade check of that id is not one). */
    public Optional<ScoreCheck> scoreCheck(String id) {
        return check(id).flatMap(c -> c instanceof ScoreCheck s ? Optional.of(s) : Optional.empty());
    }

    /** The grade check with this id, if the target has one (a score check of that id is not one). */
    public Optional<GradeCheck> gradeCheck(String id) {
        return check(id).flatMap(c -> c instanceof GradeCheck g ? Optional.of(g) : Optional.empty());
    }
}
