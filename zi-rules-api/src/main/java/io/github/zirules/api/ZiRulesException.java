package io.github.zirules.api;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of the library's exceptions, with what a caller acts on as data rather than in the message: the rule set
 * concerned, the rule sets there are (when one was not found), and the rule that failed. One {@code catch} takes
 * every refusal of the library; its subclasses say which kind it is.
 *
 * <ul>
 *   <li>{@link InvalidInputException} (and {@link InvalidRuleSetException}): an input refused, with every problem;</li>
 *   <li>{@link UnknownRuleSetException}: a rule set the catalogue does not have, with the ids it has;</li>
 *   <li>{@link EvaluationException}: the rules failed at run time, with the rule set and, where known, the rule.</li>
 * </ul>
 */
public abstract class ZiRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String ruleSetId;
    private final List<String> knownRuleSetIds;
    private final @Nullable String ruleName;

    /**
     * An exception with a message, a cause and its structured fields.
     *
     * @param message the message, in English with the Indonesian words for what went wrong
     * @param cause the cause; may be null
     * @param ruleSetId the rule set concerned (an id, or a folder for one that did not load); null if none
     * @param knownRuleSetIds the ids of the rule sets there are, when one was not found; otherwise empty
     * @param ruleName the name of the rule that failed; null if none or not known
     */
    protected ZiRulesException(String message, @Nullable Throwable cause, @Nullable String ruleSetId,
                               List<String> knownRuleSetIds, @Nullable String ruleName) {
        super(message, cause);
        this.ruleSetId = ruleSetId;
        this.knownRuleSetIds = List.copyOf(knownRuleSetIds);
        this.ruleName = ruleName;
    }

    /** The rule set concerned: an id, or the folder of a rule set that did not load. */
    public Optional<String> ruleSetId() {
        return Optional.ofNullable(ruleSetId);
    }

    /** The ids of the rule sets there are, when the one asked for was not found; otherwise empty. */
    public List<String> knownRuleSetIds() {
        return knownRuleSetIds;
    }

    /** The name of the rule that failed, where known. */
    public Optional<String> ruleName() {
        return Optional.ofNullable(ruleName);
    }
}
