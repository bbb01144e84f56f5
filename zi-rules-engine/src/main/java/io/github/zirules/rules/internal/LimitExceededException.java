package io.github.zirules.rules.internal;

/**
 * A rule went past a limit of the engine: its time budget ({@link RunBudget}), the size of an exact number or of a
 * text it built ({@link SizeLimits}). The engine turns it into an error naming the rule and its file:line.
 */
public final class LimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether the limit reached is the time budget, as opposed to a size. */
    private final boolean timeLimit;

    /** A size limit reached, with a message in English and Bahasa Indonesia. */
    public LimitExceededException(String message) {
        this(message, false);
    }

    private LimitExceededException(String message, boolean timeLimit) {
        super(message, null, false, false);
        this.timeLimit = timeLimit;
    }

    /** The time budget ({@link RunBudget}) spent, with a message in English and Bahasa Indonesia. */
    public static LimitExceededException timeLimit(String message) {
        return new LimitExceededException(message, true);
    }

    /** Whether the limit reached is the time budget (a slow or busy machine may need only more time). */
    public boolean isTimeLimit() {
        return timeLimit;
    }
}
