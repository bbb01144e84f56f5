package io.github.zirules.engine.internal;

import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.rules.RuleRef;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * A rule set compiled once and shared by every thread: its KieBase (never a session), instrument, identity, and the
 * location of every rule. Immutable.
 *
 * @param info id, version, hash and the rest, as put in results
 * @param descriptor the leaf descriptor
 * @param instrument the instrument
 * @param validator the validator for the instrument
 * @param kieBase the compiled rules
 * @param rules every rule, keyed by {@link #key(String, String)}
 * @param sources the text of every DRL file by display name, in load order (root layer first)
 * @param warnings what the load-time checks found that does not refuse the rule set, e.g. which rules of a parent
 *     rule set it overrides
 * @param plan what every evaluation needs, worked out once from the other components
 */
public record CompiledRuleSet(
        RuleSetInfo info,
        RuleSetDescriptor descriptor,
        Instrument instrument,
        AssessmentValidator validator,
        KieBase kieBase,
        Map<String, RuleRef> rules,
        Map<String, String> sources,
        List<Problem> warnings,
        EvaluationPlan plan) {

    /** Copies the warnings. */
    public CompiledRuleSet {
        warnings = List.copyOf(warnings);
    }

    /** A compiled rule set with warnings; its evaluation plan is worked out from the other components. */
    public CompiledRuleSet(RuleSetInfo info, RuleSetDescriptor descriptor, Instrument instrument,
                           AssessmentValidator validator, KieBase kieBase, Map<String, RuleRef> rules,
                           Map<String, String> sources, List<Problem> warnings) {
        this(info, descriptor, instrument, validator, kieBase, rules, sources, warnings,
                EvaluationPlan.of(kieBase, instrument, rules));
    }

    /** A compiled rule set with no warnings; its evaluation plan is worked out from the other components. */
    public CompiledRuleSet(RuleSetInfo info, RuleSetDescriptor descriptor, Instrument instrument,
                           AssessmentValidator validator, KieBase kieBase, Map<String, RuleRef> rules,
                           Map<String, String> sources) {
        this(info, descriptor, instrument, validator, kieBase, rules, sources, List.of());
    }

    /** The structure of the regulation the rule set declares (read with its instrument). */
    public RuleSetModel model() {
        return instrument.model().orElseThrow(() -> new IllegalStateException("rule set " + info.id()
                + " was compiled without its structure"));
    }

    /** The ids of its score components, root first: the upper levels of its score sheet. */
    public List<String> levels() {
        return plan.layout().levels();
    }

    /** The phases (agenda groups) every rule belongs to, in firing order. */
    public static final List<String> PHASES = List.of("bobot", "nilai-jawaban", "agregasi", "predikat", "peringatan");

    /** The key of a rule in {@link #rules()}. */
    public static String key(String packageName, String ruleName) {
        return packageName + "\u0000" + ruleName;
    }

    /** The rule with this package and name; null if unknown. */
    public RuleRef rule(String packageName, String ruleName) {
        return rules.get(key(packageName, ruleName));
    }

    /** The rule that is firing, found by identity (cheap, for every firing); null if unknown. */
    RuleRef rule(org.kie.api.definition.rule.Rule rule) {
        RuleRef ref = plan.rule(rule);
        return ref != null ? ref : rule(rule.getPackageName(), rule.getName());
    }
}
