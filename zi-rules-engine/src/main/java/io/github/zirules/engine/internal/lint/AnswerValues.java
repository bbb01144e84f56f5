package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.internal.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer-value tables of a rule-set chain, checked across its files before anything runs: every
 * {@code answerValue("ABCD", "B", "0.67")} names a choice scale of the structure and one of its answers, in quotes; an
 * answer is declared once per rule set (a rule set that extends it may declare its own); and a scale with a table
 * gives every one of its answers a value somewhere in the chain, so that no item of it is left without one.
 */
final class AnswerValues {

    private static final String DECLARE = "answerValue";

    private AnswerValues() {
    }

    /**
     * Every problem of the answer-value declarations of {@code files}, each at its {@code file:line}.
     *
     * @param choiceScales the labels of each choice scale of the structure, best first, by code
     */
    static List<Problem> check(List<RuleSetLint.DrlFile> files, Map<String, List<String>> choiceScales) {
        List<Problem> out = new ArrayList<>();
        Map<String, Map<String, Declarations.Call>> declared = new LinkedHashMap<>();
        Map<String, String> firstOfScale = new LinkedHashMap<>();
        for (Declarations.Call call : Declarations.of(files, DECLARE, 3)) {
            String at = call.at();
            String[] args = call.args();
            if (args == null) {
                out.add(Problem.error("LINT_ANSWER_VALUE_ARGS", at, Message.of("LINT_ANSWER_VALUE_ARGS"),
                        Message.of("LINT_ANSWER_VALUE_ARGS.expected")));
                continue;
            }
            String scale = args[0];
            String label = args[1];
            List<String> labels = choiceScales.get(scale);
            if (labels == null) {
                String close = Suggestions.closest(scale, List.copyOf(choiceScales.keySet()));
                out.add(Problem.error("LINT_ANSWER_VALUE_SCALE", at, Message.of("RULE_BAD_SETTING.answer-scale",
                        scale), Message.verbatim(String.join(", ", choiceScales.keySet())
                        + (close == null ? "" : " (" + close + "?)"))));
                continue;
            }
            if (!labels.contains(label)) {
                out.add(Problem.error("LINT_ANSWER_VALUE_LABEL", at, Message.of("RULE_BAD_SETTING.answer-label",
                        label, scale), Message.verbatim(String.join(", ", labels))));
                continue;
            }
            firstOfScale.putIfAbsent(scale, at);
            Map<String, Declarations.Call> ofScale = declared.computeIfAbsent(scale, k -> new LinkedHashMap<>());
            Declarations.Call earlier = ofScale.get(label);
            if (earlier != null && earlier.layer() == call.layer()) {
                out.add(Problem.error("LINT_ANSWER_VALUE_TWICE", at, Message.of("LINT_ANSWER_VALUE_TWICE", scale,
                        label, earlier.at()), Message.of("LINT_ANSWER_VALUE_TWICE.expected")));
            } else {
                ofScale.put(label, call);
            }
        }
        declared.forEach((scale, ofScale) -> {
            for (String label : choiceScales.get(scale)) {
                if (!ofScale.containsKey(label)) {
                    out.add(Problem.error("LINT_ANSWER_VALUE_MISSING", firstOfScale.get(scale),
                            Message.of("LINT_ANSWER_VALUE_MISSING", scale, label),
                            Message.of("LINT_ANSWER_VALUE_MISSING.expected", scale, label)));
                }
            }
        });
        return out;
    }
}
