package io.github.zirules.rules;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.DeclaredFact;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.internal.FixedKeyMap;
import io.github.zirules.api.spi.EvaluationOrder;
import io.github.zirules.rules.internal.LimitExceededException;
import io.github.zirules.rules.internal.RunBudget;
import io.github.zirules.rules.internal.ScoreSheet;
import io.github.zirules.rules.internal.ScoreSheet.CheckDecision;
import io.github.zirules.rules.internal.ScoreSheet.EarlyRead;
import io.github.zirules.rules.internal.ScoreSheet.Overriding;
import io.github.zirules.rules.internal.ScoreSheet.Rounding;
import io.github.zirules.rules.internal.ScoreSheet.RuleWarning;
import io.github.zirules.rules.internal.SizeLimits;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.util.regex.Pattern;

/**
 * Rule-file vocabulary: the score sheet of one evaluation. There is exactly one per evaluation; rules match it as
 * {@code $k : Scorecard()} to declare weights, compute the upper levels, check thresholds and give warnings.
 *
 * <p>Upper levels are the score components the rule set's {@code structure.csv} declares; for PermenPAN-RB 90/2021
 * {@code PEMENUHAN}, {@code REFORM}, {@code PENGUNGKIT}, {@code IPAK}, {@code KINERJA}, {@code IPKP}, {@code BBA},
 * {@code PPP}, {@code HASIL}, {@code TOTAL}. Every decision a rule makes (a weight, a
 * level's score, a check) is kept with the rule that made it; when two rules decide the same thing, the deeper rule
 * set layer wins, then the higher salience (see {@link RuleRef}).
 *
 * <p>Every public member is vocabulary: what the engine itself reads from the sheet it reads through
 * {@link ScoreSheet}, the handle the engine holds, not through methods a rule could call.
 */
public final class Scorecard {

    static {
        ScoreSheet.install(new EngineBridge());
    }

    /** {@link #compareThresholdsOn(String)}: thresholds compared on the exact value (the default). */
    public static final String EXACT = "EXACT";
    /** {@link #compareThresholdsOn(String)}: thresholds compared on the reported (rounded) value. */
    public static final String REPORTED = "REPORTED";

    private static final int MIN_SCALE = 0;
    private static final int DESCRIBE_SCALE = 4;
    private static final int MAX_SCALE = 4;
    private static final List<String> SAFE_ROUNDING = List.of("HALF_UP", "HALF_EVEN");
    private static final Pattern SCALE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern FACT_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** The predicate asked for and held, and the agency's facts: all a rule may know of the assessment. */
    private final Predikat target;
    private final Predikat currentPredicate;
    private final AgencyFacts agency;
    /*
     * The sheet's facts and the levels' decisions, in arrays by the layout's positions: the layout, worked out once
     * per rule set, finds them by id, so making a sheet hashes nothing.
     */
    private final ScoredItem[] items;
    private final ScoredIndicator[] indicators;
    private final ScoredAreaPart[] parts;
    private final ScoredArea[] areas;
    private final Setting<Exact>[] levelScores;
    private final Setting<Exact>[] levelWeights;
    private final Map<String, Setting<CheckDecision>> checks = new LinkedHashMap<>();
    /** {@link #checks()} as last read; null until read, and again whenever a check is decided. */
    private @Nullable Map<String, CheckDecision> checksRead;
    private final Setting<Rounding> rounding = new Setting<>();
    private final Setting<String> comparison = new Setting<>();
    private final Map<String, Setting<List<String>>> scales = new LinkedHashMap<>();
    private final Map<String, Setting<DeclaredFact>> declaredFacts = new LinkedHashMap<>();
    private final List<RuleWarning> warnings = new ArrayList<>();
    /**
     * The answer values the rules declared as a table, by the position of the answer scale, then of the label, in the
     * layout's choice scales; a scale's row is made when a rule first declares a value of it.
     */
    private final Setting<Exact>[][] answerValues;
    private boolean anyAnswerValue;
    /** The rules that declared answer values (rule coverage counts them only when an item used a value). */
    private final Set<RuleRef> answerValueRules = new HashSet<>();
    /** The rule last added to {@link #answerValueRules}. */
    private @Nullable RuleRef lastAnswerValueRule;
    /** The checks of top answers without evidence the rules declared, by warning code. */
    private final Map<String, Setting<WithoutEvidence>> withoutEvidence = new LinkedHashMap<>(4);
    /** The rules that declared warning checks (rule coverage counts them once per warning they gave). */
    private final Set<RuleRef> warningRules = new HashSet<>(4);
    /** How many warnings the declared checks will give when the rules have stopped (counted against the limit). */
    private int declaredWarnings;
    private final ScorecardLayout layout;
    private final List<String> conflicts = new ArrayList<>();
    private final List<EarlyRead> readTooEarly = new ArrayList<>();
    private final List<Overriding> overrides = new ArrayList<>();
    private @Nullable RuleRef firing;
    /** The time budget of the session, looked up once (a thread-local read) rather than at every decision. */
    private @Nullable RunBudget budget;
    private final List<ScoredItem> itemsView;
    private final Map<String, ScoredIndicator> indicatorsView;
    private final Map<String, ScoredAreaPart> partsView;
    private final Map<String, ScoredArea> areasView;
    /*
     * The levels as the rules read them with from (getIndicators(), ...): made when first read, or arranged in another
     * order than the LKE's by the order-independence checks (arrange).
     */
    private @Nullable List<ScoredIndicator> indicatorList;
    private @Nullable List<ScoredAreaPart> partList;
    private @Nullable List<ScoredArea> areaList;

