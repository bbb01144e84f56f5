package io.github.zirules.rules;

import org.jspecify.annotations.Nullable;

/**
 * A value decided by a rule, such as an indicator's weight, an item's value or a threshold check. When several rules
 * decide the same thing, the one of the deeper layer wins (a rule set that extends another overrides it), then the
 * one of higher salience (a specific rule overrides a general default in the same rule set). Two rules of equal rank
 * that decide different values are a conflict: the rule set is ambiguous and the evaluation is refused.
 *
 * @param <T> the kind of value
 */
final class Setting<T> {

    private @Nullable T value;
    private @Nullable RuleRef by;
    /** The first rule that read the value while rules were firing; null if none did. */
    private @Nullable RuleRef readBy;

    /**
     * Offers a decision; see the class comment. What is decided is named {@code what + subject} (e.g.
     * {@code "value of item "} and {@code "PEM.MP.1.a"}), put together only when a message needs it: this runs on
     * every decision of every evaluation.
     */
    void offer(T v, RuleRef rule, Scorecard card, String what, @Nullable String subject) {
        if (v == null) {
            throw new NullPointerException(name(what, subject) + ": a rule decided null");
        }
        if (by == null || rule.outranks(by)) {
            if (by != null && by.layer() != rule.layer()) {
                card.overridden(name(what, subject), by, rule);
            }
            if (readBy != null && !readBy.equals(rule) && !v.equals(value)) {
                card.readTooEarly(name(what, subject), readBy, rule);
            }
            value = v;
            by = rule;
        } else if (rule.ranksEqually(by) && !v.equals(value)) {
            card.conflict(name(what, subject), by, value, rule, v);
        } else if (rule.layer() != by.layer()) {
            card.overridden(name(what, subject), rule, by);
        }
    }

    private static String name(String what, @Nullable String subject) {
        return subject == null ? what : what + subject;
    }

    @Nullable T value() {
        return value;
    }

    /**
     * The value, as a rule reads it: the first rule that reads a value while rules fire is remembered, so that a
     * later change of it shows an outcome that depends on the order in which rules fire.
     */
    @Nullable T read(Scorecard card) {
        if (value != null && readBy == null) {
            readBy = card.firingOrNull();
        }
        return value;
    }

    @Nullable RuleRef by() {
        return by;
    }

    boolean isSet() {
        return by != null;
    }
}
