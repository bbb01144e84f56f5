package io.github.zirules.engine.internal.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DRL or Java text into tokens the way the Java compiler does, so that comments and string literals are never
 * mistaken for code and code is never hidden as a comment or a string. Line numbers are 1-based and counted from
 * {@code firstLine}.
 */
final class DrlLexer {

    /** What a token is. */
    enum Kind { IDENT, NUMBER, STRING, PUNCT }

    /**
     * One token.
     *
     * @param kind what it is
     * @param text its text (a string literal keeps its quotes)
     * @param line its line
     */
    record Token(Kind kind, String text, int line) {
        boolean is(String s) {
            return (kind == Kind.IDENT || kind == Kind.PUNCT) && text.equals(s);
        }

        boolean isIdent() {
            return kind == Kind.IDENT;
        }
    }

    private static final String[] PUNCTS = {">>>=", "<<=", ">>=", ">>>", "...", "->", "::", "==", "!=", "<=", ">=",
        "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ":="};

    private DrlLexer() {
    }

    /** The tokens of {@code text}, whose first line is {@code firstLine}. */
    static List<Token> lex(String text, int firstLine) {
        List<Token> out = new ArrayList<>();
        int line = firstLine;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(text, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int start = i;
                int startLine = line;
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' && i + 1 < n && text.charAt(i + 1) != '\n' ? 2 : 1;
                }
                i = Math.min(n, i < n && text.charAt(i) == c ? i + 1 : i);
                out.add(new Token(Kind.STRING, text.substring(start, i), startLine));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.IDENT, text.substring(start, i), line));
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.'
                        || text.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, text.substring(start, i), line));
            } else {
                String p = String.valueOf(c);
                for (String candidate : PUNCTS) {
                    if (text.startsWith(candidate, i)) {
                        p = candidate;
                        break;
                    }
                }
                out.add(new Token(Kind.PUNCT, p, line));
                i += p.length();
            }
        }
        return out;
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
