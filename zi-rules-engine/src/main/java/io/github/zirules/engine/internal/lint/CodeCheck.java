package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.internal.Suggestions;
import io.github.zirules.engine.internal.lint.DrlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
     */
    static void check(List<Token> tokens, Context ctx, Set<String> bound, String rule, Findings out) {
        boolean consequence = ctx == Context.CONSEQUENCE;
        Set<String> fromConditions = consequence ? Set.copyOf(bound) : Set.of();
        String where = consequence ? "tindakan (then)" : "kondisi (when)";
        String whereEn = consequence ? "consequence (then)" : "condition (when)";
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == DrlLexer.Kind.PUNCT) {
                if (FORBIDDEN_PUNCT.contains(t.text())) {
                    out.error("LINT_FORBIDDEN_SYNTAX", t.line(), "'" + t.text() + "' tidak diizinkan pada " + where
                            + " aturan '" + rule + "' (lambda, referensi metode, anotasi, larik)", "'" + t.text()
                            + "' is not allowed in the " + whereEn + " of rule '" + rule + "' (lambdas, method "
                            + "references, annotations, arrays are program code, not policy)",
                            "plain calls of the vocabulary, e.g. $k.get(\"TOTAL\")");
                } else if (!consequence && ASSIGNMENTS.contains(t.text())) {
                    out.error("LINT_ASSIGNMENT", t.line(), "kondisi aturan '" + rule + "' mengubah nilai ('"
                            + t.text() + "'); kondisi hanya boleh membaca", "the condition of rule '" + rule
                            + "' assigns a value ('" + t.text() + "'); a condition may only read",
                            "a comparison such as ==, !=, <, <=, >, >=");
                } else if (consequence && ASSIGNMENTS.contains(t.text()) && i > 0
                        && fromConditions.contains(tokens.get(i - 1).text())) {
                    out.error("LINT_ASSIGNMENT", t.line(), "tindakan aturan '" + rule + "' mengubah variabel '"
                            + tokens.get(i - 1).text() + "' yang diikat kondisi", "the consequence of rule '" + rule
                            + "' assigns to '" + tokens.get(i - 1).text() + "', which its conditions bound",
                            "a local variable of type Exact, or a setter of the vocabulary");
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
                out.error("LINT_FORBIDDEN_OPERATOR", t.line(), "operator 'matches' (ekspresi reguler) tidak "
                        + "diizinkan pada aturan '" + rule + "': ekspresi reguler bisa berjalan tanpa akhir",
                        "the operator 'matches' (a regular expression) is not allowed in rule '" + rule + "': a "
                        + "regular expression can run for ever on a short input", "==, str[startsWith], "
                        + "str[endsWith], or a list with 'in'");
            } else if (consequence && TEXT_VARIABLES.contains(name) && i + 1 < tokens.size()
                    && tokens.get(i + 1).isIdent()) {
                out.error("LINT_TEXT_VARIABLE", t.line(), "variabel lokal '" + name + " " + tokens.get(i + 1).text()
                        + "' pada tindakan aturan '" + rule + "' tidak diizinkan: teks yang dibangun berulang kali "
                        + "bisa memenuhi memori", "the local variable '" + name + " " + tokens.get(i + 1).text()
                        + "' in the consequence of rule '" + rule + "' is not allowed: text built up step by step "
                        + "can fill the memory", "write the text where it is used, e.g. $k.warn(\"KODE\", "
                        + "$butir.getId(), \"…\", \"…\"); a local variable of type Exact for numbers");
                bound.add(tokens.get(i + 1).text());
                i++;
            } else if (LOOPS_AND_PROGRAMS.contains(name) || consequence && name.equals("this")) {
                out.error("LINT_FORBIDDEN_KEYWORD", t.line(), "'" + name + "' tidak diizinkan pada " + where
                        + " aturan '" + rule + "': perulangan, objek baru, fungsi, dan penanganan eksepsi adalah "
                        + "program, bukan kebijakan", "'" + name + "' is not allowed in the " + whereEn + " of rule '"
                        + rule + "': loops, new objects, functions and exception handling are program code, not "
                        + "policy", "one decision per rule; write one rule for each case");
            } else if (FLOATING.contains(name)) {
                out.error("LINT_FLOATING_POINT", t.line(), "'" + name + "' (bilangan biner pecahan) tidak boleh "
                        + "dipakai untuk nilai pada aturan '" + rule + "'", "'" + name + "' (binary floating point) "
                        + "must not be used for scores in rule '" + rule + "'", "Exact, e.g. $k.get(\"TOTAL\")"
                        + ".times(\"0.60\")");
                if (i + 1 < tokens.size() && tokens.get(i + 1).isIdent()) {
                    bound.add(tokens.get(i + 1).text());
                }
            } else if (afterDot) {
                Set<String> allowed = consequence ? Vocabulary.ACTION_METHODS : Vocabulary.QUERY_METHODS;
                if (call && !allowed.contains(name)) {
                    forbiddenCall(t, name, allowed, consequence, where, whereEn, rule, out);
                } else if (!call && consequence && !Vocabulary.CONSTANTS.contains(name)) {
                    out.error("LINT_FORBIDDEN_CALL", t.line(), "akses medan '." + name + "' tidak diizinkan pada "
                            + where + " aturan '" + rule + "'", "field access '." + name + "' is not allowed in the "
                            + whereEn + " of rule '" + rule + "'", "a getter of the vocabulary, e.g. .getScore()");
                }
            } else if (call) {
                boolean ok = !consequence && (CONDITION_CALLS.contains(name)
                        || Vocabulary.FACT_TYPE_NAMES.contains(name)) || consequence && name.equals("if");
                if (!ok) {
                    out.error("LINT_FORBIDDEN_CALL", t.line(), "pemanggilan fungsi '" + name + "(…)' tidak diizinkan"
                            + " pada " + where + " aturan '" + rule + "'", "calling the function '" + name
                            + "(…)' is not allowed in the " + whereEn + " of rule '" + rule + "'",
                            "a method of a bound fact, e.g. $k.get(\"TOTAL\") or $butir.setValue(\"1\")");
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
                out.error("LINT_UNKNOWN_NAME", t.line(), "nama '" + name + "' pada tindakan aturan '" + rule
                        + "' tidak dikenal", "the name '" + name + "' in the consequence of rule '" + rule
                        + "' is not known", "a variable bound in the conditions (" + String.join(", ",
                        new TreeSet<>(bound)) + ") or a vocabulary type (" + String.join(", ",
                        new TreeSet<>(Vocabulary.TYPE_NAMES)) + ")");
            } else if (Character.isUpperCase(name.charAt(0)) && !Vocabulary.TYPE_NAMES.contains(name)
                    && !CONDITION_WORDS.contains(name)) {
                out.error("LINT_UNKNOWN_NAME", t.line(), "nama '" + name + "' pada kondisi aturan '" + rule
                        + "' tidak dikenal", "the name '" + name + "' in the condition of rule '" + rule
                        + "' is not known", "a property of the fact, a bound variable, or a vocabulary type ("
                        + String.join(", ", new TreeSet<>(Vocabulary.TYPE_NAMES)) + ")");
            }
        }
    }

    private static void forbiddenCall(Token t, String name, Set<String> allowed, boolean consequence, String where,
                                      String whereEn, String rule, Findings out) {
        String close = Suggestions.closest(name, List.copyOf(new TreeSet<>(allowed)));
        String why = consequence ? "" : Vocabulary.ACTION_METHODS.contains(name)
                ? " (metode ini mengubah nilai; hanya boleh di tindakan)" : "";
        String whyEn = consequence ? "" : Vocabulary.ACTION_METHODS.contains(name)
                ? " (it changes the score sheet; call it in the consequence)" : "";
        out.error("LINT_FORBIDDEN_CALL", t.line(), "metode '." + name + "(…)' tidak ada dalam daftar yang diizinkan "
                + "untuk " + where + " aturan '" + rule + "'" + why, "the method '." + name + "(…)' is not on the "
                + "allow-list for the " + whereEn + " of rule '" + rule + "'" + whyEn, (close != null
                ? "did you mean ." + close + "(…)? " : "") + "a method of the rule vocabulary (see docs/policy)");
    }
}
