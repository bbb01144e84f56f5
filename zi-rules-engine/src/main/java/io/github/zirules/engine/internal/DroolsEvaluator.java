package io.github.zirules.engine.internal;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.api.spi.Engine;
import io.github.zirules.api.spi.EvaluationOrder;
import io.github.zirules.api.spi.OrderedRun;
import io.github.zirules.api.spi.ScoreTrace;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.internal.ScoreSheet;
import io.github.zirules.rules.internal.LimitExceededException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The Drools implementation of {@link Evaluator}, and the {@link Engine} the library's tools work over. Thread-safe:
 * the catalog and its KieBases are immutable and shared; every evaluation has a session of its own.
 */
public final class DroolsEvaluator implements Engine {

    private final RuleSetCatalog catalog;
    private final int fireLimit;
    private final Duration timeout;
    /** Copies of rule sets with their files loaded last file first (not compiled again), by id, made when needed. */
    private final Map<String, CompiledRuleSet> filesReversed = new ConcurrentHashMap<>();

    /** An evaluator over a loaded catalog, with the default time limit of one evaluation. */
    public DroolsEvaluator(RuleSetCatalog catalog, int fireLimit) {
        this(catalog, fireLimit, EvaluatorOptions.DEFAULT_EVALUATION_TIMEOUT);
    }

    /** An evaluator over a loaded catalog whose evaluations are stopped after {@code timeout}. */
    public DroolsEvaluator(RuleSetCatalog catalog, int fireLimit, Duration timeout) {
        this.catalog = catalog;
        this.fireLimit = fireLimit;
        this.timeout = timeout;
    }

    /** An evaluator with the given options (compiles every rule set now). */
    public static DroolsEvaluator create(EvaluatorOptions options) {
        return new DroolsEvaluator(RuleSetCatalog.load(options.ruleSetDirectories(), options.includeBuiltIn()),
                options.fireLimit(), options.evaluationTimeout());
    }

    /** The compiled rule set that scores {@code a}. */
    public CompiledRuleSet compiledFor(Assessment a) {
        return a.ruleSet() != null ? catalog.get(a.ruleSet()) : catalog.forYear(a.year());
    }

    @Override
    public Result evaluate(Assessment assessment) {
        return evaluate(assessment, (Consumer<RuleRef>) null);
    }

    /** Evaluates, telling {@code observer} of every rule that fires (for rule coverage). */
    public Result evaluate(Assessment assessment, Consumer<RuleRef> observer) {
        CompiledRuleSet rs = compiledFor(assessment);
        return evaluateWith(rs, assessment, fireLimit, timeout, observer);
    }

    @Override
    public ScoreTrace trace(Assessment assessment) {
        CompiledRuleSet rs = compiledFor(assessment);
        refuseInvalid(rs, assessment);
        return Traces.of(rs, SessionRunner.run(rs, assessment, fireLimit, timeout, null));
    }

    @Override
    public OrderedRun evaluate(Assessment assessment, EvaluationOrder order) {
        CompiledRuleSet rs = compiledFor(assessment);
        if (order.filesReversed()) {
            rs = filesReversed.computeIfAbsent(rs.info().id(), id -> ReorderedRuleSet.withFilesReversed(
                    compiledFor(assessment)));
        }
        return OrderedEvaluation.run(rs, assessment, fireLimit, timeout, order);
    }

    @Override
    public Optional<String> ruleLocation(String ruleSetId, String ruleName) {
        return catalog.get(ruleSetId).rules().values().stream().filter(r -> r.name().equals(ruleName))
                .map(RuleRef::location).findFirst();
    }

    private static void refuseInvalid(CompiledRuleSet rs, Assessment assessment) {
        List<Problem> problems = rs.validator().validate(assessment);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("assessment of unit '" + assessment.unit().id() + "'", problems);
        }
    }

    /** Evaluates with a given compiled rule set, under the default time limit. */
    public static Result evaluateWith(CompiledRuleSet rs, Assessment assessment, int fireLimit,
                                      Consumer<RuleRef> observer) {
        return evaluateWith(rs, assessment, fireLimit, EvaluatorOptions.DEFAULT_EVALUATION_TIMEOUT, observer);
    }

    /** Evaluates with a given compiled rule set, stopping the rules after {@code timeout}. */
    public static Result evaluateWith(CompiledRuleSet rs, Assessment assessment, int fireLimit, Duration timeout,
                                      Consumer<RuleRef> observer) {
        refuseInvalid(rs, assessment);
        ScoreSheet card = SessionRunner.run(rs, assessment, fireLimit, timeout, observer);
        RunTimeChecks.verify(rs, card);
        try {
            return ResultAssembler.assemble(rs, card, assessment);
        } catch (LimitExceededException e) {
            throw new EvaluationException("rule set " + rs.info().id() + ": the result the rules decided cannot be "
                    + "reported (hasil tidak dapat dilaporkan): " + e.getMessage(), e, rs.info().id(), null);
        }
    }

    /**
     * {@inheritDoc} An assessment that names an unknown rule set, or whose year no rule set covers, is a problem
     * here ({@code RULESET_UNKNOWN} at {@code $.ruleset}, {@code RULESET_NONE_FOR_YEAR} at {@code $.year}), not an
     * exception; {@link #evaluate} still throws {@link UnknownRuleSetException} for it.
     */
    @Override
    public List<Problem> validate(Assessment assessment) {
        CompiledRuleSet rs;
        try {
            rs = compiledFor(assessment);
        } catch (UnknownRuleSetException e) {
            String known = String.join(", ", catalog.all().stream().map(r -> r.info().id()).toList());
            if (assessment.ruleSet() != null) {
                return List.of(Problem.error("RULESET_UNKNOWN", "$.ruleset", Message.of("RULESET_UNKNOWN",
                        assessment.ruleSet()), Message.of("RULESET_UNKNOWN.expected", known)));
            }
            return List.of(Problem.error("RULESET_NONE_FOR_YEAR", "$.year", Message.of("RULESET_NONE_FOR_YEAR",
                    assessment.year()), Message.of("RULESET_NONE_FOR_YEAR.expected", known)));
        }
        return rs.validator().validate(assessment);
    }

    @Override
    public RuleSetInfo ruleSetFor(Assessment assessment) {
        return compiledFor(assessment).info();
    }

    @Override
    public Instrument instrument(String ruleSetId) {
        return catalog.get(ruleSetId).instrument();
    }

    @Override
    public List<RuleSetInfo> ruleSets() {
        return catalog.all().stream().map(CompiledRuleSet::info).toList();
    }

    /** The catalog. */
    public RuleSetCatalog catalog() {
        return catalog;
    }

    /** The most rule firings one evaluation may take. */
    public int fireLimit() {
        return fireLimit;
    }

    /** The most time the rules of one evaluation may take. */
    public Duration timeout() {
        return timeout;
    }
}
