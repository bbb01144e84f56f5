package io.github.zirules.api;

import io.github.zirules.api.spi.Engine;
import java.util.List;
import java.util.Optional;

/**
 * Scores assessments against a catalogue of rule sets and decides eligibility for the target predicate.
 *
 * <p>Obtain one with {@link ZiRules#evaluator()} or {@link ZiRules#evaluator(EvaluatorOptions)}. Implementations are
 * thread-safe: create one per application and share it.
 */
public interface Evaluator {

    /**
     * Scores {@code assessment} with the rule set it names, or the default rule set for its year.
     *
     * @throws InvalidInputException if the assessment has errors (every one is listed); see {@link #validate}
     * @throws UnknownRuleSetException if it names a rule set the catalogue does not have
     * @throws EvaluationException if the rules fail at run time (e.g. the fire limit is reached)
     */
    Result evaluate(Assessment assessment);

    /**
     * Every problem of {@code assessment} against the instrument of the rule set that would score it: errors that
     * {@link #evaluate} would refuse. Never throws for bad input.
     */
    List<Problem> validate(Assessment assessment);

    /** The rule set that would score {@code assessment}. */
    RuleSetInfo ruleSetFor(Assessment assessment);

    /** The instrument of the rule set with this id. */
    Instrument instrument(String ruleSetId);

    /**
     * The structure of the regulation the rule set with this id scores: its sections, areas, score components and
     * their tree, answer scales and the checks each predikat needs, as its folder declares them.
     *
     * @throws UnknownRuleSetException if the catalogue has no rule set with this id
     * @throws IllegalStateException if the evaluator's instrument carries no structure (a test double)
     */
    default RuleSetModel model(String ruleSetId) {
        return instrument(ruleSetId).model().orElseThrow(() -> new IllegalStateException("the instrument of rule "
                + "set " + ruleSetId + " given by this evaluator carries no structure (Instrument.withModel)"));
    }

    /** Every rule set in the catalogue, in id order. */
    List<RuleSetInfo> ruleSets();

    /**
     * The rule sets serving now and, for an evaluator that reloads them at run time, its generation and the problems
     * of the last refused reload, read together. The default is that of an evaluator that loads its rule sets once.
     */
    default ReloadStatus reloadStatus() {
        return ReloadStatus.loadedOnce(ruleSets());
    }

    /**
     * What the library's tools (gap planner, property kit, reports, policy tools) need from the engine behind this
     * evaluator: the exact score trace, with the rules serving now. Empty for an evaluator that offers none (a test
     * double, a remote client), which those tools then refuse with a message naming it.
     */
    default Optional<Engine> engine() {
        return Optional.empty();
    }
}
