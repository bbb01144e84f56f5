package io.github.zirules.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an input (an assessment, an instrument, a JSON file) is refused. It carries every problem found, not
 * only the first; {@link #problems()} gives them as data.
 */
public class InvalidInputException extends ZiRulesException {

    private static final long serialVersionUID = 1L;

    /** The problems: an unmodifiable list of serialisable records, so they survive Java serialisation. */
    private final List<Problem> problems;

    /**
     * An exception listing {@code problems}.
     *
     * @param what what was refused, e.g. "assessment KPKNL-JKT1"
     * @param problems every problem found; at least one
     */
    public InvalidInputException(String what, List<Problem> problems) {
        this(what, problems, null);
    }

    /**
     * An exception listing {@code problems} of an input that concerns the rule set {@code ruleSetId}.
     *
     * @param what what was refused, e.g. "rule set agency-x"
     * @param problems every problem found; at least one
     * @param ruleSetId the rule set concerned (an id or a folder); null if none
     */
    protected InvalidInputException(String what, List<Problem> problems, @Nullable String ruleSetId) {
        super(what + " is invalid: " + problems.size() + " problem(s):\n" + problems.stream()
                .map(p -> "  " + p.format(Locale.ENGLISH)).collect(Collectors.joining("\n")), null, ruleSetId, List.of(), null);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
