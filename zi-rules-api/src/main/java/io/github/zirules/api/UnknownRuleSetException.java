package io.github.zirules.api;

/** Thrown when an assessment or a call names a rule set that the evaluator's catalogue does not have. */
public class UnknownRuleSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception naming the unknown id and the known ones. */
    public UnknownRuleSetException(String id, java.util.Collection<String> known) {
        super("unknown rule set '" + id + "' (aturan tidak dikenal); known: " + String.join(", ", known));
    }
}
