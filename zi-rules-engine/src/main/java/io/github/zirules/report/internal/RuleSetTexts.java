package io.github.zirules.report.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a report makes of a rule set's own texts (an item's question on one line, made safe for a terminal), kept
 * once made: every report of a folder shows the same 113 questions, and making each again cost a report more than
 * drawing it. Only texts of a rule set go in, never an assessment's, so what is kept is bounded by the rule sets
 * loaded; and it stops keeping at {@link #MAX} texts, whatever comes. Thread-safe.
 *
 * @param <T> what is made of a text (a string, or its UTF-8 bytes)
 */
final class RuleSetTexts<T> {

    /** The most texts kept per kind (a rule set has a few hundred). */
    static final int MAX = 20_000;

    private final Map<String, T> made = new ConcurrentHashMap<>();
    private final Function<String, T> make;

    RuleSetTexts(Function<String, T> make) {
        this.make = make;
    }

    /** {@code make} applied to {@code text}: the same as the last time, or made now. */
    T of(String text) {
        T m = made.get(text);
        if (m == null) {
            m = make.apply(text);
            if (made.size() < MAX) {
                made.put(text, m);
            }
        }
        return m;
    }
}
