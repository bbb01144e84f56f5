package io.github.zirules.compare;

import io.github.zirules.api.Answer;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Result;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One answer set of an assessment with its evaluation: the unit's own ({@link #UNIT}), or a reviewer's (TPI, the
 * agency's internal assessors; TPN, the national team).
 *
 * <p>A review holds only the answers the reviewer gave; every item it does not mention keeps the unit's answer
 * (docs/compare.md). {@link #answers()} are the answers as scored, after that overlay; {@link #reviewed()} are the
 * reviewer's own.
 *
 * @param role {@link #UNIT}, or the reviewer's role as the assessment names it, e.g. {@code TPI}
 * @param reviewed the answers this set itself gives (for the unit: all of its answers)
 * @param answers the answers as scored: the unit's, overlaid with {@code reviewed}
 * @param result the evaluation of {@code answers}
 */
public record AnswerSet(String role, Map<ItemId, Answer> reviewed, Map<ItemId, Answer> answers, Result result) {

    /** The role name of the unit's own answer set; reserved, a review may not use it. */
    public static final String UNIT = "UNIT";

    /** Refuses nulls; copies the maps, keeping their order. */
    public AnswerSet {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(result, "result");
        reviewed = Collections.unmodifiableMap(new LinkedHashMap<>(reviewed));
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** Whether this is the unit's own set. */
    public boolean isUnit() {
        return UNIT.equals(role);
    }
}
