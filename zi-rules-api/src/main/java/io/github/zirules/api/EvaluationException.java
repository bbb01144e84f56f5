package io.github.zirules.api;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the rules fail while scoring a valid assessment: the fire limit was reached (a rule that loops), or a
 * rule's consequence threw. It names the rule set, and the rule where known. The evaluator stays usable.
 */
public class EvaluationException extends ZiRulesException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message and a cause. */
    public EvaluationException(String message, @Nullable Throwable cause) {
        this(message, cause, null, null);
    }

    /** An exception with a message. */
    public EvaluationException(String message) {
        this(message, null, null, null);
    }

    /**
     * An exception of the rule set {@code ruleSetId}, where the rule {@code ruleName} failed.
     *
     * @param message what went wrong, naming the rule set and the rule
     * @param cause the cause; may be null
     * @param ruleSetId the rule set whose rules failed; null if not known
     * @param ruleName the rule that failed; null if not known (e.g. a failure before any rule fired)
     */
    public EvaluationException(String message, @Nullable Throwable cause, @Nullable String ruleSetId,
                               @Nullable String ruleName) {
        super(message, cause, ruleSetId, java.util.List.of(), ruleName);
    }
}
