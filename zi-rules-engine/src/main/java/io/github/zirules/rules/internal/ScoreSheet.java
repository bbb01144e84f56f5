package io.github.zirules.rules.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Message;
import io.github.zirules.api.spi.EvaluationOrder;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.ScoredArea;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.ScoredItem;
import io.github.zirules.rules.Scorecard;
import io.github.zirules.rules.ScorecardLayout;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The engine's handle on the score sheet of one evaluation: the {@link Scorecard} the rules see as a fact, and what
 * only the engine reads from it (the facts to insert, the rule firing, the decisions with the rules that made them,
 * the conflicts). The vocabulary's classes keep these members out of their public surface, so a rule file can call
 * every public member of the vocabulary and nothing else; the engine reaches them here, through a bridge that
 * {@link Scorecard} installs when it is loaded (the JDK's "shared secrets" pattern).
 */
public final class ScoreSheet {

    /** The vocabulary's members for the engine; implemented in the vocabulary's package, installed once. */
    public interface Bridge {
        /** A new sheet of {@code assessment}. */
        Scorecard create(ScorecardLayout layout, Assessment assessment);

        /** Every fact to insert: the sheet, then items, indicators, area parts and areas, in LKE order. */
        List<Object> facts(Scorecard card);

        /** The rule about to fire. */
        void beginRule(Scorecard card, RuleRef rule);

        /** Gives the rules the levels in {@code order} (the order-independence checks). */
        void arrange(Scorecard card, EvaluationOrder order);

        /** The rules have stopped firing. */
        void endRules(Scorecard card);

        /** The rules that declared answer values. */
        Set<RuleRef> answerValueRules(Scorecard card);

        /** The rules that declared warning checks. */
        Set<RuleRef> warningRules(Scorecard card);

        /** Values a rule read before another rule changed them. */
        List<EarlyRead> earlyReads(Scorecard card);

        /** Decisions of a parent layer that a deeper one replaced. */
        List<Overriding> overrides(Scorecard card);

        /** Decisions that contradicted each other. */
        List<String> conflicts(Scorecard card);

        /** The items, in LKE order. */
        List<ScoredItem> items(Scorecard card);

        /** The indicators, in LKE order. */
        Map<String, ScoredIndicator> indicators(Scorecard card);

        /** The area parts. */
        Map<String, ScoredAreaPart> areaParts(Scorecard card);

        /** The areas. */
        Map<String, ScoredArea> areas(Scorecard card);

        /** The checks decided, by id. */
        Map<String, CheckDecision> checks(Scorecard card);

        /** Visits the checks decided, in the order first decided, each with its rule. */
        void forEachCheck(Scorecard card, CheckVisitor visitor);

        /** How many checks were decided. */
        int checkCount(Scorecard card);

        /** The layout the sheet was made from. */
        ScorecardLayout layout(Scorecard card);

        /** The rule that decided a check. */
        RuleRef checkRule(Scorecard card, String checkId);

        /** The rounding declared; null if none. */
        Rounding rounding(Scorecard card);

        /** The warnings given. */
        List<RuleWarning> warnings(Scorecard card);

        /** A level's declared weight; null if none. */
        Exact levelWeight(Scorecard card, String level);

        /** The rule that declared a level's weight; null if none. */
        RuleRef levelWeightRule(Scorecard card, String level);

        /** A level's score; null if not set. */
        Exact scoreOrNull(Scorecard card, String level);

        /** The score of the level at {@code level} in the layout's levels; null if not set. */
        Exact scoreAt(Scorecard card, int level);

        /** The declared weight of the level at {@code level} in the layout's levels; null if none. */
        Exact levelWeightAt(Scorecard card, int level);

        /** Whether thresholds are compared on the reported values. */
        boolean comparesReported(Scorecard card);

        /** Every grade scale the rules declared, by name, best grade first. */
        Map<String, List<String>> gradeScales(Scorecard card);

        /** Every agency fact the rules declared, by name. */
        Map<String, io.github.zirules.api.DeclaredFact> agencyFacts(Scorecard card);

        /** The rule that valued an item; null if none. */
        RuleRef valueRule(ScoredItem item);

        /** An item's answer as given; null if unanswered. */
        Answer rawAnswer(ScoredItem item);

        /** An item's instrument item. */
        Item item(ScoredItem item);

        /** The rule that weighted an indicator; null if none. */
        RuleRef weightRule(ScoredIndicator indicator);

        /** The rule that scored an indicator; null if none. */
        RuleRef scoreRule(ScoredIndicator indicator);

        /** The rule that weighted an area part; null if none. */
        RuleRef weightRule(ScoredAreaPart part);

        /** A new, empty sum. */
        Sum newSum();
    }

    /**
     * A sum of exact numbers kept over a common denominator and put in lowest terms once, when read: the value (and
     * form) adding them with {@link Exact#plus} gives, at a fraction of its cost (no greatest common divisor per
     * number while the denominators divide one another; on overflow it goes on as {@code plus}).
     */
    public interface Sum {
        /** Adds {@code v}; returns this sum. */
        Sum add(Exact v);

        /** The sum so far, in lowest terms; zero if nothing was added. */
        Exact value();

        /**
         * Whether the sum so far equals {@code v}: as {@code value().equals(v)}, told without putting the sum in lowest
         * terms while it fits in longs (the run-time checks compare sums that are almost always right).
         */
        boolean is(Exact v);
    }

    /** A new, empty {@link Sum}. */
    public static Sum newSum() {
        return bridge().newSum();
    }

    private static Bridge bridge;

    static {
        try {
            // Loading Scorecard installs its bridge; afterwards no other can be installed.
            Class.forName(Scorecard.class.getName(), true, Scorecard.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the rule vocabulary is not on the class path", e);
        }
    }

    /**
     * Installs the vocabulary's bridge: {@link Scorecard} calls this once, when it is loaded.
     *
     * @throws IllegalStateException if a bridge is installed already
     */
    public static synchronized void install(Bridge b) {
        if (bridge != null) {
            throw new IllegalStateException("the score sheet's bridge is installed already");
        }
        bridge = Objects.requireNonNull(b, "bridge");
    }

    private static Bridge bridge() {
        return bridge;
    }

    private final Scorecard card;

    private ScoreSheet(Scorecard card) {
        this.card = card;
    }

    /** The sheet of {@code assessment}, with the instrument's layout worked out beforehand. */
    public static ScoreSheet of(ScorecardLayout layout, Assessment assessment) {
        return new ScoreSheet(bridge().create(layout, assessment));
    }

    /** The sheet of {@code assessment}; it must be valid for the instrument. */
    public static ScoreSheet of(Instrument instrument, Assessment assessment) {
        return of(ScorecardLayout.of(instrument), assessment);
    }

    /** The sheet as the rules see it. */
    public Scorecard card() {
        return card;
    }

    /** Every fact to insert: the sheet, then items, indicators, area parts and areas, in LKE order. */
    public List<Object> facts() {
        return bridge().facts(card);
    }

    /** The rule about to fire. */
    public void beginRule(RuleRef rule) {
        bridge().beginRule(card, rule);
    }

    /**
     * Gives the rules the indicators, area parts and areas in {@code order}, as the facts are inserted in it: rules that
     * read them with from see them in that order (the order-independence checks).
     */
    public void arrange(EvaluationOrder order) {
        bridge().arrange(card, order);
    }

    /** The rules have stopped firing; reads from now on are the engine's. */
    public void endRules() {
        bridge().endRules(card);
    }

    /**
     * The rules that declared answer values ({@link Scorecard#answerValue}): rule coverage counts them when an item
     * used one of their values, not because they fired.
     */
    public Set<RuleRef> answerValueRules() {
        return bridge().answerValueRules(card);
    }

    /**
     * The rules that declared warning checks ({@link Scorecard#warnWithoutEvidence}): rule coverage counts them once
     * per warning they gave, not because they fired.
     */
    public Set<RuleRef> warningRules() {
        return bridge().warningRules(card);
    }

    /** Values that a rule read before another rule changed them (order-dependent outcomes). */
    public List<EarlyRead> earlyReads() {
        return bridge().earlyReads(card);
    }

    /** Decisions of a rule set's parent that a deeper layer replaced, in the order they happened. */
    public List<Overriding> overrides() {
        return bridge().overrides(card);
    }

    /** Decisions that contradicted each other; empty when the rules were unambiguous. */
    public List<String> conflicts() {
        return bridge().conflicts(card);
    }

    /** The items, in LKE order. */
    public List<ScoredItem> items() {
        return bridge().items(card);
    }

    /** The indicators, in LKE order. */
    public Map<String, ScoredIndicator> indicators() {
        return bridge().indicators(card);
    }

    /** The area parts. */
    public Map<String, ScoredAreaPart> areaParts() {
        return bridge().areaParts(card);
    }

    /** The areas, MP to PP. */
    public Map<String, ScoredArea> areas() {
        return bridge().areas(card);
    }

    /** The checks decided, by check id; unmodifiable, made once the rules have stopped. */
    public Map<String, CheckDecision> checks() {
        return bridge().checks(card);
    }

    /** What is done with each check decided: its id, the decision and the rule that made it. */
    @FunctionalInterface
    public interface CheckVisitor {
        /** Visits the check {@code id}, decided as {@code decision} by {@code rule}. */
        void visit(String id, CheckDecision decision, RuleRef rule);
    }

    /**
     * Visits every check decided, in the order first decided (the order of {@link #checks()}), with the rule that
     * decided it, without making a map: the run-time checks and the result read them on every evaluation.
     */
    public void forEachCheck(CheckVisitor visitor) {
        bridge().forEachCheck(card, visitor);
    }

    /** How many checks were decided. */
    public int checkCount() {
        return bridge().checkCount(card);
    }

    /** The layout this sheet was made from: one per compiled rule set, or one of its own if made from an instrument. */
    public ScorecardLayout layout() {
        return bridge().layout(card);
    }

    /** The rule that decided a check. */
    public RuleRef checkRule(String checkId) {
        return bridge().checkRule(card, checkId);
    }

    /** The rounding declared by the rules; null if none. */
    public Rounding rounding() {
        return bridge().rounding(card);
    }

    /** The warnings given by the rules, in the order given. */
    public List<RuleWarning> warnings() {
        return bridge().warnings(card);
    }

    /** A level's declared weight; null if none. */
    public Exact levelWeight(String level) {
        return bridge().levelWeight(card, level);
    }

    /** The rule that declared a level's weight; null if none. */
    public RuleRef levelWeightRule(String level) {
        return bridge().levelWeightRule(card, level);
    }

    /** A level's score, or null if not set. */
    public Exact scoreOrNull(String level) {
        return bridge().scoreOrNull(card, level);
    }

    /**
     * The score of the level at position {@code level} of the layout's levels (the rule set's components, root first,
     * as {@link ScorecardLayout#levels()}), or null if not set: found without a look-up by name.
     */
    public Exact scoreAt(int level) {
        return bridge().scoreAt(card, level);
    }

    /** The declared weight of the level at position {@code level} of the layout's levels; null if none. */
    public Exact levelWeightAt(int level) {
        return bridge().levelWeightAt(card, level);
    }

    /** Whether thresholds are compared on the reported (rounded) values rather than the exact ones. */
    public boolean comparesReported() {
        return bridge().comparesReported(card);
    }

    /** Every grade scale the rules declared, by name, best grade first. */
    public Map<String, List<String>> gradeScales() {
        return bridge().gradeScales(card);
    }

    /** Every agency fact the rules declared, by name, in the order declared. */
    public Map<String, io.github.zirules.api.DeclaredFact> agencyFacts() {
        return bridge().agencyFacts(card);
    }

    /** The rule that gave {@code item} its value; null if none. */
    public static RuleRef valueRule(ScoredItem item) {
        return bridge().valueRule(item);
    }

    /** The answer of {@code item} as given; null if unanswered. */
    public static Answer rawAnswer(ScoredItem item) {
        return bridge().rawAnswer(item);
    }

    /** The instrument item of {@code item}. */
    public static Item item(ScoredItem item) {
        return bridge().item(item);
    }

    /** The rule that gave {@code indicator} its weight; null if none. */
    public static RuleRef weightRule(ScoredIndicator indicator) {
        return bridge().weightRule(indicator);
    }

    /** The rule that gave {@code indicator} its score; null if none. */
    public static RuleRef scoreRule(ScoredIndicator indicator) {
        return bridge().scoreRule(indicator);
    }

    /** The rule that declared the weight of {@code part}; null if none. */
    public static RuleRef weightRule(ScoredAreaPart part) {
        return bridge().weightRule(part);
    }

    /**
     * A decision of a parent rule set replaced by a rule set that extends it.
     *
     * @param what what was decided, e.g. {@code check TOTAL}
     * @param parentRule the rule whose decision was replaced
     * @param childRule the rule of the deeper layer whose decision stands
     */
    public record Overriding(String what, RuleRef parentRule, RuleRef childRule) {
    }

    /**
     * A value read by one rule and changed afterwards by another: the reading rule's outcome depends on the order in
     * which the rules fire.
     *
     * @param what what was read, e.g. {@code score of PENGUNGKIT}
     * @param reader the rule that read it first
     * @param writer the rule that changed it afterwards
     */
    public record EarlyRead(String what, RuleRef reader, RuleRef writer) {
    }

    /**
     * How reported scores are rounded.
     *
     * @param scale decimals
     * @param mode rounding mode
     */
    public record Rounding(int scale, RoundingMode mode) {
    }

    /**
     * A warning given by a rule, its text put together only when read ({@link Message#filled}).
     *
     * @param code stable code
     * @param location item id or other location
     * @param message the message in both languages
     * @param rule the rule that gave it, or that declared the check that gave it
     */
    public record RuleWarning(String code, String location, Message message, RuleRef rule) {
    }

    /**
     * A check as a rule decided it, before rounding.
     *
     * @param id check id
     * @param required the exact minimum (score checks); null for grade checks
     * @param actual the exact score (score checks); null for grade checks
     * @param requiredLabel least grade (grade checks)
     * @param actualLabel grade held (grade checks)
     * @param gradePassed whether a grade check passed; null for score checks
     */
    public record CheckDecision(String id, Exact required, Exact actual, String requiredLabel, String actualLabel,
                                Boolean gradePassed) {
        /** A minimum-score decision. */
        public static CheckDecision minimum(String id, Exact required, Exact actual) {
            return new CheckDecision(id, required, actual, null, null, null);
        }

        /** A grade decision. */
        public static CheckDecision grade(String id, String required, String actual, boolean passed) {
            return new CheckDecision(id, null, null, required, actual, passed);
        }
    }
}
