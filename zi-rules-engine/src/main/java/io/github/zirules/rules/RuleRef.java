package io.github.zirules.rules;

import java.util.Objects;

/**
 * A rule of a rule set, as results and messages name it: its name and where it is written.
 *
 * @param name the rule's name, e.g. {@code WBK: nilai total paling sedikit 75}
 * @param file the file it is written in, as the rule set names it, e.g. {@code thresholds-wbk.drl}
 * @param line the line of its {@code rule} keyword (1-based; 0 if unknown)
 * @param layer 0 for a rule set's root, 1 for a rule set that extends it, and so on: a deeper layer's decision
 *     replaces a shallower one's
 * @param salience the rule's salience: within a layer, a higher salience's decision replaces a lower one's
 * @param ruleSetId the id of the rule set the file belongs to
 */
public record RuleRef(String name, String file, int line, int layer, int salience, String ruleSetId) {

    /** Refuses null names and files. */
    public RuleRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }

    /** {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }

    /** Whether a decision of this rule replaces one of {@code other}: deeper layer first, then higher salience. */
    boolean outranks(RuleRef other) {
        return layer != other.layer ? layer > other.layer : salience > other.salience;
    }

    /** Whether neither outranks the other. */
    boolean ranksEqually(RuleRef other) {
        return layer == other.layer && salience == other.salience;
    }

    @Override
    public String toString() {
        return "'" + name + "' (" + location() + ")";
    }
}
