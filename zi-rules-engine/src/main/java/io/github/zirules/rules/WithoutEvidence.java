package io.github.zirules.rules;

import io.github.zirules.api.Message;
import io.github.zirules.rules.internal.ScoreSheet.RuleWarning;
import io.github.zirules.rules.internal.WarningPlaces;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A declared check of top answers without evidence ({@link Scorecard#warnWithoutEvidence}): the warning every item
 * answered with one of {@code labels} and without evidence gets, its texts filled in only when read. Equal when
 * everything declared is equal, so that two rules of equal rank declaring the same code differently conflict.
 *
 * @param code the warning code
 * @param labels the answers it is about
 * @param messageId the text in Bahasa Indonesia, with its places
 * @param messageEn the text in English, with its places
 */
record WithoutEvidence(String code, List<String> labels, String messageId, String messageEn) {

    /**
     * The labels of {@code answers}, separated by commas; refused unless each is an answer of a choice scale of
     * {@code choiceScales}.
     */
    static List<String> labels(String answers, Map<String, List<String>> choiceScales) {
        List<String> known = List.of(answers.split(",", -1)).stream().map(String::strip).toList();
        for (String label : known) {
            if (!isAnswer(label, choiceScales)) {
                Set<String> all = new LinkedHashSet<>();
                choiceScales.values().forEach(all::addAll);
                throw RuleMistake.badSetting(Message.of("RULE_BAD_SETTING.warning-answer", label),
                        Message.verbatim(String.join(", ", all)), label);
            }
        }
        return known;
    }

    private static boolean isAnswer(String label, Map<String, List<String>> choiceScales) {
        for (List<String> labels : choiceScales.values()) {
            if (labels.contains(label)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text}, refused if it names a place other than {@link WarningPlaces#NAMES}. */
    static String checked(String text) {
        for (String place : WarningPlaces.in(text)) {
            if (!WarningPlaces.NAMES.contains(place)) {
                throw RuleMistake.badSetting(Message.of("RULE_BAD_SETTING.warning-place", "{" + place + "}"),
                        Message.verbatim(WarningPlaces.expected()), "{" + place + "}");
            }
        }
        return text;
    }

    private boolean concerns(ScoredItem it) {
        return it.getEvidenceCount() == 0 && it.getAnswer() != null && labels.contains(it.getAnswer());
    }

    /** How many of {@code items} this check warns about. */
    int count(List<ScoredItem> items) {
        int n = 0;
        for (ScoredItem it : items) {
            if (concerns(it)) {
                n++;
            }
        }
        return n;
    }

    /** Adds to {@code out} the warning of each of {@code items} this check is about, in their order. */
    void give(List<ScoredItem> items, RuleRef rule, List<RuleWarning> out) {
        for (ScoredItem it : items) {
            if (concerns(it)) {
                String id = it.getId();
                out.add(new RuleWarning(code, id, Message.filled(messageId, messageEn, WarningPlaces.NAMES,
                        List.of(id, id, it.getAnswer(), it.getAnswer())), rule));
            }
        }
    }
}
