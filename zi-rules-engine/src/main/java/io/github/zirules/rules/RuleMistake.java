package io.github.zirules.rules;

import io.github.zirules.api.Message;
import io.github.zirules.api.internal.Suggestions;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A vocabulary call that a rule made wrongly, such as a weight for an indicator the instrument does not have: says
 * what is wrong (a message of the catalogue, in Bahasa Indonesia and English), what would be right, and which text of
 * the rule is at fault, so that the engine can point at the line of the rule file that holds it.
 */
public final class RuleMistake extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_LISTED = 300;

    /** Stable problem code, e.g. {@code RULE_UNKNOWN_ID}. */
    private final String code;
    private final Message message;
    private final Message expected;
    /** The text in the rule file that is at fault (an id as written in quotes); null if none. */
    private final @Nullable String literal;

    RuleMistake(String code, Message message, Message expected, @Nullable String literal) {
        super(message.text(Locale.ENGLISH));
        this.code = code;
        this.message = message;
        this.expected = expected;
        this.literal = literal;
    }

    /** The stable problem code. */
    public String code() {
        return code;
    }

    /** What is wrong, in both languages. */
    public Message message() {
        return message;
    }

    /** The message in Bahasa Indonesia. */
    public String messageId() {
        return message.text(Message.INDONESIAN);
    }

    /** The message in English. */
    public String messageEn() {
        return getMessage();
    }

    /** What would be right; may be null. */
    public Message expected() {
        return expected;
    }

    /** The text of the rule at fault, as written between quotes in the rule file; null if none. */
    public @Nullable String literal() {
        return literal;
    }

    /**
     * A mistake naming an id that is not among {@code known}, with the nearest known id as a suggestion.
     *
     * @param kind what the id names, a catalogue message ({@code rule.kind.indicator} …)
     */
    static RuleMistake unknownId(Message kind, String id, Collection<String> known) {
        return new RuleMistake("RULE_UNKNOWN_ID", Message.of("RULE_UNKNOWN_ID.instrument", kind, id,
                didYouMean(id, known)), Message.verbatim(listed(known)), id);
    }

    /** A mistake naming a score level (component) that the rule set's structure file does not declare. */
    static RuleMistake unknownLevel(String level, Collection<String> declared) {
        Message message = Message.of("RULE_UNKNOWN_ID.structure", Message.of("rule.kind.level"), level,
                didYouMean(level, declared));
        return new RuleMistake("RULE_UNKNOWN_ID", message, Message.verbatim(listed(declared)), level);
    }

    /** A mistake naming a grade scale that no rule declares. */
    static RuleMistake unknownScale(String name, Collection<String> declared) {
        return new RuleMistake("RULE_UNKNOWN_ID", Message.of("RULE_UNKNOWN_ID.scale", name, didYouMean(name,
                declared)), declared.isEmpty() ? Message.of("RULE_UNKNOWN_ID.scale.expected", name)
                : Message.verbatim(String.join(", ", declared)), name);
    }

    /**
     * A mistake in a setting's value, e.g. {@code reporting(-2, "UP")}.
     *
     * @param message what is wrong, a catalogue message {@code RULE_BAD_SETTING.…}
     * @param expected what would be right
     * @param literal the value at fault as written in the rule
     */
    static RuleMistake badSetting(Message message, Message expected, String literal) {
        return new RuleMistake("RULE_BAD_SETTING", message, expected, literal);
    }

    private static Object didYouMean(String id, Collection<String> known) {
        String close = Suggestions.closest(id, List.copyOf(known));
        return close == null ? "" : Message.of("lint.did-you-mean", close);
    }

    private static String listed(Collection<String> known) {
        String list = String.join(", ", known);
        return list.length() > MAX_LISTED ? list.substring(0, list.lastIndexOf(", ", MAX_LISTED)) + ", …" : list;
    }
}
