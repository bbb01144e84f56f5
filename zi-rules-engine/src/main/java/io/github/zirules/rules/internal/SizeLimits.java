package io.github.zirules.rules.internal;

/**
 * How large what rules build may become. No score needs more: the largest exact number of a real evaluation (a sum
 * of 113 fractions with denominators up to a billion) has some 3,400 bits, and the longest text a rule writes (a
 * warning) a few hundred characters. A rule that builds more is stopped with a {@link LimitExceededException}.
 */
public final class SizeLimits {

    /** The most bits of the numerator or the denominator of an exact number. */
    public static final int MAX_EXACT_BITS = 1 << 16;
    /** The largest power of ten a decimal constant may carry (10^19,000 has some 63,000 bits). */
    public static final int MAX_DECIMAL_EXPONENT = 19_000;
    /** The most characters of decimal text read as an exact number. */
    public static final int MAX_DECIMAL_TEXT = 1_000;
    /** The most characters of a text a rule gives the score sheet (a warning message, a check label). */
    public static final int MAX_RULE_TEXT = 2_000;
    /** The most warnings the rules may give in one evaluation (the built-in rule set gives at most a few hundred). */
    public static final int MAX_WARNINGS = 2_000;

    private SizeLimits() {
    }

    /**
     * Refuses a text longer than {@link #MAX_RULE_TEXT} and checks the time budget.
     *
     * @param what what the text is, for the message ("the warning message")
     * @return {@code text}
     * @throws LimitExceededException if it is too long or the budget is spent
     */
    public static String text(String text, String what) {
        RunBudget.check();
        return length(text, what);
    }

    /**
     * Refuses a text longer than {@link #MAX_RULE_TEXT}, for a caller that has checked the time budget already.
     *
     * @param what what the text is, for the message ("the warning message")
     * @return {@code text}
     * @throws LimitExceededException if it is too long
     */
    public static String length(String text, String what) {
        if (text != null && text.length() > MAX_RULE_TEXT) {
            throw new LimitExceededException(what + " built by the rule has " + text.length() + " characters, at "
                    + "most " + MAX_RULE_TEXT + " are allowed (teks yang dibuat aturan terlalu panjang: "
                    + text.length() + " karakter, paling banyak " + MAX_RULE_TEXT + ")");
        }
        return text;
    }
}
