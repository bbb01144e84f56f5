package io.github.zirules.engine.internal;

import io.github.zirules.api.Instrument;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.ScoredArea;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.ScorecardLayout;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * What every evaluation with one compiled rule set needs and can be worked out once, when the rule set is compiled:
 * the layout of the score sheet, and each Drools rule's {@link RuleRef} found by the rule object itself, by its load
 * order (the session runner's firing filter, which records which rule decided what, runs on every firing, so it
 * must not build and hash a string key each time). Which items its patterns may match ({@link ItemPatterns}), and whether indicators, area
 * parts and areas are facts at all, are worked out here too. Immutable after construction and shared by every
 * thread.
 */
final class EvaluationPlan {

    /**
     * Sessions without Drools' internal locking: one evaluation uses its session on one thread from start to end,
     * and the pool hands sessions between threads safely. The same object every time, because the pool keys its
     * sessions by the configuration's identity.
     */
    private static final KieSessionConfiguration SESSION_CONFIGURATION = singleThreadedSessions();

    private static KieSessionConfiguration singleThreadedSessions() {
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ThreadSafeOption.NO);
        return conf;
    }

    private final ScorecardLayout layout;
    private final Map<Rule, RuleRef> byRule;
    /**
     * The same references by the rule's load order, the number Drools gives each rule of a KieBase, with the rule
     * itself beside each to confirm it: the firing filter looks a rule up at every firing, and an array read is cheaper
     * than hashing the rule's identity. Empty when load orders are missing, repeated or sparse (the map serves then).
     */
    private final Rule[] ruleAt;
    private final RuleRef[] refAt;
    private final KieBase kieBase;
    private final Map<String, Integer> checkPlaces;
    private final ItemPatterns itemPatterns;
    /** Whether some pattern reads indicators, area parts, areas as facts: if none does, they are not inserted. */
    private final boolean indicatorFacts;
    private final boolean partFacts;
    private final boolean areaFacts;
    /** The rules written once per level and compiled to one firing per evaluation, with their level. */
    private final Map<RuleRef, LevelRules.Level> levelRules;
    private volatile KieSessionsPool sessions;
    /** The shape of the results, worked out from the first filled sheet ({@link ResultAssembler}). */
    private volatile ResultShape resultShape;

    private EvaluationPlan(ScorecardLayout layout, Map<Rule, RuleRef> byRule, KieBase kieBase,
                           Map<String, Integer> checkPlaces) {
        this.layout = layout;
        this.byRule = byRule;
        int top = -1;
        for (Rule r : byRule.keySet()) {
            top = Math.max(top, r instanceof RuleImpl ri ? ri.getLoadOrder() : Integer.MAX_VALUE);
        }
        boolean dense = top < 4 * byRule.size() + 64;
        Rule[] at = new Rule[dense ? top + 1 : 0];
        RuleRef[] refs = new RuleRef[at.length];
        for (Map.Entry<Rule, RuleRef> e : byRule.entrySet()) {
            int o = dense ? ((RuleImpl) e.getKey()).getLoadOrder() : -1;
            if (o < 0 || at[o] != null) {
                at = new Rule[0];
                refs = new RuleRef[0];
                break;
            }
            at[o] = e.getKey();
            refs[o] = e.getValue();
        }
        this.ruleAt = at;
        this.refAt = refs;
        this.kieBase = kieBase;
        this.checkPlaces = checkPlaces;
        this.itemPatterns = ItemPatterns.of(kieBase);
        this.indicatorFacts = ItemPatterns.readsDirectly(kieBase, ScoredIndicator.class);
        this.partFacts = ItemPatterns.readsDirectly(kieBase, ScoredAreaPart.class);
        this.areaFacts = ItemPatterns.readsDirectly(kieBase, ScoredArea.class);
        Map<RuleRef, LevelRules.Level> levels = new HashMap<>();
        byRule.forEach((rule, ref) -> {
            LevelRules.Level level = LevelRules.levelOf(rule);
            if (level != null) {
                levels.put(ref, level);
            }
        });
        this.levelRules = Map.copyOf(levels);
    }

    /** The level {@code rule} was written for, if it was compiled to one firing per evaluation; null otherwise. */
    LevelRules.@Nullable Level levelRule(RuleRef rule) {
        return levelRules.isEmpty() ? null : levelRules.get(rule);
    }

    /** The plan for a compiled KieBase, its instrument (may be null) and its rules keyed by {@link CompiledRuleSet#key}. */
    static EvaluationPlan of(KieBase kieBase, Instrument instrument, Map<String, RuleRef> rules) {
        Map<Rule, RuleRef> byRule = new IdentityHashMap<>();
        if (kieBase != null && rules != null) {
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule r : pkg.getRules()) {
                    RuleRef ref = rules.get(CompiledRuleSet.key(pkg.getName(), r.getName()));
                    if (ref != null) {
                        byRule.put(r, ref);
                    }
                }
            }
        }
        Map<String, Integer> places = new HashMap<>();
        if (instrument != null && instrument.model().isPresent()) {
            for (RuleSetModel.RequiredCheck c : instrument.model().get().checks()) {
                places.put(c.id(), places.size());
            }
        }
        return new EvaluationPlan(instrument == null ? null : ScorecardLayout.of(instrument), byRule, kieBase,
                Map.copyOf(places));
    }

    /**
     * The report place of each check id the structure declares (its order in {@code structure.csv}); a check it does
     * not declare (AGENCY.*) has none and follows them.
     */
    Map<String, Integer> checkPlaces() {
        return checkPlaces;
    }

    /** The shape of the results; null until the first result is assembled. */
    ResultShape resultShape() {
        return resultShape;
    }

    /** Keeps the shape of the results worked out from a filled sheet. */
    void resultShape(ResultShape shape) {
        resultShape = shape;
    }

    /** The layout of the score sheet; null if the rule set has no instrument. */
    ScorecardLayout layout() {
        return layout;
    }

    /**
     * A session for one evaluation, from a pool of this KieBase's sessions: {@code dispose()} resets it and gives it
     * back, {@code destroy()} throws it away (after a failure). Creating a session and its node memories costs more
     * than resetting one.
     */
    KieSession newSession() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                pool = sessions;
                if (pool == null) {
                    pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
                    sessions = pool;
                }
            }
        }
        return pool.newKieSession(SESSION_CONFIGURATION);
    }

    /** Which items the rule set's patterns may match: only those are inserted as facts. */
    ItemPatterns itemPatterns() {
        return itemPatterns;
    }

    /**
     * Whether {@code level} (an indicator, area part or area of the score sheet) is inserted as a fact: only if some
     * pattern reads its type directly; rules that read the levels with {@code from $k.indicators} need no facts.
     */
    boolean isFact(Object level) {
        if (level instanceof ScoredIndicator) {
            return indicatorFacts;
        }
        if (level instanceof ScoredAreaPart) {
            return partFacts;
        }
        return !(level instanceof ScoredArea) || areaFacts;
    }

    /** Whether {@link #rule(Rule)} finds rules by their load order (else by identity in a map). */
    boolean rulesByLoadOrder() {
        return ruleAt.length > 0;
    }

    /** The reference of a rule of this KieBase; null if it is not one of its rules. */
    RuleRef rule(Rule r) {
        if (r instanceof RuleImpl ri) {
            int o = ri.getLoadOrder();
            if (o >= 0 && o < ruleAt.length && ruleAt[o] == r) {
                return refAt[o];
            }
        }
        return byRule.get(r);
    }
}
