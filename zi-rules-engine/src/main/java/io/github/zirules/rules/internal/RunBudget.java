package io.github.zirules.rules.internal;

import java.time.Duration;

/**
 * The time budget of one rule session on this thread. The engine opens one around every session (evaluation, probe,
 * scenario test) and the rule vocabulary checks it inside its own work (the big-number arithmetic of
 * {@link io.github.zirules.rules.Exact}, every call a rule makes on the score sheet, every firing): a rule that
 * runs too long is stopped there with a {@link LimitExceededException}, whatever it does, since rules can reach
 * nothing but the vocabulary. Engine use only.
 */
public final class RunBudget implements AutoCloseable {

    private static final ThreadLocal<RunBudget> CURRENT = new ThreadLocal<>();

    private final long deadline;
    private final Duration timeout;
    private final RunBudget outer;
    private boolean expired;

    private RunBudget(Duration timeout, RunBudget outer) {
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.outer = outer;
    }

    /**
     * Opens a budget of {@code timeout} on this thread until {@link #close()}. A budget opened inside another never
     * outlasts it: the nearer deadline counts.
     */
    public static RunBudget open(Duration timeout) {
        RunBudget outer = CURRENT.get();
        RunBudget b = new RunBudget(timeout, outer);
        CURRENT.set(b);
        return b;
    }

    /**
     * Stops the work of this thread if its budget is spent.
     *
     * @throws LimitExceededException if the deadline has passed
     */
    public static void check() {
        RunBudget b = CURRENT.get();
        if (b != null) {
            b.checkThis();
        }
    }

    /** The budget open on this thread; null if none. */
    public static RunBudget current() {
        return CURRENT.get();
    }

    /**
     * Stops the work if this budget, or one it was opened in, is spent: {@link #check()} for a caller that holds the
     * budget already.
     *
     * @throws LimitExceededException if the deadline has passed
     */
    public void checkNow() {
        checkThis();
    }

    private void checkThis() {
        if (expired || System.nanoTime() - deadline > 0) {
            expired = true;
            throw LimitExceededException.timeLimit("the evaluation ran out of its time limit of " + timeout.toMillis()
                    + " ms (evaluasi melampaui batas waktu " + timeout.toMillis() + " ms)");
        }
        if (outer != null) {
            outer.checkThis();
        }
    }

    /** Whether the deadline of this budget has passed. */
    public boolean expired() {
        return expired || System.nanoTime() - deadline > 0;
    }

    /** The time this budget allows. */
    public Duration timeout() {
        return timeout;
    }

    /** Ends the budget: the thread is back under the budget it had before (or none). */
    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
