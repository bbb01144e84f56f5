package io.github.zirules.excel;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How to read a workbook. What the options give wins over what the workbook says; what neither gives is taken from
 * the defaults below. Immutable; start from {@link #defaults()} and change with the {@code with…} methods.
 *
 * @param target the predicate aimed at; required unless the workbook names one (the Lampiran III sheet does not)
 * @param currentPredicate the predicate the unit already holds; null: the workbook's, else {@code NONE}
 * @param unit the unit; null: the workbook's header, else a unit whose id is the file name without extension
 * @param year the assessment year; 0: the workbook's, else the current year
 * @param ruleSet the rule-set id to record in the assessment; null: the workbook's, else none
 * @param evaluator scores an assessment so that the workbook's own cached scores can be cross-checked (a warning
 *     names every cell that differs from the rules by more than 0.005); null: no cross-check. The excel module does
 *     not depend on the engine: pass {@code evaluator::evaluate}.
 * @param maxBytes the largest workbook file accepted, in bytes; each uncompressed part may be four times as large
 *     (at least 1 MB), and compresses at most 100:1 (POI's {@code ZipSecureFile}): larger is a zip bomb
 * @param maxRows the most rows a sheet may have; counted while streaming, before the workbook is parsed
 */
public record LkeReadOptions(
        @Nullable Predikat target,
        @Nullable Predikat currentPredicate,
        @Nullable Unit unit,
        int year,
        @Nullable String ruleSet,
        @Nullable Function<Assessment, Result> evaluator,
        long maxBytes,
        int maxRows) {

    /** The default largest file: 10 MB (an LKE with its text is about 0.2 MB). */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The default most rows a sheet may have (the LKE has about 210). */
    public static final int DEFAULT_MAX_ROWS = 5_000;

    /** Refuses limits that are not positive: "maxBytes must be positive but was 0". */
    public LkeReadOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive but was " + maxBytes);
        }
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows must be positive but was " + maxRows);
        }
        if (year < 0) {
            throw new IllegalArgumentException("year must be 0 (not given) or a year but was " + year);
        }
    }

    /** Nothing given, no cross-check, the default limits. */
    public static LkeReadOptions defaults() {
        return new LkeReadOptions(null, null, null, 0, null, null, DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
    }

    /** With this target. */
    public LkeReadOptions withTarget(@Nullable Predikat target) {
        return new LkeReadOptions(target, currentPredicate, unit, year, ruleSet, evaluator, maxBytes, maxRows);
    }

    /** With this current predicate. */
    public LkeReadOptions withCurrentPredicate(@Nullable Predikat current) {
        return new LkeReadOptions(target, current, unit, year, ruleSet, evaluator, maxBytes, maxRows);
    }

    /** With this unit. */
    public LkeReadOptions withUnit(@Nullable Unit unit) {
        return new LkeReadOptions(target, currentPredicate, unit, year, ruleSet, evaluator, maxBytes, maxRows);
    }

    /** With this year. */
    public LkeReadOptions withYear(int year) {
        return new LkeReadOptions(target, currentPredicate, unit, year, ruleSet, evaluator, maxBytes, maxRows);
    }

    /** With this rule-set id. */
    public LkeReadOptions withRuleSet(@Nullable String ruleSet) {
        return new LkeReadOptions(target, currentPredicate, unit, year, ruleSet, evaluator, maxBytes, maxRows);
    }

    /** With this evaluator for the cached-score cross-check. */
    public LkeReadOptions withEvaluator(@Nullable Function<Assessment, Result> evaluator) {
        return new LkeReadOptions(target, currentPredicate, unit, year, ruleSet, evaluator, maxBytes, maxRows);
    }

    /** With these limits. */
    public LkeReadOptions withLimits(long maxBytes, int maxRows) {
        return new LkeReadOptions(target, currentPredicate, unit, year, ruleSet, evaluator, maxBytes, maxRows);
    }
}
