package io.github.zirules.engine.internal.lint;

import io.github.zirules.engine.internal.lint.DrlLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls of one declaring vocabulary method in a rule-set chain, such as {@code answerValue("ABCD", "B", "0.67")},
 * with their texts in quotes, for the lint of declarations that hold across files ({@link AnswerValues},
 * {@link WarningChecks}).
 */
final class Declarations {

    /**
     * One call.
     *
     * @param layer the layer of its file (0 for the root rule set)
     * @param at its {@code file:line}
     * @param args its texts without the quotes; null if they are not all texts in quotes
     */
    record Call(int layer, String at, String[] args) {
    }

    private Declarations() {
    }

    /** Every call of {@code method} with {@code n} arguments in {@code files}, in order. */
    static List<Call> of(List<RuleSetLint.DrlFile> files, String method, int n) {
        List<Call> out = new ArrayList<>();
        for (RuleSetLint.DrlFile f : files) {
            List<Token> ts = DrlLexer.lex(f.text(), 1);
            for (int i = 0; i + 1 < ts.size(); i++) {
                if (ts.get(i).is(method) && ts.get(i + 1).is("(")) {
                    out.add(new Call(f.layer(), f.file() + ":" + ts.get(i).line(), literals(ts, i + 2, n)));
                }
            }
        }
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
