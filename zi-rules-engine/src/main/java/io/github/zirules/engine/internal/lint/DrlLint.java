package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.engine.internal.lint.CodeCheck.Context;
import io.github.zirules.engine.internal.lint.DrlLexer.Token;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.jspecify.annotations.Nullable;
import org.kie.internal.io.ResourceFactory;

/**
 * The static lint of one DRL file, run on every load before anything is compiled: a rule file is policy, not a
 * program. It reads the file twice: as tokens (so that comments and strings never hide or fake code), and as the DRL
 * parser of Drools reads it (so that what is checked is exactly what would be compiled). Every finding is an error
 * with {@code file:line} and what to write instead.
 */
public final class DrlLint {

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9A-Fa-f]{4}");
    /** The deepest nesting of brackets a rule file may have; the built-in rules need 4, the DRL parser overflows
     * its stack somewhere beyond a thousand. */
    static final int MAX_NESTING = 32;
    /** The most patterns of item, indicator, area-part or area facts one rule may join: three would be 1.4 million
     * combinations of the 113 items, four 160 million. */
    static final int MAX_JOINED_PATTERNS = 2;
    /** The most rules one file may hold: the largest built-in file has 18. */
    static final int MAX_RULES = 1_000;
    /** The one source a pattern may have: a level of the score sheet, {@code $k.indicators}. */
    private static final Pattern FROM_THE_SHEET = Pattern.compile("(\\$?[A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z]+)");
    /** The fact type of each level a pattern may read from the score sheet. */
    private static final Map<String, String> LEVELS = Map.of("indicators", "ScoredIndicator", "areaParts",
            "ScoredAreaPart", "areas", "ScoredArea");
    private static final Set<String> ATTRIBUTES = Set.of("ruleflow-group", "agenda-group", "salience", "no-loop",
            "dialect");

    /**
     * What the lint found in one file.
     *
     * @param packageName the file's DRL package; null if it could not be parsed or has none
     * @param problems every finding (errors)
     * @param parseErrors the parser's own syntax errors, for when the file is refused before compiling
     * @param parsed the file as the DRL parser read it, with the file's name as its source path: what the compiler is
     *     given, so that a file is parsed once (null if it could not be parsed, or the lint stopped before)
     */
    public record Report(String packageName, List<Problem> problems, List<Problem> parseErrors,
                         @Nullable PackageDescr parsed) {
    }

    private DrlLint() {
    }

    /**
     * Lints {@code text}, the content of the DRL file named {@code file} in messages.
     */
    public static Report lint(String file, String text) {
        Findings out = new Findings(file);
        rawChecks(text, out);
        List<Token> tokens = DrlLexer.lex(text, 1);
        if (tooDeep(tokens, out)) {
            return new Report(null, out.problems(), List.of(), null);
        }
        Denied.scan(tokens, out);
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            // Parsed as the compiler's DRL handler parses a resource, so that the compiler can take this parse.
            pkg = parser.parse(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file), new StringReader(text));
        } catch (DroolsParserException e) {
            return new Report(null, out.problems(), List.of(Problem.error("DRL_ERROR", file + ":1",
                    Message.of("DRL_ERROR.syntax", e.getMessage()))), null);
        }
        if (parser.hasErrors() || pkg == null) {
            Findings syntax = new Findings(file);
            if (SyntaxDiagnosis.diagnose(text, syntax)) {
                return new Report(null, out.problems(), syntax.problems(), null);
            }
            for (DroolsError e : parser.getErrors()) {
                int line = e instanceof ParserError pe ? pe.getRow() : 1;
                syntax.error("DRL_ERROR", line, Message.of("DRL_ERROR.syntax", e.getMessage()),
                        Message.of("DRL_ERROR.rule.expected"));
            }
            return new Report(null, out.problems(), syntax.problems(), null);
        }
        structure(pkg, out);
        if (pkg.getRules().size() > MAX_RULES) {
            out.error("LINT_TOO_MANY_RULES", 1, Message.of("LINT_TOO_MANY_RULES", pkg.getRules().size(), MAX_RULES),
                    Message.of("LINT_TOO_MANY_RULES.expected"));
            return new Report(null, out.problems(), List.of(), null);
        }
        for (RuleDescr r : pkg.getRules()) {
            rule(r, text, out);
        }
        String name = pkg.getName() == null || pkg.getName().isBlank() ? null : pkg.getName();
        return new Report(name, out.problems(), List.of(), pkg);
    }

    /** Reports nesting deeper than {@link #MAX_NESTING}, which the parser is not given: it would overflow. */
    private static boolean tooDeep(List<Token> tokens, Findings out) {
        int depth = 0;
        for (Token t : tokens) {
            if (t.is("(") || t.is("[") || t.is("{")) {
                if (++depth > MAX_NESTING) {
                    out.error("LINT_NESTING", t.line(), Message.of("LINT_NESTING", MAX_NESTING),
                            Message.of("LINT_NESTING.expected", MAX_NESTING));
                    return true;
                }
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth = Math.max(0, depth - 1);
            }
        }
        return false;
    }

    private static void rawChecks(String text, Findings out) {
        Matcher m = UNICODE_ESCAPE.matcher(text);
        while (m.find()) {
            out.error("LINT_ESCAPE", lineOf(text, m.start()), Message.of("LINT_ESCAPE", m.group()),
                    Message.of("LINT_ESCAPE.expected"));
        }
        int tb = text.indexOf("\"\"\"");
        if (tb >= 0) {
            out.error("LINT_ESCAPE", lineOf(text, tb), Message.of("LINT_ESCAPE.2"),
                    Message.of("LINT_ESCAPE.2.expected"));
        }
    }

    private static void structure(PackageDescr pkg, Findings out) {
        for (ImportDescr i : pkg.getImports()) {
            String target = i.getTarget();
            String prefix = Vocabulary.PACKAGE + ".";
            boolean ok = target.equals(prefix + "*") || target.startsWith(prefix)
                    && Vocabulary.TYPE_NAMES.contains(target.substring(prefix.length()));
            if (!ok) {
                out.error("LINT_IMPORT", i.getLine(), Message.of("LINT_IMPORT", target, Vocabulary.PACKAGE),
                        Message.of("LINT_IMPORT.expected", prefix, String.join(", ",
                        new java.util.TreeSet<>(Vocabulary.TYPE_NAMES))));
            }
        }
        pkg.getFunctionImports().forEach(i -> out.error("LINT_IMPORT", i.getLine(), Message.of("LINT_IMPORT.2",
                i.getTarget()), Message.of("LINT_IMPORT.2.expected")));
        pkg.getAccumulateImports().forEach(i -> out.error("LINT_IMPORT", i.getLine(), Message.of("LINT_IMPORT.3",
                i.getTarget()), Message.of("LINT_IMPORT.3.expected")));
        for (GlobalDescr g : pkg.getGlobals()) {
            out.error("LINT_GLOBAL", g.getLine(), Message.of("LINT_GLOBAL", g.getIdentifier()),
                    Message.of("LINT_GLOBAL.expected"));
        }
        for (FunctionDescr f : pkg.getFunctions()) {
            out.error("LINT_FUNCTION", f.getLine(), Message.of("LINT_FUNCTION", f.getName()),
                    Message.of("LINT_FUNCTION.expected"));
        }
        for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
            declare(t.getTypeName(), t.getLine(), out);
        }
        pkg.getEnumDeclarations().forEach(t -> declare(t.getTypeName(), t.getLine(), out));
        pkg.getEntryPointDeclarations().forEach(t -> declare(t.getEntryPointId(), t.getLine(), out));
        pkg.getWindowDeclarations().forEach(t -> declare(t.getName(), t.getLine(), out));
        if (pkg.getUnit() != null) {
            declare("unit " + pkg.getUnit().getTarget(), pkg.getUnit().getLine(), out);
        }
        for (AttributeDescr a : pkg.getAttributes()) {
            attribute(a, "package", out);
        }
    }

    private static void declare(String what, int line, Findings out) {
        out.error("LINT_DECLARE", line, Message.of("LINT_DECLARE", what), Message.verbatim(String.join(", ",
                new java.util.TreeSet<>(Vocabulary.FACT_TYPE_NAMES))));
    }

    private static void attribute(AttributeDescr a, String rule, Findings out) {
        String name = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().strip();
        boolean ok = ATTRIBUTES.contains(name);
        if (ok && name.equals("salience")) {
            ok = value.matches("-?\\d{1,9}");
        } else if (ok && name.equals("dialect")) {
            ok = value.replace("\"", "").equals("java");
        }
        if (!ok) {
            out.error("LINT_ATTRIBUTE", a.getLine(), Message.of("LINT_ATTRIBUTE", name, value, rule),
                    Message.of("LINT_ATTRIBUTE.expected"));
        }
    }

    private static void rule(RuleDescr r, String text, Findings out) {
        String name = r.getName();
        if (r.isQuery()) {
            out.error("LINT_QUERY", r.getLine(), Message.of("LINT_QUERY", name), Message.of("LINT_QUERY.expected"));
        }
        for (AttributeDescr a : r.getAttributes().values()) {
            attribute(a, name, out);
        }
        if (!r.getAnnotations().isEmpty()) {
            out.error("LINT_ATTRIBUTE", r.getLine(), Message.of("LINT_ATTRIBUTE.2", name),
                    Message.of("LINT_ATTRIBUTE.2.expected"));
        }
        if (!r.getNamedConsequences().isEmpty()) {
            construct("named consequences (then[…], do[…], break[…])", r.getLine(), name, out);
        }
        Set<String> bound = new LinkedHashSet<>();
        if (r.getLhs() != null) {
            condition(r.getLhs(), r.getLine(), name, bound, new LinkedHashSet<>(), out);
            int joined = joinedPatterns(r.getLhs());
            if (joined > MAX_JOINED_PATTERNS) {
                out.error("LINT_JOIN", r.getLine(), Message.of("LINT_JOIN", name, joined, MAX_JOINED_PATTERNS),
                        Message.of("LINT_JOIN.expected"));
            }
        }
        Object consequence = r.getConsequence();
        if (consequence instanceof String code && !code.isBlank()) {
            int at = r.getStartCharacter() >= 0 && r.getStartCharacter() < text.length()
                    ? text.indexOf(code, r.getStartCharacter()) : -1;
            if (at < 0) {
                at = text.indexOf(code);
            }
            int line = at >= 0 ? lineOf(text, at) : Math.max(r.getConsequenceLine(), r.getLine());
            CodeCheck.check(DrlLexer.lex(code, line), Context.CONSEQUENCE, bound, null, name, out);
        }
    }

    private static void condition(BaseDescr d, int ruleLine, String rule, Set<String> bound, Set<String> sheets,
                                  Findings out) {
        int line = d.getLine() > 0 ? d.getLine() : ruleLine;
        if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
                || d instanceof ForallDescr) {
            for (BaseDescr c : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                condition(c, line, rule, bound, sheets, out);
            }
        } else if (d instanceof PatternDescr p) {
            String type = p.getObjectType();
            String simple = type == null ? "" : type.startsWith(Vocabulary.PACKAGE + ".")
                    ? type.substring(Vocabulary.PACKAGE.length() + 1) : type;
            if (!Vocabulary.FACT_TYPE_NAMES.contains(simple)) {
                out.error("LINT_UNKNOWN_NAME", line, Message.of("LINT_UNKNOWN_NAME", rule, type),
                        Message.verbatim(String.join(", ",
                        new java.util.TreeSet<>(Vocabulary.FACT_TYPE_NAMES))));
            }
            if (p.getSource() != null && !fromTheSheet(p, simple, sheets)) {
                construct("'" + p.getSource().getText() + "' (from, accumulate, collect, entry-point, window)",
                        line, rule, out);
            }
            if (p.getIdentifier() != null) {
                bound.add(p.getIdentifier());
                if (simple.equals("Scorecard") && p.getSource() == null) {
                    sheets.add(p.getIdentifier());
                }
            }
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    List<Token> tokens = DrlLexer.lex(e.getExpression(), e.getLine() > 0 ? e.getLine() : line);
                    bound.addAll(CodeCheck.bindings(tokens));
                    CodeCheck.check(tokens, Context.CONDITION, bound, simple, rule, out);
                } else {
                    construct(c.getClass().getSimpleName() + " " + c.getText(), line, rule, out);
                }
            }
        } else if (d instanceof EvalDescr e) {
            String content = String.valueOf(e.getContent());
            CodeCheck.check(DrlLexer.lex(content, line), Context.CONDITION, bound, null, rule, out);
        } else {
            construct(d.getClass().getSimpleName().replace("Descr", "") + " " + d.getText(), line, rule, out);
        }
    }

    /**
     * Whether pattern {@code p} of type {@code type} reads one level of a score sheet bound before it, the one source
     * a pattern may have: {@code ScoredIndicator() from $k.indicators}, {@code ScoredAreaPart() from $k.areaParts},
     * {@code ScoredArea() from $k.areas}.
     */
    private static boolean fromTheSheet(PatternDescr p, String type, Set<String> sheets) {
        if (!(p.getSource() instanceof FromDescr f)) {
            return false;
        }
        Matcher m = FROM_THE_SHEET.matcher(f.getDataSource().toString().strip());
        return m.matches() && sheets.contains(m.group(1)) && type.equals(LEVELS.get(m.group(2)));
    }

    /** How many patterns of facts other than the one score sheet {@code d} holds, at any depth. */
    private static int joinedPatterns(BaseDescr d) {
        if (d instanceof PatternDescr p) {
            String type = p.getObjectType() == null ? "" : p.getObjectType();
            return type.equals("Scorecard") || type.equals(Vocabulary.PACKAGE + ".Scorecard") ? 0 : 1;
        }
        if (d instanceof org.drools.drl.ast.descr.ConditionalElementDescr ce) {
            int n = 0;
            for (BaseDescr c : ce.getDescrs()) {
                n += joinedPatterns(c);
            }
            return n;
        }
        return 0;
    }

    private static void construct(String what, int line, String rule, Findings out) {
        out.error("LINT_CONSTRUCT", line, Message.of("LINT_CONSTRUCT", what, rule),
                Message.of("LINT_CONSTRUCT.expected"));
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
