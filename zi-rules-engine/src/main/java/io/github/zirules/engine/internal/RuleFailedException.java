package io.github.zirules.engine.internal;

import io.github.zirules.api.EvaluationException;
import io.github.zirules.rules.RuleMistake;
import io.github.zirules.rules.RuleRef;

/**
 * An evaluation stopped because a rule called the vocabulary wrongly ({@link RuleMistake}): carries the rule and the
 * mistake, so that the load-time checks can report it once, at the rule file's line, in both languages.
 */
public final class RuleFailedException extends EvaluationException {

    private static final long serialVersionUID = 1L;

    private final transient RuleRef rule;
    private final RuleMistake mistake;

    RuleFailedException(String ruleSetId, RuleRef rule, RuleMistake mistake) {
        super("rule set " + ruleSetId + ": rule " + rule + ": " + mistake.messageEn() + " (" + mistake.messageId()
                + ")", mistake, ruleSetId, rule.name());
        this.rule = rule;
        this.mistake = mistake;
    }

    /** The rule that made the mistake. */
    public RuleRef rule() {
        return rule;
    }

    /** The mistake. */
    public RuleMistake mistake() {
        return mistake;
    }
}
