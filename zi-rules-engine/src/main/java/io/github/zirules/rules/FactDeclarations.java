package io.github.zirules.rules;

import io.github.zirules.api.DeclaredFact;
import io.github.zirules.api.Message;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The agency facts a rule declares with {@link Scorecard#agencyFact}: its kind as written, read into a declaration. */
final class FactDeclarations {

    private FactDeclarations() {
    }

    /** The declaration {@code kind} describes; a grade's scale is looked up when the facts are read. */
    static DeclaredFact parse(String name, String kind, String labelId, String labelEn) {
        String k = kind.strip();
        int space = k.indexOf(' ');
        String word = space < 0 ? k : k.substring(0, space);
        String rest = space < 0 ? "" : k.substring(space + 1).strip();
        for (DeclaredFact.Kind c : DeclaredFact.Kind.values()) {
            if (!c.word().equals(word)) {
                continue;
            }
            if (c == DeclaredFact.Kind.GRADE && rest.matches("[A-Z][A-Z0-9_]*")) {
                return new DeclaredFact(name, c, rest, List.of(), labelId, labelEn);
            }
            List<String> choices = Arrays.stream(rest.split(",")).map(String::strip).toList();
            if (c == DeclaredFact.Kind.CHOICE && choices.size() >= 2 && !choices.contains("")
                    && choices.stream().distinct().count() == choices.size()) {
                return new DeclaredFact(name, c, null, choices, labelId, labelEn);
            }
            if (rest.isEmpty() && c != DeclaredFact.Kind.GRADE && c != DeclaredFact.Kind.CHOICE) {
                return new DeclaredFact(name, c, null, List.of(), labelId, labelEn);
            }
        }
        throw RuleMistake.badSetting(Message.of("RULE_BAD_SETTING.fact-kind", kind, name),
                Message.of("RULE_BAD_SETTING.fact-kind.expected"), kind);
    }

    /** {@code d} with its grades, if it is a grade of one of {@code scales}; none if no rule declares the scale. */
    static DeclaredFact withScale(DeclaredFact d, Map<String, List<String>> scales) {
        if (d.kind() != DeclaredFact.Kind.GRADE) {
            return d;
        }
        return new DeclaredFact(d.name(), d.kind(), d.scale(), scales.getOrDefault(d.scale(), List.of()), d.labelId(),
                d.labelEn());
    }
}
