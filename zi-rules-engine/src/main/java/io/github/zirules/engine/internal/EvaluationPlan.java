package io.github.zirules.engine.internal;

import io.github.zirules.api.Instrument;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.ScorecardLayout;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
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
 * the layout of the score sheet, and each Drools rule's {@link RuleRef} found by the rule object itself (the listener
 * that records which rule decided what runs on every firing, so it must not build and hash a string key each time).
 * Which items its patterns may match ({@link ItemPatterns}) is worked out here too. Immutable after construction
 * and shared by every thread.
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
    private final KieBase kieBase;
    private final Map<String, Integer> checkPlaces;
    private final ItemPatterns itemPatterns;
    private volatile KieSessionsPool sessions;
    /** The shape of the results, worked out from the first filled sheet ({@link ResultAssembler}). */
    private volatile ResultShape resultShape;

    private EvaluationPlan(ScorecardLayout layout, Map<Rule, RuleRef> byRule, KieBase kieBase,
                           Map<String, Integer> checkPlaces) {
        this.layout = layout;
        this.byRule = byRule;
        this.kieBase = kieBase;
        this.checkPlaces = checkPlaces;
        this.itemPatterns = ItemPatterns.of(kieBase);
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

    /** The reference of a rule of this KieBase; null if it is not one of its rules. */
    RuleRef rule(Rule r) {
        return byRule.get(r);
    }
}