    @SuppressWarnings("unchecked")
    private Scorecard(ScorecardLayout layout, Assessment assessment) {
        // The unit's identity (id, name, agency name), the year and the evidence texts are deliberately not kept:
        // a rule cannot read what the sheet does not hold, so no rule can treat one unit unlike another.
        this.layout = layout;
        this.target = assessment.target();
        this.currentPredicate = assessment.currentPredicate();
        this.agency = assessment.agency() == null ? AgencyFacts.NONE : assessment.agency();
        int levelCount = layout.levels.size();
        levelScores = new Setting[levelCount];
        levelWeights = new Setting[levelCount];
        for (int l = 0; l < levelCount; l++) {
            levelScores[l] = new Setting<>();
            levelWeights[l] = new Setting<>();
        }
        answerValues = new Setting[layout.choiceScaleCodes.length][];
        ScoredAreaPart[] ps = new ScoredAreaPart[layout.partIds.length];
        for (int p = 0; p < ps.length; p++) {
            ps[p] = new ScoredAreaPart(layout.partIds[p], layout.partSections[p], layout.partAreas[p],
                    layout.indicatorsOfPart[p].length, this);
        }
        ScoredIndicator[] inds = new ScoredIndicator[layout.indicatorIds.length];
        for (int i = 0; i < inds.length; i++) {
            inds[i] = new ScoredIndicator(layout.indicatorIds[i], layout.indicatorSections[i],
                    layout.indicatorAreas[i], layout.itemsOfIndicator[i].length, this);
        }
        for (int p = 0; p < ps.length; p++) {
            int[] of = layout.indicatorsOfPart[p];
            for (int j = 0; j < of.length; j++) {
                ps[p].indicators[j] = inds[of[j]];
            }
        }
        ScoredArea[] as = new ScoredArea[layout.areaCodes.length];
        for (int a = 0; a < as.length; a++) {
            int[] of = layout.partsOfArea[a];
            ScoredAreaPart[] its = new ScoredAreaPart[of.length];
            for (int j = 0; j < of.length; j++) {
                its[j] = ps[of[j]];
            }
            as[a] = new ScoredArea(layout.areaCodes[a], its, this);
        }
        // The answers and the evidence are put in LKE order in one pass over each, not looked up item by item.
        Object[] given = layout.byPosition(assessment.answers());
        Object[] docs = layout.byPosition(assessment.evidence());
        ScoredItem[] its = new ScoredItem[layout.items.length];
        for (int k = 0; k < its.length; k++) {
            List<?> evidence = (List<?>) docs[k];
            its[k] = new ScoredItem(layout, k, (Answer) given[k], evidence == null ? 0 : evidence.size(),
                    inds[layout.indicatorOfItem[k]], this);
        }
        for (int i = 0; i < inds.length; i++) {
            int[] of = layout.itemsOfIndicator[i];
            for (int j = 0; j < of.length; j++) {
                inds[i].items[j] = its[of[j]];
            }
        }
        this.items = its;
        this.indicators = inds;
        this.parts = ps;
        this.areas = as;
        this.itemsView = Collections.unmodifiableList(Arrays.asList(its));
        this.indicatorsView = FixedKeyMap.of(layout.indicatorKeys, inds);
        this.partsView = FixedKeyMap.of(layout.partKeys, ps);
        this.areasView = FixedKeyMap.of(layout.areaKeys, as);
    }

    /**
     * The score sheet of {@code assessment}: one fact per item, indicator, area part and area.
     * The assessment must be valid for the instrument.
     */
    static Scorecard of(Instrument instrument, Assessment assessment) {
        return new Scorecard(ScorecardLayout.of(instrument), assessment);
    }

