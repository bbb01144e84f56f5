package io.github.zirules.api;

/**
 * Thrown when the rules fail while scoring a valid assessment: the fire limit was reached (a rule that loops), or a
 * rule's consequence threw. It names the rule set, and the rule where known. The evaluator stays usable.
 */
public class EvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message and a cause. */
    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with a message. */
    public EvaluationException(String message) {
        super(message);
    }
}
