package io.github.zirules.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to build an {@link Evaluator}. Immutable; made by {@link #builder()}, which refuses bad values when
 * {@link Builder#build()} is called.
 *
 * @param ruleSetDirectories rule-set folders on disk, or folders of them (hidden {@code .name} sub-folders skipped),
 *     to load beside (or instead of, when they have the same id) the built-in ones
 * @param includeBuiltIn whether the built-in rule sets are in the catalogue
 * @param fireLimit the most rule firings one evaluation may take before it is stopped as a runaway
 * @param evaluationTimeout the most time the rules of one evaluation may take before they are stopped with an
 *     {@link EvaluationException} naming the rule that ran
 */
public record EvaluatorOptions(List<Path> ruleSetDirectories, boolean includeBuiltIn, int fireLimit,
                               Duration evaluationTimeout) {

    /** The default fire limit: far above what the built-in rule set needs (about 250 firings). */
    public static final int DEFAULT_FIRE_LIMIT = 100_000;

    /** The default time limit of one evaluation: the built-in rule set needs a few milliseconds. */
    public static final Duration DEFAULT_EVALUATION_TIMEOUT = Duration.ofSeconds(5);

    /** The defaults: the built-in rule sets only, the default fire limit. */
    public static final EvaluatorOptions DEFAULTS = builder().build();

    /** Copies the list and refuses nulls; use the builder for checked construction. */
    public EvaluatorOptions {
        ruleSetDirectories = List.copyOf(ruleSetDirectories);
        if (fireLimit < 1) {
            throw new IllegalArgumentException("fireLimit must be at least 1 but was " + fireLimit);
        }
        Objects.requireNonNull(evaluationTimeout, "evaluationTimeout must not be null");
        if (evaluationTimeout.isNegative() || evaluationTimeout.isZero()
                || evaluationTimeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("evaluationTimeout must be more than 0 and at most 1 hour but was "
                    + evaluationTimeout);
        }
        if (!includeBuiltIn && ruleSetDirectories.isEmpty()) {
            throw new IllegalArgumentException(
                    "with includeBuiltIn false, at least one rule-set directory must be given but none was");
        }
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link EvaluatorOptions}. */
    public static final class Builder {
        private final List<Path> dirs = new ArrayList<>();
        private boolean includeBuiltIn = true;
        private int fireLimit = DEFAULT_FIRE_LIMIT;
        private Duration evaluationTimeout = DEFAULT_EVALUATION_TIMEOUT;

        private Builder() {
        }

        /** Adds a rule-set folder on disk. */
        public Builder ruleSetDirectory(Path dir) {
            dirs.add(Objects.requireNonNull(dir, "rule-set directory must not be null"));
            return this;
        }

        /** Whether the built-in rule sets are in the catalogue (default true). */
        public Builder includeBuiltIn(boolean include) {
            this.includeBuiltIn = include;
            return this;
        }

        /** The most rule firings one evaluation may take (default {@value #DEFAULT_FIRE_LIMIT}). */
        public Builder fireLimit(int limit) {
            this.fireLimit = limit;
            return this;
        }

        /**
         * The most time the rules of one evaluation may take (default 5 s); also bounds each load-time probe and
         * scenario test.
         */
        public Builder evaluationTimeout(Duration timeout) {
            this.evaluationTimeout = timeout;
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException naming the bad value and what is allowed
         */
        public EvaluatorOptions build() {
            return new EvaluatorOptions(dirs, includeBuiltIn, fireLimit, evaluationTimeout);
        }
    }
}
