package io.github.zirules.excel;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Result;
import java.util.Objects;

/**
 * One unit's assessment with its result, for the scored workbook and the batch summary.
 *
 * @param assessment what the unit answered
 * @param result what the rules made of it
 */
public record ScoredUnit(Assessment assessment, Result result) {

    /** Refuses nulls. */
    public ScoredUnit {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(result, "result");
    }
}
