package io.github.zirules.engine.internal;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.internal.builder.KnowledgeBuilderError;

/**
 * Turns the Drools compiler's errors (two message formats, lines that are sometimes 0 or -1) into one form:
 * {@code file:line}, a message in Bahasa Indonesia and English, and what would be right where it can be said.
 */
final class DrlProblems {

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?:\\[Line: |[Ll]ine )(\\d+)(?:[,:] ?(?:Column: )?(\\d+))?");
    private static final Pattern GENERATED_RULE_CLASS = Pattern.compile("Rule_([A-Za-z0-9_]+?)\\d+(?:DefaultConsequenceInvoker)?");
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{.*?}]\\s*\\^?", Pattern.DOTALL);
    private static final Pattern STRICT = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNDEFINED = Pattern.compile("The method (\\w+\\([^)]*\\)) is undefined for the type (\\w+)");
    private static final Pattern RULE_NAME = Pattern.compile("[Rr]ule (?:name )?[\"']([^\"']+)[\"']");

    private DrlProblems() {
    }

    /** One normalized problem for a compiler error. */
    static Problem of(KnowledgeBuilderError e, Map<String, RuleLines> linesByFile, String fallbackFile) {
        String file = file(e, fallbackFile);
        int line = line(e, linesByFile, fallbackFile);
        String en = clean(e.getMessage() == null ? e.toString() : e.getMessage());
        String where = file + ":" + (line > 0 ? line : 1);
        return Problem.error("DRL_ERROR", where, translate(en), hint(en));
    }

    /**
     * The compiler's errors as problems, in the order of the rule set's files, then of their lines, errors without a
     * line last in their file: the compiler, given every file in one batch, reports them phase by phase (all syntax
     * errors, then all rule errors), not as a reader goes through the files.
     */
    static List<Problem> inFileOrder(Collection<KnowledgeBuilderError> errors, Map<String, RuleLines> lines,
                                     String fallbackFile) {
        List<String> files = List.copyOf(lines.keySet());
        record Placed(int file, int line, Problem problem) {
        }
        List<Placed> placed = new ArrayList<>(errors.size());
        for (KnowledgeBuilderError e : errors) {
            int file = files.indexOf(file(e, fallbackFile));
            int line = line(e, lines, fallbackFile);
            placed.add(new Placed(file < 0 ? files.size() : file, line > 0 ? line : Integer.MAX_VALUE,
                    of(e, lines, fallbackFile)));
        }
        placed.sort(Comparator.comparingInt(Placed::file).thenComparingInt(Placed::line));
        return placed.stream().map(Placed::problem).toList();
    }

    /** The file a compiler error is in: its resource's source path, else {@code fallbackFile}. */
    static String file(KnowledgeBuilderError e, String fallbackFile) {
        return e.getResource() != null && e.getResource().getSourcePath() != null
                ? e.getResource().getSourcePath() : fallbackFile;
    }

    /**
     * The line of a compiler error: from the error, else from its message, else the line of the rule it names; 0 when
     * none of these tells (such as "Parser returned a null Package", which follows a syntax error).
     */
    static int line(KnowledgeBuilderError e, Map<String, RuleLines> linesByFile, String fallbackFile) {
        String file = file(e, fallbackFile);
        String raw = e.getMessage() == null ? e.toString() : e.getMessage();
        int line = 0;
        for (int l : e.getLines()) {
            if (l > 0) {
                line = l;
                break;
            }
        }
        if (line <= 0) {
            Matcher m = LINE_IN_MESSAGE.matcher(raw);
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
            }
        }
        RuleLines lines = linesByFile.get(file);
        if (line <= 0 && lines != null) {
            Matcher m = RULE_NAME.matcher(raw);
            if (m.find()) {
                line = lines.lineOf(m.group(1));
            }
        }
        return Math.max(line, 0);
    }

    static String clean(String raw) {
        String s = NEAR.matcher(raw).replaceAll(" ");
        Matcher g = GENERATED_RULE_CLASS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (g.find()) {
            g.appendReplacement(sb, Matcher.quoteReplacement("rule '" + g.group(1).replace('_', ' ').strip() + "'"));
        }
        g.appendTail(sb);
        s = sb.toString().replace("Rule Compilation error", "").replace("Unable to Analyse Expression", "cannot read");
        s = s.replaceAll("\\[Error: ", "").replaceAll("\\[Line: \\d+, Column: \\d+]", "").replace("]", " ");
        s = s.replaceAll("\\s+", " ").strip();
        if (s.startsWith(":")) {
            s = s.substring(1).strip();
        }
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    /** The compiler's (English) message, with its Indonesian reading from the catalogue. */
    static Message translate(String en) {
        Matcher m = STRICT.matcher(en);
        if (m.find()) {
            String type = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
            return Message.of("DRL_ERROR.strict", m.group(2), type, en);
        }
        m = UNDEFINED.matcher(en);
        if (m.find()) {
            return Message.of("DRL_ERROR.method", m.group(1), m.group(2), en);
        }
        if (en.contains("mismatched input") || en.contains("no viable alternative") || en.contains("extraneous input")
                || en.contains("missing") || en.contains("Syntax error")) {
            return Message.of("DRL_ERROR.syntax", en);
        }
        if (en.contains("cannot be resolved") || en.contains("Unable to resolve")) {
            return Message.of("DRL_ERROR.name", en);
        }
        if (en.contains("Duplicate rule name") || en.contains("Duplicate rule")) {
            return Message.of("DRL_ERROR.duplicate", en);
        }
        return Message.of("DRL_ERROR.other", en);
    }

    private static Message hint(String en) {
        if (STRICT.matcher(en).find()) {
            return Message.of("DRL_ERROR.property.expected");
        }
        if (en.contains("mismatched input") || en.contains("no viable alternative") || en.contains("missing")) {
            return Message.of("DRL_ERROR.rule.expected");
        }
        return null;
    }

    /** Where each rule starts in one DRL file. */
    record RuleLines(Map<String, Integer> lines) {
        private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

        static RuleLines scan(String text) {
            Map<String, Integer> m = new java.util.HashMap<>();
            String[] ls = text.split("\n", -1);
            for (int i = 0; i < ls.length; i++) {
                Matcher r = RULE.matcher(ls[i]);
                if (r.find()) {
                    String name = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
                    m.putIfAbsent(name, i + 1);
                }
            }
            return new RuleLines(m);
        }

        int lineOf(String rule) {
            return lines.getOrDefault(rule, 0);
        }
    }
}
