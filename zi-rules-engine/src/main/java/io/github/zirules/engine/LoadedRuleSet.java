package io.github.zirules.engine;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.spi.Engine;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.DroolsEvaluator;
import io.github.zirules.engine.internal.FileOrderCheck;
import io.github.zirules.engine.internal.RuleSetCatalog;
import io.github.zirules.rules.RuleRef;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One compiled rule set as the policy tools and the property kit see it: its identity, instrument, rules and files,
 * scoring with rule coverage, and an {@link Engine} of its own. Immutable; made by {@link Catalog}. Not a user API
 * (see {@link Catalog}).
 */
public final class LoadedRuleSet {

    private final CompiledRuleSet compiled;
    /** What the file-order check found while the rule set loaded; null if it did not run then. */
    private final @Nullable List<Problem> fileOrderProblems;

    LoadedRuleSet(CompiledRuleSet compiled) {
        this(compiled, null);
    }

    LoadedRuleSet(CompiledRuleSet compiled, @Nullable List<Problem> fileOrderProblems) {
        this.compiled = Objects.requireNonNull(compiled, "compiled");
        this.fileOrderProblems = fileOrderProblems;
    }

    /** The rule set's identity: id, version, hash, legal basis. */
    public RuleSetInfo info() {
        return compiled.info();
    }

    /** The rule set's instrument. */
    public Instrument instrument() {
        return compiled.instrument();
    }

    /** The first year of the descriptor's {@code years}; meaningful only when it declares years. */
    public int firstYear() {
        return compiled.descriptor().firstYear();
    }

    /** What the load-time checks found that does not refuse the rule set, e.g. the parent rules it overrides. */
    public List<Problem> warnings() {
        return compiled.warnings();
    }

    /** Every rule of the rule set and its parents, by file in load order, then by line. */
    public List<RuleRef> rules() {
        List<String> files = files();
        return compiled.rules().values().stream().sorted(Comparator.comparingInt((RuleRef r) -> files.indexOf(
                r.file())).thenComparingInt(RuleRef::line).thenComparing(RuleRef::name)).toList();
    }

    /** The DRL files of the rule set and its parents, in load order. */
    public List<String> files() {
        return List.copyOf(compiled.sources().keySet());
    }

    /**
     * Scores {@code assessment} with this rule set, whatever rule set the assessment names, under the default limits.
     *
     * @param observer told of every rule that fires (for coverage); may be null
     */
    public Result evaluate(Assessment assessment, Consumer<RuleRef> observer) {
        return DroolsEvaluator.evaluateWith(compiled, assessment, EvaluatorOptions.DEFAULT_FIRE_LIMIT, observer);
    }

    /**
     * The problems only another file order shows ({@code LINT_ORDER_DEPENDENT}): the rule set probed with its rule
     * files as written and loaded last file first. Found while it loaded if it was loaded {@link
     * Catalog#forValidation for validation}; else now, on a copy of its compiled rules (no compilation).
     */
    public List<Problem> fileOrderProblems() {
        return fileOrderProblems != null ? fileOrderProblems : FileOrderCheck.check(compiled);
    }

    /**
     * A search for answers that put the score checks of this rule set on their minimums, in the context (target,
     * predicate held, agency facts, year) of {@code context}.
     */
    public BoundarySearch boundarySearch(Assessment context) {
        return new BoundarySearch(compiled, context);
    }

    /** An engine whose catalogue is this rule set alone, under the default limits. */
    public Engine engine() {
        return new DroolsEvaluator(RuleSetCatalog.of(compiled), EvaluatorOptions.DEFAULT_FIRE_LIMIT,
                EvaluatorOptions.DEFAULT_EVALUATION_TIMEOUT);
    }
}