    /** As {@link #of(Instrument, Assessment)}, with the instrument's layout worked out beforehand. */
    static Scorecard of(ScorecardLayout layout, Assessment assessment) {
        return new Scorecard(layout, assessment);
    }

    /** Every fact to insert: this sheet, then items, indicators, area parts and areas, in LKE order. */
    List<Object> facts() {
        Object[] f = new Object[1 + items.length + indicators.length + parts.length + areas.length];
        f[0] = this;
        int n = 1;
        System.arraycopy(items, 0, f, n, items.length);
        n += items.length;
        System.arraycopy(indicators, 0, f, n, indicators.length);
        n += indicators.length;
        System.arraycopy(parts, 0, f, n, parts.length);
        n += parts.length;
        System.arraycopy(areas, 0, f, n, areas.length);
        return Collections.unmodifiableList(Arrays.asList(f));
    }

    // ---------------------------------------------------------------- engine use

    /**
     * Gives the rules the indicators, area parts and areas in {@code order} (the order-independence checks), as the
     * facts are inserted in it: a rule reading them with from sees them in the order it would have seen them as facts.
     */
    @SuppressWarnings("unchecked")
    void arrange(EvaluationOrder order) {
        indicatorList = (List<ScoredIndicator>) (List<?>) Collections.unmodifiableList(
                order.arrange(Arrays.asList((Object[]) indicators)));
        partList = (List<ScoredAreaPart>) (List<?>) Collections.unmodifiableList(
                order.arrange(Arrays.asList((Object[]) parts)));
        areaList = (List<ScoredArea>) (List<?>) Collections.unmodifiableList(
                order.arrange(Arrays.asList((Object[]) areas)));
    }

    /** the rule about to fire. */
    void beginRule(RuleRef rule) {
        this.firing = rule;
    }

    @Nullable RuleRef firingOrNull() {
        return firing;
    }

    /** the rules have stopped firing; reads from now on are the engine's. */
    void endRules() {
        this.firing = null;
        this.budget = null;
        if (anyAnswerValue) {
            for (ScoredItem it : items) {
                it.compareWithTable();
            }
        }
        withoutEvidence.forEach((code, s) -> {
            if (s.value() != null) {
                s.value().give(itemsView, s.by(), warnings);
            }
        });
    }

    void readTooEarly(String what, RuleRef reader, RuleRef writer) {
        readTooEarly.add(new EarlyRead(what, reader, writer));
    }

    /** values that a rule read before another rule changed them (order-dependent outcomes). */
    List<EarlyRead> earlyReads() {
        return Collections.unmodifiableList(readTooEarly);
    }

    RuleRef firing() {
        RunBudget b = budget;
        if (b == null) {
            b = RunBudget.current();
            budget = b;
        }
        if (b != null) {
            b.checkNow();
        }
        if (firing == null) {
            throw new IllegalStateException("scores can only be set by a rule that is firing");
        }
        return firing;
    }

    void conflict(String what, RuleRef first, Object firstValue, RuleRef second, Object secondValue) {
        conflicts.add(what + ": rule " + first + " decides " + describe(firstValue) + " but rule " + second
                + " decides " + describe(secondValue) + " with the same rank (same rule set layer and salience)");
    }

    /** A decided value as policy staff write it: a decimal, a minimum, a setting; never a Java record's dump. */
    private static String describe(Object v) {
        if (v instanceof Exact e) {
            return decimal(e);
        }
        if (v instanceof CheckDecision d) {
            return d.required() != null ? "the minimum " + decimal(d.required()) + " for " + decimal(d.actual())
                    : "the least grade " + d.requiredLabel() + " for " + d.actualLabel();
        }
        if (v instanceof Rounding r) {
            return "reporting(" + r.scale() + ", \"" + r.mode() + "\")";
        }
        return String.valueOf(v);
    }

