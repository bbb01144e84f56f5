package io.github.zirules.rules.internal;

/**
 * A rule went past a limit of the engine: its time budget ({@link RunBudget}), the size of an exact number or of a
 * text it built ({@link SizeLimits}). The engine turns it into an error naming the rule and its file:line.
 */
public final class LimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message in English and Bahasa Indonesia. */
    public LimitExceededException(String message) {
        super(message, null, false, false);
    }
}
