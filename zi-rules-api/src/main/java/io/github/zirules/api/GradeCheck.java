package io.github.zirules.api;

import java.util.Objects;

/**
 * A prerequisite of a predicate that compares grades ({@code HOLDS_WBK}, {@code AGENCY.*}): the grade held against
 * the least grade accepted.
 *
 * @param id the check id, e.g. {@code AGENCY.BPK}
 * @param required the least grade accepted, e.g. {@code WTP}
 * @param actual the grade held, e.g. {@code WDP}; {@code -} when none is known
 * @param passed whether the check passed
 * @param rule the name of the rule that made the check
 */
public record GradeCheck(String id, String required, String actual, boolean passed, String rule) implements Check {

    /** Refuses nulls. */
    public GradeCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String requiredText() {
        return required;
    }

    @Override
    public String actualText() {
        return actual;
    }
}