    private static String decimal(Exact e) {
        return e.round(DESCRIBE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    void overridden(String what, RuleRef parentRule, RuleRef childRule) {
        overrides.add(new Overriding(what, parentRule, childRule));
    }

    /** decisions of a rule set's parent that a deeper layer replaced, in the order they happened. */
    List<Overriding> overrides() {
        return Collections.unmodifiableList(overrides);
    }

    /** decisions that contradicted each other; empty when the rules were unambiguous. */
    List<String> conflicts() {
        return Collections.unmodifiableList(conflicts);
    }

    /** the layout this sheet was made from. */
    ScorecardLayout layout() {
        return layout;
    }

    /** the items, in LKE order. */
    List<ScoredItem> items() {
        return itemsView;
    }

    /** the indicators, in LKE order. */
    Map<String, ScoredIndicator> indicators() {
        return indicatorsView;
    }

    /** the area parts. */
    Map<String, ScoredAreaPart> areaParts() {
        return partsView;
    }

    /** the areas, MP to PP. */
    Map<String, ScoredArea> areas() {
        return areasView;
    }

    /**
     * the checks decided, by check id; unmodifiable. Read after the rules stopped (by the run-time checks, then by
     * the result), so the map is made once and kept until a check is decided again.
     */
    Map<String, CheckDecision> checks() {
        Map<String, CheckDecision> out = checksRead;
        if (out == null) {
            Map<String, CheckDecision> made = new LinkedHashMap<>();
            checks.forEach((k, v) -> made.put(k, v.value()));
            out = Collections.unmodifiableMap(made);
            checksRead = out;
        }
        return out;
    }

    /** the checks decided, in the order first decided, each with the rule that decided it; no map made. */
    void forEachCheck(ScoreSheet.CheckVisitor visitor) {
        for (Map.Entry<String, Setting<CheckDecision>> e : checks.entrySet()) {
            Setting<CheckDecision> s = e.getValue();
            visitor.visit(e.getKey(), s.value(), s.by());
        }
    }

    /** how many checks were decided. */
    int checkCount() {
        return checks.size();
    }

    /** the rule that decided a check. */
    @Nullable RuleRef checkRule(String checkId) {
        Setting<CheckDecision> s = checks.get(checkId);
        return s == null ? null : s.by();
    }

    /** the rounding declared by the rules; null if none. */
    @Nullable Rounding rounding() {
        return rounding.value();
    }

    /** the warnings given by the rules, in the order given. */
    List<RuleWarning> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** a level's declared weight; null if none. */
    @Nullable Exact levelWeight(String level) {
        return setting(levelWeights, level).value();
    }

    /** the rule that declared a level's weight; null if none. */
    @Nullable RuleRef levelWeightRule(String level) {
        return setting(levelWeights, level).by();
    }

    // ---------------------------------------------------------------- facts for rule conditions

    /** The predicate asked for: {@code WBK} or {@code WBBM}. */
    public String getTarget() {
        return target.name();
    }

    /** The predicate held: {@code NONE}, {@code WBK} or {@code WBBM}. */
    public String getCurrentPredicate() {
        return currentPredicate.name();
    }

    /** The agency's BPK audit opinion, or null if not given. */
    public @Nullable String getBpkOpinion() {
        return agency.bpkOpinion();
    }

    /** The agency's SAKIP/AKIP rating, or null if not given. */
    public @Nullable String getAkip() {
        return agency.akip();
    }

    /** The agency's Indeks RB rating, or null if not given. */
    public @Nullable String getIndeksRb() {
        return agency.indeksRb();
    }

    /** The agency's kind, {@code MINISTRY} or {@code REGIONAL}, or null if not given. */
    public @Nullable String getAgencyKind() {
        return agency.kind();
    }

    /**
     * Every indicator, in LKE order: a rule that works per indicator reads them with
     * {@code $indikator : ScoredIndicator() from $k.indicators}, so the indicators need not be facts.
     */
    public List<ScoredIndicator> getIndicators() {
        if (indicatorList == null) {
            indicatorList = Collections.unmodifiableList(Arrays.asList(indicators));
        }
        return indicatorList;
    }

    /** Every area part, in LKE order ({@code $bagian : ScoredAreaPart() from $k.areaParts}). */
    public List<ScoredAreaPart> getAreaParts() {
        if (partList == null) {
            partList = Collections.unmodifiableList(Arrays.asList(parts));
        }
        return partList;
    }

    /** Every area, MP to PP ({@code $area : ScoredArea() from $k.areas}). */
    public List<ScoredArea> getAreas() {
        if (areaList == null) {
            areaList = Collections.unmodifiableList(Arrays.asList(areas));
        }
        return areaList;
    }

    // ---------------------------------------------------------------- weights

    /** Declares the weight of an indicator, e.g. {@code indicatorWeight("PEM.MP.1", "0.50")}. */
    public void indicatorWeight(String indicatorId, String weight) {
        ScoredIndicator i = indicatorsView.get(indicatorId);
        if (i == null) {
            throw RuleMistake.unknownId(Message.of("rule.kind.indicator"), indicatorId, indicatorsView.keySet());
        }
        i.weight.offer(Exact.of(weight), firing(), this, "weight of indicator ", indicatorId);
    }

    /** Declares the weight of an area part, e.g. {@code areaPartWeight("PEM.MP", "4")}. */
    public void areaPartWeight(String partId, String weight) {
        ScoredAreaPart p = partsView.get(partId);
        if (p == null) {
            throw RuleMistake.unknownId(Message.of("rule.kind.area-part"), partId, partsView.keySet());
        }
        p.weight.offer(Exact.of(weight), firing(), this, "weight of area part ", partId);
    }

    /** Declares the weight (maximum) of an upper level, e.g. {@code weight("PENGUNGKIT", "60")}. */
    public void weight(String level, String weight) {
        setting(levelWeights, level).offer(Exact.of(weight), firing(), this, "weight of ", level);
    }

    /** The declared weight of an upper level. */
    public Exact weightOf(String level) {
        Exact w = setting(levelWeights, level).read(this);
        if (w == null) {
            throw new IllegalStateException("no weight rule declares the weight of " + level);
        }
        return w;
    }

    // ---------------------------------------------------------------- aggregation

    /** The score of an upper level, e.g. {@code get("PEMENUHAN")}. */
    public Exact get(String level) {
        Exact v = setting(levelScores, level).read(this);
        if (v == null) {
            throw new IllegalStateException(level + " has no score yet: check the salience of the aggregation rules");
        }
        return v;
    }

    /** Sets the score of an upper level, e.g. {@code set("PENGUNGKIT", get("PEMENUHAN").plus(get("REFORM")))}. */
    public void set(String level, Exact score) {
        setting(levelScores, level).offer(score, firing(), this, "score of ", level);
    }

    /** a level's score, or null if not set. */
    @Nullable Exact scoreOrNull(String level) {
        return setting(levelScores, level).value();
    }

    /** the score of the level at position {@code level} of the layout's levels, or null if not set. */
    @Nullable Exact scoreAt(int level) {
        return levelScores[level].value();
    }

    /** the declared weight of the level at position {@code level} of the layout's levels; null if none. */
    @Nullable Exact levelWeightAt(int level) {
        return levelWeights[level].value();
    }

    /** The sum of the scores of a section's area parts, e.g. {@code sumOfAreaParts("PEM")}. */
    public Exact sumOfAreaParts(String section) {
        Exact.Sum s = new Exact.Sum();
        for (ScoredAreaPart p : parts) {
            if (p.getSection().equals(section)) {
                Exact score = p.getScore();
                if (score == null) {
                    throw new IllegalStateException("area part " + p.getId() + " has no score yet");
                }
                s.add(score);
            }
        }
        return s.value();
    }

    /** The score of an indicator, e.g. {@code indicatorScore("HAS.IPAK")}. */
    public Exact indicatorScore(String indicatorId) {
        ScoredIndicator i = indicatorsView.get(indicatorId);
        if (i == null) {
            throw RuleMistake.unknownId(Message.of("rule.kind.indicator"), indicatorId, indicatorsView.keySet());
        }
        if (i.getScore() == null) {
            throw new IllegalStateException("indicator " + indicatorId + " has no score yet");
        }
        return i.getScore();
    }

    /**
     * Declares how scores are reported: {@code reporting(2, "HALF_UP")} reports every score as its exact value rounded
     * half-up to 2 decimals. Only 0 to 4 decimals, rounded to the nearest ({@code HALF_UP}, {@code HALF_EVEN}), are
     * accepted: a rounding that always rounds up, or to tens, would change what a unit reaches.
     */
    public void reporting(int scale, String roundingMode) {
        if (scale < MIN_SCALE || scale > MAX_SCALE || !SAFE_ROUNDING.contains(roundingMode)) {
            throw RuleMistake.badSetting(Message.of("RULE_BAD_SETTING.reporting", scale, roundingMode, MIN_SCALE,
                    MAX_SCALE, String.join(", ", SAFE_ROUNDING)), Message.verbatim("reporting(2, \"HALF_UP\")"),
                    roundingMode);
        }
        rounding.offer(new Rounding(scale, RoundingMode.valueOf(roundingMode)), firing(), this, "reporting rounding",
                null);
    }

    /**
     * Declares on which value every threshold is compared: {@code "EXACT"} (the default, as the official LKE
     * workbooks' formulas do: an exact 74.995 reports 75.00 and fails the minimum 75) or {@code "REPORTED"} (on the
     * rounded value, as some agencies' applications do: 74.995 passes).
     */
    public void compareThresholdsOn(String value) {
        if (!value.equals(EXACT) && !value.equals(REPORTED)) {
            throw RuleMistake.badSetting(Message.of("RULE_BAD_SETTING.comparison", value),
                    Message.of("RULE_BAD_SETTING.comparison.expected", EXACT, REPORTED), value);
        }
        comparison.offer(value, firing(), this, "threshold comparison", null);
    }

    /** whether thresholds are compared on the reported (rounded) values rather than the exact ones. */
    boolean comparesReported() {
        return REPORTED.equals(comparison.value());
    }

    // ---------------------------------------------------------------- checks

    /**
     * Checks that {@code actual} is at least {@code required}, compared as {@link #compareThresholdsOn(String)}
     * declares (exact by default), e.g.
     * {@code minimum("TOTAL", get("TOTAL"), "75")}.
     */
    public void minimum(String checkId, Exact actual, String required) {
        minimum(checkId, actual, Exact.of(required));
    }

    /** Checks that {@code actual} is at least {@code required}, as {@link #minimum(String, Exact, String)}. */
    public void minimum(String checkId, Exact actual, Exact required) {
        checkSetting(checkId).offer(CheckDecision.minimum(checkId, required, actual), firing(), this,
                "check ", checkId);
    }

    /**
     * Declares a grade scale once, best grade first with {@code >} between grades, e.g.
     * {@code gradeScale("BPK", "WTP > WDP > TW > TMP")}. {@link #grade} names it, and so does an agency fact of kind
     * {@code PERINGKAT <scale>} ({@link #agencyFact}), whose values an assessment's validation checks against it.
     */
    public void gradeScale(String name, String scale) {
        DeclarationCache known = layout.declarations;
        boolean knownName = known.knownScaleName(name);
        if (!knownName) {
            SizeLimits.text(name, "the grade scale name");
            if (!SCALE_NAME.matcher(name).matches()) {
                throw RuleMistake.badSetting(Message.of("RULE_BAD_SETTING.scale-name", name),
                        Message.of("RULE_BAD_SETTING.scale-name.expected"), name);
            }
        }
        List<String> grades = order(scale);
        if (!knownName) {
            known.keepScaleName(name);
        }
        scales.computeIfAbsent(name, k -> new Setting<>()).offer(grades, firing(), this, "grade scale ", name);
    }

    /**
     * The grades of a scale written best first with {@code >} between them; refused if blank or repeated. Read once
     * per rule set: the same few texts are declared on every evaluation.
     */
    private List<String> order(String scale) {
        List<String> known = layout.declarations.scale(scale);
        if (known != null) {
            return known;
        }
        SizeLimits.text(scale, "the grade scale");
        List<String> order = Arrays.stream(scale.split(">")).map(String::strip).toList();
        if (order.size() < 2 || order.contains("") || order.stream().distinct().count() != order.size()) {
            throw RuleMistake.badSetting(Message.of("RULE_BAD_SETTING.scale", scale),
                    Message.verbatim("\"WTP > WDP > TW > TMP\""), scale);
        }
        layout.declarations.keepScale(scale, order);
        return order;
    }

    /**
     * Checks that a grade is at least {@code required} on {@code scale}: the name of a scale declared with
     * {@link #gradeScale(String, String)} (e.g. {@code grade("AGENCY.BPK", getBpkOpinion(), "WTP", "BPK")}), or the
     * grades themselves, best first with {@code >} between them.
     */
    public void grade(String checkId, String actual, String required, String scale) {
        List<String> order = scale.indexOf('>') >= 0 ? order(scale) : declaredScale(scale);
        int need = order.indexOf(required);
        if (need < 0) {
            throw RuleMistake.badSetting(Message.of("RULE_BAD_SETTING.grade", required, scale),
                    Message.verbatim(String.join(", ", order)), required);
        }
        int have = actual == null ? Integer.MAX_VALUE : order.indexOf(actual);
        boolean passed = have >= 0 && have <= need;
        checkSetting(checkId).offer(CheckDecision.grade(checkId, required, actual == null ? "-" : actual, passed),
                firing(), this, "check ", checkId);
    }

    private List<String> declaredScale(String name) {
        Setting<List<String>> s = scales.get(name);
        List<String> order = s == null ? null : s.read(this);
        if (order == null) {
            throw RuleMistake.unknownScale(name, scales.keySet());
        }
        return order;
    }

    /** Every grade scale the rules declared, by name, best grade first (engine use, through the bridge). */
    Map<String, List<String>> gradeScales() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        scales.forEach((name, s) -> {
            if (s.value() != null) {
                out.put(name, s.value());
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- agency facts

    /**
     * Declares an agency fact that an assessment may give in its {@code facts} object, so that policy staff add one
     * without a developer, e.g. {@code agencyFact("jumlahPegawai", "BILANGAN", "Jumlah pegawai unit", "Number of staff
     * of the unit")}. The kind is {@code BILANGAN} (a whole number), {@code DESIMAL} (a decimal), {@code YA_TIDAK}
     * (yes/no), {@code PERINGKAT <scale>} (a grade of a scale declared with {@link #gradeScale}, e.g.
     * {@code PERINGKAT BPK}) or {@code PILIHAN <a>, <b>} (one of the choices listed). An assessment that gives a fact
     * no rule declares, or a value not of its kind, is refused.
     */
    public void agencyFact(String name, String kind, String labelId, String labelEn) {
        // The same texts on every evaluation: checked and read once per rule set, then found again.
        DeclarationCache known = layout.declarations;
        DeclaredFact declared = known.fact(name, kind, labelId, labelEn);
        if (declared == null) {
            SizeLimits.text(name, "the agency fact name");
            SizeLimits.text(kind, "the agency fact kind");
            SizeLimits.text(labelId, "the agency fact label (Indonesian)");
            SizeLimits.text(labelEn, "the agency fact label (English)");
            if (!FACT_NAME.matcher(name).matches()) {
                throw RuleMistake.badSetting(Message.of("RULE_BAD_SETTING.fact-name", name),
                        Message.of("RULE_BAD_SETTING.fact-name.expected"), name);
            }
            declared = FactDeclarations.parse(name, kind, labelId, labelEn);
            known.keepFact(name, kind, labelId, labelEn, declared);
        }
        declaredFacts.computeIfAbsent(name, k -> new Setting<>()).offer(declared, firing(), this, "agency fact ", name);
    }

    // The accessors read the assessment's facts, which the validator has checked against the declarations: a rule's
    // conditions may be evaluated before the declaring rule fires, so the names and kinds a rule reads are checked by
    // the lint of the rule files (an undeclared name is an error at its file:line), not here.

    /** Whether the assessment gives the agency fact {@code name}, e.g. {@code Scorecard( hasFact("jumlahPegawai") )}. */
    public boolean hasFact(String name) {
        return agency.values().containsKey(name);
    }

    /**
     * The number an agency fact of kind {@code BILANGAN} or {@code DESIMAL} gives, or null if not given, e.g.
     * {@code minimum("AGENCY.JUMLAH_PEGAWAI", factNumber("jumlahPegawai"), "10")}.
     */
    public Exact factNumber(String name) {
        return agency.values().get(name) instanceof AgencyFacts.Numeric n ? Exact.of(n.value()) : null;
    }

    /**
     * The grade or choice an agency fact of kind {@code PERINGKAT} or {@code PILIHAN} gives, or null if not given,
     * e.g. {@code grade("AGENCY.BPK", factGrade("bpkOpinion"), "WTP", "BPK")}.
     */
    public String factGrade(String name) {
        return agency.textOf(name);
    }

    /** Whether an agency fact of kind {@code YA_TIDAK} is given as yes, e.g. {@code factYes("timZiTerbentuk")}. */
    public boolean factYes(String name) {
        return agency.values().get(name) instanceof AgencyFacts.YesNo y && y.value();
    }

    /**
     * Every agency fact the rules declared, by name (engine use, through the bridge); a grade's values are its
     * scale's grades, none if no rule declares the scale.
     */
    Map<String, DeclaredFact> agencyFacts() {
        Map<String, DeclaredFact> out = new LinkedHashMap<>();
        Map<String, List<String>> declaredScales = gradeScales();
        declaredFacts.forEach((name, s) -> {
            if (s.value() != null) {
                out.put(name, FactDeclarations.withScale(s.value(), declaredScales));
            }
        });
        return out;
    }

    private Setting<CheckDecision> checkSetting(String checkId) {
        checksRead = null;
        return checks.computeIfAbsent(checkId, k -> new Setting<>());
    }

    // ---------------------------------------------------------------- answer values

    /**
     * Declares the value of one answer of a choice scale, between 0 and 1, e.g.
     * {@code answerValue("ABCD", "B", "0.67")}: every item of that scale answered with that label has this value, and
     * its explanation names the declaring rule. Declared once per evaluation by a rule that matches only the score
     * sheet, so that the items are valued without a firing each. A scale's table must name every label of the scale,
     * each once (the lint checks it at load). A rule that gives one item its value ({@link ScoredItem#setValue}) and
     * outranks the table's rule wins over it for that item.
     */
    public void answerValue(String scale, String label, String value) {
        Integer c = scale == null ? null : layout.choiceScaleIndex.get(scale);
        if (c == null) {
            throw RuleMistake.badSetting(Message.of("RULE_BAD_SETTING.answer-scale", scale),
                    Message.verbatim(String.join(", ", layout.choiceScales.keySet())), scale);
        }
        List<String> labels = layout.choiceScales.get(scale);
        int l = labels.indexOf(label);
        if (l < 0) {
            throw RuleMistake.badSetting(Message.of("RULE_BAD_SETTING.answer-label", label, scale),
                    Message.verbatim(String.join(", ", labels)), label);
        }
        RuleRef rule = firing();
        if (rule != lastAnswerValueRule) {
            // One rule declares a whole table: its (record) hash is worked out once, not for every answer value.
            answerValueRules.add(rule);
            lastAnswerValueRule = rule;
        }
        Setting<Exact>[] row = answerValues[c];
        if (row == null) {
            @SuppressWarnings("unchecked")
            Setting<Exact>[] made = new Setting[labels.size()];
            row = made;
            answerValues[c] = row;
        }
        Setting<Exact> s = row[l];
        if (s == null) {
            s = new Setting<>();
            row[l] = s;
        }
        anyAnswerValue = true;
        s.offer(Exact.of(value), rule, this, "answer value ", scale + " " + label);
    }

    /** The declared value of {@code label} on {@code scale}; null if no rule declares it. */
    @Nullable Setting<Exact> answerValueSetting(String scale, String label) {
        Integer c = layout.choiceScaleIndex.get(scale);
        return c == null ? null : answerValueSetting(c, layout.choiceScales.get(scale).indexOf(label));
    }

    /**
     * The declared value of the label at position {@code label} of the choice scale at position {@code scale} of the
     * layout; null if no rule declares it.
     */
    @Nullable Setting<Exact> answerValueSetting(int scale, int label) {
        Setting<Exact>[] row = scale < 0 || label < 0 ? null : answerValues[scale];
        return row == null ? null : row[label];
    }

    /** the rules that declared answer values. */
    Set<RuleRef> answerValueRules() {
        return Collections.unmodifiableSet(answerValueRules);
    }

    // ---------------------------------------------------------------- warnings

    /**
     * Gives a warning that goes into the result, e.g.
     * {@code warn("PENYEBUT_NOL", $butir.getId(), "Penyebut nol: …", "Zero denominator: …")}.
     */
    public void warn(String code, String location, String messageId, String messageEn) {
        if (warnings.size() + declaredWarnings >= SizeLimits.MAX_WARNINGS) {
            throw tooManyWarnings();
        }
        RuleRef rule = firing();
        SizeLimits.length(code, "the warning code");
        SizeLimits.length(location, "the warning location");
        SizeLimits.length(messageId, "the warning message (Indonesian)");
        SizeLimits.length(messageEn, "the warning message (English)");
        warnings.add(new RuleWarning(code, location, Message.texts(messageId, messageEn), rule));
    }

    /**
     * Declares a warning for every item answered with one of {@code answers} (labels of the structure's choice
     * scales, separated by commas) without evidence, e.g.
     * {@code warnWithoutEvidence("TANPA_DATA_DUKUNG", "Ya, A", "Jawaban {jawaban} pada butir {butir} tidak disertai
     * data dukung.", "Answer {answer} to item {item} has no evidence.")}: in the texts, {@code {butir}} or
     * {@code {item}} is the item's id and {@code {jawaban}} or {@code {answer}} its answer. Declared once per
     * evaluation by a rule that matches only the score sheet, so that no item is a fact or a firing for it; each
     * warning names the declaring rule. One declaration per code: a rule set that extends this one may replace it.
     */
    public void warnWithoutEvidence(String code, String answers, String messageId, String messageEn) {
        RuleRef rule = firing();
        WithoutEvidence check = layout.declarations.warningCheck(code, answers, messageId, messageEn);
        if (check == null) {
            SizeLimits.length(code, "the warning code");
            SizeLimits.length(messageId, "the warning message (Indonesian)");
            SizeLimits.length(messageEn, "the warning message (English)");
            check = new WithoutEvidence(code, WithoutEvidence.labels(answers, layout.choiceScales),
                    WithoutEvidence.checked(messageId), WithoutEvidence.checked(messageEn));
            layout.declarations.keepWarningCheck(code, answers, messageId, messageEn, check);
        }
        int given = check.count(itemsView);
        if (warnings.size() + declaredWarnings + given > SizeLimits.MAX_WARNINGS) {
            throw tooManyWarnings();
        }
        declaredWarnings += given;
        warningRules.add(rule);
        withoutEvidence.computeIfAbsent(code, k -> new Setting<>()).offer(check, rule, this,
                "warning check ", code);
    }

    /** the rules that declared warning checks. */
    Set<RuleRef> warningRules() {
        return Collections.unmodifiableSet(warningRules);
    }

    private static LimitExceededException tooManyWarnings() {
        return new LimitExceededException("the rules gave more than " + SizeLimits.MAX_WARNINGS + " warnings "
                + "(aturan memberi lebih dari " + SizeLimits.MAX_WARNINGS + " peringatan)");
    }

    private Setting<Exact> setting(Setting<Exact>[] byLevel, String level) {
        Integer l = level == null ? null : layout.levelIndex.get(level);
        if (l == null) {
            throw RuleMistake.unknownLevel(level, layout.levels);
        }
        return byLevel[l];
    }
}
