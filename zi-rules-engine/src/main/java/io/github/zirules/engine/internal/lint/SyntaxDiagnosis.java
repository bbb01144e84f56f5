package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.Message;
import io.github.zirules.engine.internal.lint.DrlLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the cause of the two syntax errors policy staff make most, which the DRL parser reports where it notices them
 * rather than where they are: a missing {@code )} (the parser complains about the next line) and a missing
 * {@code end} (it complains about the next rule). Each is named at the line that needs the fix.
 */
final class SyntaxDiagnosis {

    private SyntaxDiagnosis() {
    }

    /** Reports the causes found in {@code text} to {@code out}; whether any was found. */
    static boolean diagnose(String text, Findings out) {
        List<Token> tokens = DrlLexer.lex(text, 1);
        boolean found = false;
        List<int[]> rules = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("rule") && i + 1 < tokens.size()
                    && tokens.get(i + 1).kind() == DrlLexer.Kind.STRING) {
                rules.add(new int[] {i});
            }
        }
        for (int r = 0; r < rules.size(); r++) {
            int from = rules.get(r)[0];
            int to = r + 1 < rules.size() ? rules.get(r + 1)[0] : tokens.size();
            String name = tokens.get(from + 1).text();
            int end = -1;
            int then = -1;
            for (int i = from + 2; i < to; i++) {
                if (tokens.get(i).is("end")) {
                    end = i;
                    break;
                }
                if (tokens.get(i).is("then") && then < 0) {
                    then = i;
                }
            }
            if (end < 0) {
                Token last = tokens.get(to - 1);
                out.error("LINT_SYNTAX", last.line(), Message.of("LINT_SYNTAX", name, tokens.get(from).line(),
                        last.line()), Message.of("LINT_SYNTAX.expected"));
                found = true;
            }
            int condEnd = then >= 0 ? then : end >= 0 ? end : to;
            found |= parentheses(tokens, from + 2, condEnd, name, out);
        }
        return found;
    }

    /** A condition part whose parentheses do not close: named at the line after which a ')' is missing. */
    private static boolean parentheses(List<Token> tokens, int from, int to, String rule, Findings out) {
        int depth = 0;
        Token open = null;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean lineEnds = i + 1 >= to || tokens.get(i + 1).line() > t.line();
            if (t.is("(")) {
                open = depth == 0 ? t : open;
                depth++;
            } else if (t.is(")")) {
                depth--;
            }
            if (depth > 0 && lineEnds && open != null) {
                // A pattern ends with its line in these rule files: a line that ends inside it is where ')' is missing
                // when the next line starts a new pattern or the then part.
                Token next = i + 1 < to ? tokens.get(i + 1) : null;
                if (next == null || startsPattern(tokens, i + 1)) {
                    out.error("LINT_SYNTAX", t.line(), Message.of("LINT_SYNTAX.2", rule, open.line()),
                            Message.of("LINT_SYNTAX.2.expected"));
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether tokens at {@code i} start a new pattern or keyword ({@code $x :}, a fact type, then, not, eval …). */
    private static boolean startsPattern(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.is("then") || t.is("not") || t.is("exists") || t.is("eval") || t.is("end")) {
            return true;
        }
        if (t.isIdent() && t.text().startsWith("$") && i + 3 < tokens.size() && tokens.get(i + 1).is(":")) {
            return isPattern(tokens, i + 2);
        }
        return isPattern(tokens, i);
    }

    private static boolean isPattern(List<Token> tokens, int i) {
        return tokens.get(i).isIdent() && Character.isUpperCase(tokens.get(i).text().charAt(0))
                && i + 1 < tokens.size() && tokens.get(i + 1).is("(");
    }
}
