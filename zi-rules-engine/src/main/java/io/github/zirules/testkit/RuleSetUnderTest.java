package io.github.zirules.testkit;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.ZiRules;
import io.github.zirules.api.spi.Engine;
import io.github.zirules.api.spi.EvaluationOrder;
import io.github.zirules.api.spi.OrderedRun;
import io.github.zirules.api.spi.Fraction;
import io.github.zirules.api.spi.ScoreTrace;
import io.github.zirules.engine.Catalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One compiled rule set, as the {@link Invariant}s see it: it scores assessments, and it tells the most each score
 * may reach, read from the rule set's own weight rules (never typed into Java).
 *
 * <pre>{@code
 * RuleSetUnderTest rules = RuleSetUnderTest.fromDirectory(Path.of("my-rules"));   // an edited copy on disk
 * Assessment a = rules.generator().boundaryHugging(true).build().fromSeed(42);
 * Invariants.all().forEach(inv -> inv.check(rules, a).ifPresent(System.out::println));
 * }</pre>
 *
 * <p>Compiling a rule set checks it as {@code zi-rules validate} does: a rule set the load-time checks refuse never
 * becomes a {@code RuleSetUnderTest}. It works over any evaluator that offers the engine's score trace
 * ({@link #of(Evaluator, String)}), such as a {@code ReloadingEvaluator}: the rules serving when it is made are the
 * rules under test. Immutable apart from caches; thread-safe.
 */
public final class RuleSetUnderTest {

    private final Engine engine;
    private final RuleSetInfo info;
    private final Instrument instrument;
    private final Map<Context, Baseline> baselines = new ConcurrentHashMap<>();
    private final Map<String, BoundaryHints> hints = new ConcurrentHashMap<>();

    private RuleSetUnderTest(Engine engine, String ruleSetId) {
        this.engine = engine;
        this.instrument = engine.instrument(ruleSetId);
        this.info = engine.ruleSets().stream().filter(r -> r.id().equals(ruleSetId)).findFirst().orElseThrow();
    }

    /**
     * The rule set with this id in {@code evaluator}, whose {@link Evaluator#engine() engine} is asked now: for a
     * reloading evaluator, the rules serving at this moment.
     *
     * @throws IllegalArgumentException if the evaluator offers no engine
     * @throws io.github.zirules.api.UnknownRuleSetException if it has no rule set with this id
     */
    public static RuleSetUnderTest of(Evaluator evaluator, String ruleSetId) {
        Objects.requireNonNull(evaluator, "evaluator must not be null");
        Objects.requireNonNull(ruleSetId, "ruleSetId must not be null");
        Engine engine = evaluator.engine().orElseThrow(() -> new IllegalArgumentException("the property kit needs "
                + "an evaluator that offers the engine's score trace (Evaluator.engine(), as ZiRules.evaluator() and "
                + "ReloadingEvaluator do) but " + evaluator.getClass().getName() + " offers none"));
        return new RuleSetUnderTest(engine, ruleSetId);
    }

    /**
     * The rule set in folder {@code dir} (the folder holding {@code ruleset.properties}); a rule set it
     * {@code extends} is looked up among the built-in ones.
     *
     * @throws io.github.zirules.api.InvalidRuleSetException with every problem, if the rule set does not load
     */
    public static RuleSetUnderTest fromDirectory(Path dir) {
        Objects.requireNonNull(dir, "dir must not be null");
        Engine engine = Catalog.compileFolder(dir, List.of()).engine();
        return new RuleSetUnderTest(engine, engine.ruleSets().get(0).id());
    }

    /**
     * The built-in rule set with this id, e.g. {@code permenpan-rb-90-2021}.
     *
     * @throws io.github.zirules.api.UnknownRuleSetException if there is none
     */
    public static RuleSetUnderTest builtIn(String ruleSetId) {
        return from(EvaluatorOptions.DEFAULTS, ruleSetId);
    }

    /**
     * The rule set with this id in the catalogue that {@code options} describe, e.g.
     * {@code EvaluatorOptions.builder().ruleSetDirectory(dir).build()}.
     *
     * @throws io.github.zirules.api.InvalidRuleSetException if a rule set of the catalogue does not load
     * @throws io.github.zirules.api.UnknownRuleSetException if the catalogue has no rule set with this id
     */
    public static RuleSetUnderTest from(EvaluatorOptions options, String ruleSetId) {
        Objects.requireNonNull(ruleSetId, "ruleSetId must not be null");
        return of(ZiRules.evaluator(Objects.requireNonNull(options, "options must not be null")), ruleSetId);
    }

    /** The rule set's id, version, content hash and the rest. */
    public RuleSetInfo info() {
        return info;
    }

    /** The rule set's id. */
    public String id() {
        return info.id();
    }

    /** The rule set's instrument: its items and indicators. */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * A generator builder for this rule set's instrument that writes this rule set's id into every assessment and,
     * when boundary hugging is on, aims at this rule set's own thresholds (read by probes; see
     * {@link AssessmentGenerator}).
     */
    public AssessmentGenerator.Builder generator() {
        return new AssessmentGenerator.Builder(instrument, this).ruleSet(id());
    }

    /** The boundary hints of this rule set for {@code target} and {@code year}: probed once, then cached. */
    BoundaryHints boundaryHints(Predikat target, int year) {
        return hints.computeIfAbsent(target + "/" + year, k -> BoundaryHints.probe(this, target, year));
    }

    /**
     * Scores {@code assessment} with this rule set, whatever rule set the assessment names.
     *
     * @throws io.github.zirules.api.InvalidInputException if the assessment does not fit the instrument
     * @throws io.github.zirules.api.EvaluationException if the rules fail at run time
     */
    public Result evaluate(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        return engine.evaluate(id().equals(assessment.ruleSet()) ? assessment
                : assessment.toBuilder().ruleSet(id()).build());
    }

    /**
     * Scores {@code assessment} with its facts inserted, and the rule files loaded, in {@code order} (the rule set is
     * compiled again, once, the first time the files are to be reversed): for the order-independence invariant.
     */
    OrderedRun evaluate(Assessment assessment, EvaluationOrder order) {
        Objects.requireNonNull(assessment, "assessment");
        return engine.evaluate(id().equals(assessment.ruleSet()) ? assessment
                : assessment.toBuilder().ruleSet(id()).build(), order);
    }

    /** Where the rule named {@code ruleName} is written ({@code file:line}); the name alone if no rule has it. */
    String locationOf(String ruleName) {
        return engine.ruleLocation(id(), ruleName).orElse(ruleName);
    }

    /**
     * The result of {@code context} with every item answered at its best and no evidence or reviews
     * ({@link AnswerMoves#allBest}), keeping its target, predicate held, agency facts and year. Cached per context.
     */
    public Result baseline(Assessment context) {
        return baselineOf(context).result;
    }

    /**
     * The most each score may reach for assessments like {@code context} (same target, predicate held, agency facts
     * and year), as the rule set's weight rules declare it: the weight of every indicator
     * ({@code indicators.PEM.MP.1}), area part ({@code areaParts.PEM.MP}), area ({@code areas.MP}, the sum of its
     * parts' weights) and score component of the rule set's structure ({@code total}, {@code pengungkit},
     * {@code pemenuhan}, {@code reform}, {@code hasil}, {@code BBA}, {@code PPP}; a component made of one indicator,
     * {@code IPAK}, {@code KINERJA}, {@code IPKP}, has that indicator's weight). A score whose weight no rule declares has no entry. Keys as in the report's {@code scores};
     * values exact, with as many decimals as needed.
     */
    public Map<String, BigDecimal> maxima(Assessment context) {
        return baselineOf(context).maxima;
    }

    private Baseline baselineOf(Assessment context) {
        Objects.requireNonNull(context, "context");
        Context key = new Context(context.target(), context.currentPredicate(), context.agency(), context.year());
        return baselines.computeIfAbsent(key, k -> {
            Assessment best = AnswerMoves.allBest(instrument, context).toBuilder().ruleSet(id()).build();
            ScoreTrace trace = engine.trace(best);
            return new Baseline(evaluate(best), Collections.unmodifiableMap(maxima(trace,
                    instrument.model().orElseThrow())));
        });
    }

    private static Map<String, BigDecimal> maxima(ScoreTrace trace, RuleSetModel model) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (RuleSetModel.Component c : model.components()) {
            Fraction indicator = c.basis() == RuleSetModel.Basis.INDICATOR
                    ? trace.indicatorWeights().get(c.basisId()) : null;
            put(m, ScoreTable.componentKey(c.id()), indicator != null ? indicator : trace.levelWeights().get(c.id()));
        }
        trace.areaWeights().forEach((code, w) -> put(m, "areas." + code, w));
        trace.areaPartWeights().forEach((id, w) -> put(m, "areaParts." + id, w));
        trace.indicatorWeights().forEach((id, w) -> put(m, "indicators." + id, w));
        return m;
    }

    private static void put(Map<String, BigDecimal> m, String key, @Nullable Fraction weight) {
        if (weight != null) {
            m.put(key, decimal(weight));
        }
    }

    /** The exact decimal of a weight; a weight with no finite decimal (a third) is rounded up at 10 decimals. */
    private static BigDecimal decimal(Fraction e) {
        BigDecimal n = new BigDecimal(e.numerator());
        BigDecimal d = new BigDecimal(e.denominator());
        try {
            return n.divide(d).stripTrailingZeros();
        } catch (ArithmeticException nonTerminating) {
            return n.divide(d, 10, RoundingMode.CEILING);
        }
    }

    @Override
    public String toString() {
        return "RuleSetUnderTest[" + info.id() + " " + info.version() + " sha256:" + info.sha256() + "]";
    }

    private record Context(Predikat target, Predikat currentPredicate, AgencyFacts agency, int year) {
    }

    private record Baseline(Result result, Map<String, BigDecimal> maxima) {
    }
}
