package io.github.zirules.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when an input (an assessment, an instrument, a JSON file) is refused. It carries every problem found, not
 * only the first; {@link #problems()} gives them as data.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems. */
    private final transient List<Problem> problems;

    /**
     * An exception listing {@code problems}.
     *
     * @param what what was refused, e.g. "assessment KPKNL-JKT1"
     * @param problems every problem found; at least one
     */
    public InvalidInputException(String what, List<Problem> problems) {
        super(what + " is invalid: " + problems.size() + " problem(s):\n" + problems.stream()
                .map(p -> "  " + p.format(Locale.ENGLISH)).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
