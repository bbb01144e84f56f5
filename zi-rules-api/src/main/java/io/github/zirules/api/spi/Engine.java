package io.github.zirules.api.spi;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import java.util.Optional;

/**
 * What the library's own tools need from an evaluator beyond scoring: the gap planner, the property-testing kit, the
 * reports and the policy tools work over this interface only, so they serve any {@link Evaluator} whose
 * {@link Evaluator#engine()} offers one (the zi-rules engine's, and its reloading evaluator), never a cast.
 *
 * <p>An engine is one consistent state of the rules: a reloading evaluator offers the rule sets serving when it is
 * asked, and a tool that asks once per task (one plan, one property run) never mixes two generations of rules.
 */
public interface Engine extends Evaluator {

    /**
     * The exact trace of the rules over {@code assessment}, with the rule set it names or the default one for its
     * year. The load-time checks vouch for the rules; the checks made on a result ({@link #evaluate}) are not
     * repeated, so a tool that acts on a trace confirms its outcome with {@link #evaluate}.
     *
     * @throws io.github.zirules.api.InvalidInputException if the assessment has errors (every one is listed)
     * @throws io.github.zirules.api.UnknownRuleSetException if it names a rule set the catalogue does not have
     * @throws io.github.zirules.api.EvaluationException if the rules fail at run time
     */
    ScoreTrace trace(Assessment assessment);

    /**
     * Scores {@code assessment} with its facts inserted, and its rule set's files loaded, in {@code order}: the
     * order-independence checks compare this with the written order. A rule set loaded in another file order is
     * compiled once, when first asked for.
     *
     * @throws io.github.zirules.api.InvalidInputException if the assessment has errors (every one is listed)
     * @throws io.github.zirules.api.UnknownRuleSetException if it names a rule set the catalogue does not have
     * @throws io.github.zirules.api.EvaluationException if the rules fail in that order
     */
    OrderedRun evaluate(Assessment assessment, EvaluationOrder order);

    /**
     * Where the rule named {@code ruleName} of the rule set {@code ruleSetId} is written ({@code file:line}), to
     * name it in a finding; empty if the rule set has no rule of that name.
     */
    default Optional<String> ruleLocation(String ruleSetId, String ruleName) {
        return Optional.empty();
    }

    /** This engine itself. */
    @Override
    default Optional<Engine> engine() {
        return Optional.of(this);
    }
}
