package io.github.zirules.rules;

import org.jspecify.annotations.Nullable;

/**
 * A vocabulary call that a rule made wrongly, such as a weight for an indicator the instrument does not have: says
 * what is wrong in Bahasa Indonesia and English, what would be right, and which text of the rule is at fault, so that
 * the engine can point at the line of the rule file that holds it.
 */
public final class RuleMistake extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Stable problem code, e.g. {@code RULE_UNKNOWN_ID}. */
    private final String code;
    private final String messageId;
    private final @Nullable String expected;
    /** The text in the rule file that is at fault (an id as written in quotes); null if none. */
    private final @Nullable String literal;

    RuleMistake(String code, String messageId, String messageEn, @Nullable String expected,
                @Nullable String literal) {
        super(messageEn);
        this.code = code;
        this.messageId = messageId;
        this.expected = expected;
        this.literal = literal;
    }

    /** The stable problem code. */
    public String code() {
        return code;
    }

    /** The message in Bahasa Indonesia. */
    public String messageId() {
        return messageId;
    }

    /** The message in English. */
    public String messageEn() {
        return getMessage();
    }

    /** What would be right; may be null. */
    public @Nullable String expected() {
        return expected;
    }

    /** The text of the rule at fault, as written between quotes in the rule file; null if none. */
    public @Nullable String literal() {
        return literal;
    }

    /** A mistake naming an id that is not among {@code known}, with the nearest known id as a suggestion. */
    static RuleMistake unknownId(String kindId, String kindEn, String id, java.util.Collection<String> known) {
        String close = io.github.zirules.api.internal.Suggestions.closest(id, java.util.List.copyOf(known));
        String list = String.join(", ", known);
        if (list.length() > 300) {
            list = list.substring(0, list.lastIndexOf(", ", 300)) + ", …";
        }
        return new RuleMistake("RULE_UNKNOWN_ID", kindId + " '" + id + "' tidak ada dalam instrumen"
                + (close != null ? "; maksudnya " + close + "?" : ""), kindEn + " '" + id + "' is not in the "
                + "instrument" + (close != null ? "; did you mean " + close + "?" : ""), list, id);
    }

    /** A mistake naming a grade scale that no rule declares. */
    static RuleMistake unknownScale(String name, java.util.Collection<String> declared) {
        String close = io.github.zirules.api.internal.Suggestions.closest(name, java.util.List.copyOf(declared));
        return new RuleMistake("RULE_UNKNOWN_ID", "skala peringkat '" + name + "' tidak dinyatakan oleh aturan mana pun"
                + (close != null ? "; maksudnya " + close + "?" : ""), "no rule declares the grade scale '" + name + "'"
                + (close != null ? "; did you mean " + close + "?" : ""), declared.isEmpty()
                ? "gradeScale(\"" + name + "\", \"A > B > C\") in a rule of the bobot phase"
                : String.join(", ", declared), name);
    }

    /** A mistake in a setting's value, e.g. {@code reporting(-2, "UP")}. */
    static RuleMistake badSetting(String messageId, String messageEn, String expected, String literal) {
        return new RuleMistake("RULE_BAD_SETTING", messageId, messageEn, expected, literal);
    }
}
