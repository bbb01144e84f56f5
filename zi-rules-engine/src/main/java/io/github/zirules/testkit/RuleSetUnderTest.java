package io.github.zirules.testkit;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.DroolsEvaluator;
import io.github.zirules.engine.internal.EvaluationOrder;
import io.github.zirules.engine.internal.ReorderedRuleSet;
import io.github.zirules.engine.internal.RuleSetCatalog;
import io.github.zirules.engine.internal.SessionRunner;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.Scorecard;
import io.github.zirules.rules.ScoredArea;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

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
 * becomes a {@code RuleSetUnderTest}. Immutable apart from caches; thread-safe.
 */
public final class RuleSetUnderTest {

    private final CompiledRuleSet rs;
    private final int fireLimit;
    private final Map<Context, Baseline> baselines = new ConcurrentHashMap<>();
    private volatile CompiledRuleSet filesReversed;

    private RuleSetUnderTest(CompiledRuleSet rs, int fireLimit) {
        this.rs = rs;
        this.fireLimit = fireLimit;
    }

    /**
     * The rule set in folder {@code dir} (the folder holding {@code ruleset.properties}); a rule set it
     * {@code extends} is looked up among the built-in ones.
     *
     * @throws io.github.zirules.api.InvalidRuleSetException with every problem, if the rule set does not load
     */
    public static RuleSetUnderTest fromDirectory(Path dir) {
        Objects.requireNonNull(dir, "dir must not be null");
        return new RuleSetUnderTest(RuleSetCatalog.compileFolder(dir, Map.of()), EvaluatorOptions.DEFAULT_FIRE_LIMIT);
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
        DroolsEvaluator ev = DroolsEvaluator.create(Objects.requireNonNull(options, "options must not be null"));
        return new RuleSetUnderTest(ev.catalog().get(ruleSetId), options.fireLimit());
    }

    /** The rule set's id, version, content hash and the rest. */
    public RuleSetInfo info() {
        return rs.info();
    }

    /** The rule set's id. */
    public String id() {
        return rs.info().id();
    }

    /** The rule set's instrument: its items and indicators. */
    public Instrument instrument() {
        return rs.instrument();
    }

    /** A generator builder for this rule set's instrument that writes this rule set's id into every assessment. */
    public AssessmentGenerator.Builder generator() {
        return AssessmentGenerator.builder(rs.instrument()).ruleset(id());
    }

    /**
     * Scores {@code assessment} with this rule set, whatever rule set the assessment names.
     *
     * @throws io.github.zirules.api.InvalidInputException if the assessment does not fit the instrument
     * @throws io.github.zirules.api.EvaluationException if the rules fail at run time
     */
    public Result evaluate(Assessment assessment) {
        return DroolsEvaluator.evaluateWith(rs, Objects.requireNonNull(assessment, "assessment"), fireLimit, null);
    }

    /**
     * Scores {@code assessment} with its facts inserted, and the rule files loaded, in {@code order} (the rule set is
     * compiled again, once, the first time the files are to be reversed): for the order-independence invariant.
     */
    EvaluationOrder.Run evaluate(Assessment assessment, EvaluationOrder order) {
        CompiledRuleSet target = rs;
        if (order.filesReversed()) {
            if (filesReversed == null) {
                filesReversed = ReorderedRuleSet.withFilesReversed(rs);
            }
            target = filesReversed;
        }
        return order.evaluate(target, Objects.requireNonNull(assessment, "assessment"), fireLimit);
    }

    /** Where the rule named {@code ruleName} is written ({@code file:line}); the name alone if no rule has it. */
    String locationOf(String ruleName) {
        return rs.rules().values().stream().filter(r -> r.name().equals(ruleName)).map(RuleRef::location)
                .findFirst().orElse(ruleName);
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
     * parts' weights) and upper level ({@code total}, {@code pengungkit}, {@code pemenuhan}, {@code reform},
     * {@code hasil}, {@code BBA}; {@code IPAK}, {@code KINERJA}, {@code IPKP} are the weights of the Hasil indicators
     * {@code HAS.*}). A score whose weight no rule declares has no entry. Keys as in the report's {@code scores};
     * values exact, with as many decimals as needed.
     */
    public Map<String, BigDecimal> maxima(Assessment context) {
        return baselineOf(context).maxima;
    }

    private Baseline baselineOf(Assessment context) {
        Objects.requireNonNull(context, "context");
        Context key = new Context(context.target(), context.currentPredicate(), context.agency(), context.year());
        return baselines.computeIfAbsent(key, k -> {
            Assessment best = AnswerMoves.allBest(rs.instrument(), context);
            Scorecard card = SessionRunner.run(rs, best, fireLimit, null);
            return new Baseline(evaluate(best), Collections.unmodifiableMap(maxima(card)));
        });
    }

    private static Map<String, BigDecimal> maxima(Scorecard card) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (String[] level : new String[][] {{"total", "TOTAL"}, {"pengungkit", "PENGUNGKIT"},
                {"pemenuhan", "PEMENUHAN"}, {"reform", "REFORM"}, {"hasil", "HASIL"}, {"BBA", "BBA"}}) {
            put(m, level[0], card.levelWeight(level[1]));
        }
        for (String hasil : List.of("IPAK", "KINERJA", "IPKP")) {
            ScoredIndicator i = card.indicators().get("HAS." + hasil);
            put(m, hasil, i != null && i.weightRule() != null ? i.getWeight() : card.levelWeight(hasil));
        }
        for (ScoredArea a : card.areas().values()) {
            if (a.getParts().stream().allMatch(ScoredAreaPart::hasWeight)) {
                put(m, "areas." + a.getCode(), a.getWeight());
            }
        }
        for (ScoredAreaPart p : card.areaParts().values()) {
            put(m, "areaParts." + p.getId(), p.hasWeight() ? p.getWeight() : null);
        }
        for (ScoredIndicator i : card.indicators().values()) {
            put(m, "indicators." + i.getId(), i.weightRule() != null ? i.getWeight() : null);
        }
        return m;
    }

    private static void put(Map<String, BigDecimal> m, String key, Exact weight) {
        if (weight != null) {
            m.put(key, decimal(weight));
        }
    }

    /** The exact decimal of a weight; a weight with no finite decimal (a third) is rounded up at 10 decimals. */
    private static BigDecimal decimal(Exact e) {
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
        return "RuleSetUnderTest[" + rs.info().id() + " " + rs.info().version() + " sha256:" + rs.info().sha256()
                + "]";
    }

    private record Context(Predikat target, Predikat currentPredicate, AgencyFacts agency, int year) {
    }

    private record Baseline(Result result, Map<String, BigDecimal> maxima) {
    }
}
