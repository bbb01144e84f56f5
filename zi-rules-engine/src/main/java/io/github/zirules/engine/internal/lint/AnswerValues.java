package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.internal.Suggestions;
import io.github.zirules.engine.internal.lint.DrlLexer.Token;
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

    /** A declaration's place. */
    private record Place(int layer, String at) {
    }

    private AnswerValues() {
    }

    /**
     * Every problem of the answer-value declarations of {@code files}, each at its {@code file:line}.
     *
     * @param choiceScales the labels of each choice scale of the structure, best first, by code
     */
    static List<Problem> check(List<RuleSetLint.DrlFile> files, Map<String, List<String>> choiceScales) {
        List<Problem> out = new ArrayList<>();
        Map<String, Map<String, Place>> declared = new LinkedHashMap<>();
        Map<String, String> firstOfScale = new LinkedHashMap<>();
        for (RuleSetLint.DrlFile f : files) {
            List<Token> ts = DrlLexer.lex(f.text(), 1);
            for (int i = 0; i + 1 < ts.size(); i++) {
                if (!ts.get(i).is(DECLARE) || !ts.get(i + 1).is("(")) {
                    continue;
                }
                String at = f.file() + ":" + ts.get(i).line();
                String[] args = literals(ts, i + 2, 3);
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
                Map<String, Place> ofScale = declared.computeIfAbsent(scale, k -> new LinkedHashMap<>());
                Place earlier = ofScale.get(label);
                if (earlier != null && earlier.layer() == f.layer()) {
                    out.add(Problem.error("LINT_ANSWER_VALUE_TWICE", at, Message.of("LINT_ANSWER_VALUE_TWICE", scale,
                            label, earlier.at()), Message.of("LINT_ANSWER_VALUE_TWICE.expected")));
                } else {
                    ofScale.put(label, new Place(f.layer(), at));
                }
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

    /** The {@code n} texts in quotes, separated by commas, from token {@code from} on; null if they are not. */
    private static String[] literals(List<Token> ts, int from, int n) {
        String[] out = new String[n];
        int i = from;
        for (int k = 0; k < n; k++) {
            if (i >= ts.size() || ts.get(i).kind() != DrlLexer.Kind.STRING) {
                return null;
            }
            String t = ts.get(i).text();
            out[k] = t.length() >= 2 ? t.substring(1, t.length() - 1) : t;
            i++;
            String next = k + 1 < n ? "," : ")";
            if (i >= ts.size() || !ts.get(i).is(next)) {
                return null;
            }
            i++;
        }
        return out;
    }
}
