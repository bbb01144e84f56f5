package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.Message;
import io.github.zirules.api.internal.Suggestions;
import io.github.zirules.engine.internal.lint.DrlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The allow-list for the code inside a rule: what a condition (a constraint or {@code eval}) and a consequence may
 * write. A condition may read facts and call the vocabulary's methods that return a value; a consequence may call
 * every rule-facing method of the vocabulary on the variables its conditions bound, declare local variables of
 * vocabulary types, and use {@code if}/{@code else}. Nothing else: no loops, no {@code new}, no function calls, no
 * lambdas, no fully-qualified names. Names that {@link Denied} forbids everywhere are left to it (one finding each).
 */
final class CodeCheck {

    /** Where code stands. */
    enum Context { CONDITION, CONSEQUENCE }

    private static final Set<String> LOOPS_AND_PROGRAMS = Set.of("while", "for", "do", "goto", "new", "try", "catch",
            "finally", "throw", "throws", "synchronized", "class", "interface", "enum", "record", "assert", "switch",
            "case", "break", "continue", "yield", "static", "native", "transient", "volatile", "strictfp", "import",
            "package", "super", "function", "def", "foreach", "until", "with", "macro");
    private static final Set<String> FLOATING = Set.of("double", "float", "Double", "Float");
    private static final Set<String> CONDITION_WORDS = Set.of("true", "false", "null", "this",
            "contains", "memberOf", "soundslike", "in", "not", "excludes", "str", "and", "or", "instanceof");
    private static final Set<String> CONSEQUENCE_WORDS = Set.of("if", "else", "return", "true", "false", "null",
            "final", "instanceof");
    private static final Set<String> CONDITION_CALLS = Set.of("eval", "in", "not");
    /** Local variable types a consequence may not declare: a text (or an untyped {@code var}) could be doubled. */
    private static final Set<String> TEXT_VARIABLES = Set.of("String", "var", "CharSequence", "StringBuilder",
            "StringBuffer");
    private static final Set<String> FORBIDDEN_PUNCT = Set.of("->", "::", "@", "#", "[", "]", "`", "\\");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+),\\d+");
    /** Vocabulary methods whose numbers are decimals written as text; a whole number elsewhere may be a count. */
    private static final Set<String> DECIMAL_ARGUMENTS = Set.of("minimum", "weight", "indicatorWeight",
            "areaPartWeight", "setValue", "times", "plus", "minus", "atLeast", "atMost");
    private static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
            "<<=", ">>=", ">>>=", "++", "--");

    private CodeCheck() {
    }

    /** The variables that {@code tokens} (a constraint) binds: {@code $x : …}. */
    static List<String> bindings(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isIdent() && (tokens.get(i + 1).is(":") || tokens.get(i + 1).is(":="))) {
                out.add(tokens.get(i).text());
            }
        }
        return out;
    }

    /**
     * Checks {@code tokens}, reporting to {@code out}.
     *
     * @param bound the variables the rule's conditions bind; a consequence adds its local variables to it
     * @param factType the simple name of the fact type whose pattern the tokens constrain; null in an {@code eval}
     *     and in a consequence, where a bare name can only be a bound variable
     */
    static void check(List<Token> tokens, Context ctx, Set<String> bound, String factType, String rule,
                      Findings out) {
        boolean consequence = ctx == Context.CONSEQUENCE;
        Set<String> fromConditions = consequence ? Set.copyOf(bound) : Set.of();
        Message where = Message.of(consequence ? "lint.place.then" : "lint.place.when");
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == DrlLexer.Kind.STRING || t.kind() == DrlLexer.Kind.NUMBER) {
                number(tokens, i, consequence, rule, out);
                continue;
            }
            if (t.kind() == DrlLexer.Kind.PUNCT) {
                if (FORBIDDEN_PUNCT.contains(t.text())) {
                    out.error("LINT_FORBIDDEN_SYNTAX", t.line(), Message.of("LINT_FORBIDDEN_SYNTAX", t.text(),
                            where, rule), Message.of("LINT_FORBIDDEN_SYNTAX.expected"));
                } else if (!consequence && ASSIGNMENTS.contains(t.text())) {
                    out.error("LINT_ASSIGNMENT", t.line(), Message.of("LINT_ASSIGNMENT", rule, t.text()),
                            Message.of("LINT_ASSIGNMENT.expected"));
                } else if (consequence && ASSIGNMENTS.contains(t.text()) && i > 0
                        && fromConditions.contains(tokens.get(i - 1).text())) {
                    out.error("LINT_ASSIGNMENT", t.line(), Message.of("LINT_ASSIGNMENT.2", rule,
                            tokens.get(i - 1).text()), Message.of("LINT_ASSIGNMENT.2.expected"));
                }
                continue;
            }
            if (!t.isIdent()) {
                continue;
            }
            String name = t.text();
            if (Denied.chainIsDenied(tokens, i)) {
                i = Denied.chainEnd(tokens, i);
                continue;
            }
            boolean afterDot = i > 0 && tokens.get(i - 1).is(".");
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).is("(");
            if (!afterDot && name.equals("matches")) {
                out.error("LINT_FORBIDDEN_OPERATOR", t.line(), Message.of("LINT_FORBIDDEN_OPERATOR", rule),
                        Message.of("LINT_FORBIDDEN_OPERATOR.expected"));
            } else if (consequence && TEXT_VARIABLES.contains(name) && i + 1 < tokens.size()
                    && tokens.get(i + 1).isIdent()) {
                out.error("LINT_TEXT_VARIABLE", t.line(), Message.of("LINT_TEXT_VARIABLE", name,
                        tokens.get(i + 1).text(), rule), Message.of("LINT_TEXT_VARIABLE.expected"));
                bound.add(tokens.get(i + 1).text());
                i++;
            } else if (LOOPS_AND_PROGRAMS.contains(name) || consequence && name.equals("this")) {
                out.error("LINT_FORBIDDEN_KEYWORD", t.line(), Message.of("LINT_FORBIDDEN_KEYWORD", name, where,
                        rule), Message.of("LINT_FORBIDDEN_KEYWORD.expected"));
            } else if (FLOATING.contains(name)) {
                out.error("LINT_FLOATING_POINT", t.line(), Message.of("LINT_FLOATING_POINT", name, rule),
                        Message.of("LINT_FLOATING_POINT.expected"));
                if (i + 1 < tokens.size() && tokens.get(i + 1).isIdent()) {
                    bound.add(tokens.get(i + 1).text());
                }
            } else if (afterDot) {
                Set<String> allowed = consequence ? Vocabulary.ACTION_METHODS : Vocabulary.QUERY_METHODS;
                if (call && !allowed.contains(name)) {
                    forbiddenCall(t, name, allowed, consequence, where, rule, out);
                } else if (!call && !Vocabulary.CONSTANTS.contains(name)
                        && (consequence || !Vocabulary.ALL_PROPERTIES.contains(name))) {
                    outsideVocabulary(t, tokens, i, consequence ? null : "", where, rule, out);
                    i = Denied.chainEnd(tokens, i);
                }
            } else if (!consequence && !call && Character.isLowerCase(name.charAt(0)) && !bound.contains(name)
                    && !CONDITION_WORDS.contains(name) && (factType == null
                    || !Vocabulary.PROPERTIES.getOrDefault(factType, Set.of()).contains(name))) {
                outsideVocabulary(t, tokens, i, factType, where, rule, out);
                i = Denied.chainEnd(tokens, i);
            } else if (call) {
                boolean ok = !consequence && (CONDITION_CALLS.contains(name)
                        || Vocabulary.FACT_TYPE_NAMES.contains(name)
                        || "Scorecard".equals(factType) && FactNames.READERS.containsKey(name))
                        || consequence && name.equals("if");
                if (!ok) {
                    out.error("LINT_FORBIDDEN_CALL", t.line(), Message.of("LINT_FORBIDDEN_CALL", name, where, rule),
                            Message.of("LINT_FORBIDDEN_CALL.expected"));
                }
            } else if (consequence) {
                if (CONSEQUENCE_WORDS.contains(name) || bound.contains(name)) {
                    continue;
                }
                if (Vocabulary.TYPE_NAMES.contains(name) || Vocabulary.PLAIN_TYPES.contains(name)) {
                    if (i + 1 < tokens.size() && tokens.get(i + 1).isIdent()) {
                        bound.add(tokens.get(i + 1).text());
                        i++;
                    }
                    continue;
                }
                out.error("LINT_UNKNOWN_NAME", t.line(), Message.of("LINT_UNKNOWN_NAME.2", name, rule),
                        Message.of("LINT_UNKNOWN_NAME.2.expected", String.join(", ", new TreeSet<>(bound)),
                                String.join(", ", new TreeSet<>(Vocabulary.TYPE_NAMES))));
            } else if (Character.isUpperCase(name.charAt(0)) && !Vocabulary.TYPE_NAMES.contains(name)
                    && !CONDITION_WORDS.contains(name)) {
                out.error("LINT_UNKNOWN_NAME", t.line(), Message.of("LINT_UNKNOWN_NAME.3", name, rule),
                        Message.of("LINT_UNKNOWN_NAME.3.expected", String.join(", ",
                        new TreeSet<>(Vocabulary.TYPE_NAMES))));
            }
        }
    }

    /**
     * Numbers are written as the vocabulary reads them: a decimal point, in quotes ({@code "14.00"}). A decimal comma
     * (which the rule names use, {@code 14,00}) or an unquoted number as an argument of the vocabulary would otherwise
     * fail later with a compiler message or a parse error at no line; the only whole number written bare is the
     * number of decimals of {@code reporting(2, "HALF_UP")}.
     */
    private static void number(List<Token> tokens, int i, boolean consequence, String rule, Findings out) {
        Token t = tokens.get(i);
        if (t.kind() == DrlLexer.Kind.STRING) {
            String body = t.text().length() >= 2 ? t.text().substring(1, t.text().length() - 1) : t.text();
            if (DECIMAL_COMMA.matcher(body).matches()) {
                String fixed = body.replace(".", "").replace(',', '.');
                out.error("LINT_DECIMAL_COMMA", t.line(), Message.of("LINT_DECIMAL_COMMA", body, rule, fixed),
                        Message.of("LINT_DECIMAL_COMMA.expected", fixed));
            }
            return;
        }
        String call = consequence ? enclosingCall(tokens, i) : null;
        if (call == null || !Vocabulary.ACTION_METHODS.contains(call)
                || !t.text().contains(".") && !DECIMAL_ARGUMENTS.contains(call)) {
            return;
        }
        String fixed = t.text().replaceAll("[dDfFlL]$", "");
        out.error("LINT_NUMBER_UNQUOTED", t.line(), Message.of("LINT_NUMBER_UNQUOTED", t.text(), rule, fixed),
                Message.of("LINT_NUMBER_UNQUOTED.expected", fixed));
    }

    /** The name of the method whose argument list holds token {@code i}; null if none. */
    private static String enclosingCall(List<Token> tokens, int i) {
        int depth = 0;
        for (int k = i - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.is(")")) {
                depth++;
            } else if (t.is("(")) {
                if (depth == 0) {
                    return k > 0 && tokens.get(k - 1).isIdent() ? tokens.get(k - 1).text() : null;
                }
                depth--;
            }
        }
        return null;
    }

    /**
     * Reports a name outside the closed vocabulary (LINT_VOCABULARY), such as {@code assessment.unit.name}: a rule
     * may read only what the vocabulary lists, so that it cannot single out a unit by its identity.
     *
     * @param factType the fact type whose properties a bare name may be; "" for a property after a dot in a
     *     condition, null for a field access in a consequence
     */
    private static void outsideVocabulary(Token t, List<Token> tokens, int i, String factType, Message where,
                                          String rule, Findings out) {
        String chain = Denied.chainText(tokens, Math.max(0, i > 0 && tokens.get(i - 1).is(".") ? i - 2 : i),
                Denied.chainEnd(tokens, i));
        Set<String> known = factType == null ? Set.of() : factType.isEmpty() ? Vocabulary.ALL_PROPERTIES
                : Vocabulary.PROPERTIES.getOrDefault(factType, Set.of());
        String close = Suggestions.closest(t.text(), List.copyOf(new TreeSet<>(known)));
        String list = known.isEmpty() ? "$area.getScore()" : String.join(", ", new TreeSet<>(known));
        out.error("LINT_VOCABULARY", t.line(), Message.of("LINT_VOCABULARY", chain, where, rule,
                close != null ? Message.of("lint.did-you-mean", close) : ""), Message.of("LINT_VOCABULARY.expected",
                        list));
    }

    private static void forbiddenCall(Token t, String name, Set<String> allowed, boolean consequence, Message where,
                                      String rule, Findings out) {
        String close = Suggestions.closest(name, List.copyOf(new TreeSet<>(allowed)));
        Object why = !consequence && Vocabulary.ACTION_METHODS.contains(name) ? Message.of("lint.action-only") : "";
        out.error("LINT_FORBIDDEN_CALL", t.line(), Message.of("LINT_FORBIDDEN_CALL.2", name, where, rule, why),
                Message.of("LINT_FORBIDDEN_CALL.2.expected", close != null ? Message.of("lint.did-you-mean-method",
                close) : ""));
    }
}
