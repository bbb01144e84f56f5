package io.github.zirules.testkit;

/**
 * Test helper: the built-in 90/2021 rule set, compiled once per test JVM and shared by every test class, and the
 * number of tries property tests take ({@code -Dzirules.pbt.tries=N}, default {@value #DEFAULT_TRIES}).
 */
public final class TestRules {

    /**
     * The tries per property when {@code zirules.pbt.tries} is not set. 60 is enough: every try is a fresh 113-item
     * assessment, so 60 of them give each answer kind and label thousands of times, and the knobs that hug the
     * thresholds put scores on both sides of every check; a defect that shows on one assessment in ten is missed
     * with a chance of 0.9^60, under 0.2 %. A longer hunt: {@code -Dzirules.pbt.tries=N}.
     */
    public static final int DEFAULT_TRIES = 60;

    private static RuleSetUnderTest builtIn;

    private TestRules() {
    }

    /** The built-in {@code permenpan-rb-90-2021}, compiled on first use. */
    public static synchronized RuleSetUnderTest builtIn() {
        if (builtIn == null) {
            builtIn = RuleSetUnderTest.builtIn("permenpan-rb-90-2021");
        }
        return builtIn;
    }

    /** {@code zirules.pbt.tries} times {@code factor} (at least 1), or {@link #DEFAULT_TRIES} times it. */
    public static int tries(double factor) {
        int base = Integer.getInteger("zirules.pbt.tries", DEFAULT_TRIES);
        return Math.max(1, (int) Math.round(base * factor));
    }
}
