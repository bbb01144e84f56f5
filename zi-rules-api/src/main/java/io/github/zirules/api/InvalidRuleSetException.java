package io.github.zirules.api;

import java.util.List;

/**
 * Thrown when a rule set is refused: a DRL file does not compile, the descriptor or instrument is wrong, or the
 * load-time checks find an inconsistency (weights that do not add up, a missing threshold, a forbidden call). Every
 * problem carries its {@code file:line}. A refused rule set is never half-loaded.
 */
public class InvalidRuleSetException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception listing {@code problems}.
     *
     * @param ruleSet the rule set's id or folder
     * @param problems every problem found; at least one
     */
    public InvalidRuleSetException(String ruleSet, List<Problem> problems) {
        super("rule set " + ruleSet, problems, ruleSet);
    }
}
