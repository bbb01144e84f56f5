package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.DeclaredFact.Kind;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.internal.Suggestions;
import io.github.zirules.engine.internal.lint.DrlLexer.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agency facts of a rule-set chain, checked across its files: every fact a rule reads
 * ({@code hasFact("jumlahPegawai")}, {@code factNumber(…)}, {@code factGrade(…)}, {@code factYes(…)}) must be declared
 * by some file of the chain ({@code agencyFact("jumlahPegawai", "BILANGAN", …)}), with a kind the reader can read, and
 * a grade fact's scale must be declared ({@code gradeScale("BPK", …)}). Names are written in quotes, so that this is
 * known before anything runs: a rule's conditions may be evaluated before the declaring rule fires.
 */
final class FactNames {

    /** The vocabulary methods that read a fact, with the kinds each can read. */
    static final Map<String, Set<Kind>> READERS = Map.of("hasFact", EnumSet.allOf(Kind.class),
            "factNumber", EnumSet.of(Kind.WHOLE_NUMBER, Kind.DECIMAL), "factGrade", EnumSet.of(Kind.GRADE, Kind.CHOICE),
            "factYes", EnumSet.of(Kind.YES_NO));
    private static final String DECLARE = "agencyFact";
    private static final String SCALE = "gradeScale";

    /** A declaration as written: its kind word ({@code BILANGAN}, {@code PERINGKAT} …) and a grade's scale. */
    private record Declared(String kindText, Kind kind, String scale, String file, int line) {
    }

    private FactNames() {
    }

    /** Every problem of the facts of {@code files}, each at its {@code file:line}. */
    static List<Problem> check(List<RuleSetLint.DrlFile> files) {
        Map<String, Declared> declared = new LinkedHashMap<>();
        Set<String> scales = new LinkedHashSet<>();
        Map<String, List<Token>> tokens = new LinkedHashMap<>();
        List<Problem> out = new ArrayList<>();
        for (RuleSetLint.DrlFile f : files) {
            List<Token> ts = DrlLexer.lex(f.text(), 1);
            tokens.put(f.file(), ts);
            for (int i = 0; i + 2 < ts.size(); i++) {
                String name = literalArgument(ts, i, SCALE);
                if (name != null) {
                    scales.add(name);
                }
                name = literalArgument(ts, i, DECLARE);
                if (name != null && i + 4 < ts.size() && ts.get(i + 3).is(",")
                        && ts.get(i + 4).kind() == DrlLexer.Kind.STRING) {
                    String kind = unquote(ts.get(i + 4).text()).strip();
                    declared.put(name, declared(kind, f.file(), ts.get(i).line()));
                }
            }
        }
        for (Declared d : declared.values()) {
            if (d.kind() == Kind.GRADE && !scales.contains(d.scale())) {
                String close = Suggestions.closest(d.scale(), List.copyOf(scales));
                out.add(Problem.error("LINT_FACT_KIND", d.file() + ":" + d.line(), Message.of("RULE_UNKNOWN_ID.scale",
                        d.scale(), close == null ? "" : Message.of("lint.did-you-mean", close)),
                        Message.of("RULE_UNKNOWN_ID.scale.expected", d.scale())));
            }
        }
        tokens.forEach((file, ts) -> reads(file, ts, declared, out));
        return out;
    }

    private static void reads(String file, List<Token> ts, Map<String, Declared> declared, List<Problem> out) {
        for (int i = 0; i + 1 < ts.size(); i++) {
            Token t = ts.get(i);
            boolean called = ts.get(i + 1).is("(");
            if (!called || !t.isIdent() || !READERS.containsKey(t.text()) && !t.text().equals(DECLARE)) {
                continue;
            }
            String at = file + ":" + t.line();
            if (i + 2 >= ts.size() || ts.get(i + 2).kind() != DrlLexer.Kind.STRING) {
                out.add(Problem.error("LINT_FACT_NAME", at, Message.of("LINT_FACT_NAME", t.text()),
                        Message.of("LINT_FACT_NAME.expected", t.text())));
                continue;
            }
            if (t.text().equals(DECLARE)) {
                continue;
            }
            String name = unquote(ts.get(i + 2).text());
            Declared d = declared.get(name);
            if (d == null) {
                String close = Suggestions.closest(name, List.copyOf(declared.keySet()));
                out.add(Problem.error("LINT_FACT_UNKNOWN", at, Message.of("RULE_UNKNOWN_ID.fact", name,
                        close == null ? "" : Message.of("lint.did-you-mean", close)), declared.isEmpty()
                        ? Message.of("RULE_UNKNOWN_ID.fact.expected", name)
                        : Message.verbatim(String.join(", ", declared.keySet()))));
            } else if (d.kind() != null && !READERS.get(t.text()).contains(d.kind())) {
                String reader = READERS.entrySet().stream().filter(e -> !e.getKey().equals("hasFact")
                        && e.getValue().contains(d.kind())).map(Map.Entry::getKey).findFirst().orElse("hasFact");
                out.add(Problem.error("LINT_FACT_KIND", at, Message.of("RULE_BAD_SETTING.fact-read", name,
                        d.kindText(), t.text()), Message.of("RULE_BAD_SETTING.fact-read.expected", reader)));
            }
        }
    }

    /** The name in quotes that {@code method("name"} at {@code i} gives; null if {@code i} is not such a call. */
    private static String literalArgument(List<Token> ts, int i, String method) {
        return ts.get(i).is(method) && ts.get(i + 1).is("(") && ts.get(i + 2).kind() == DrlLexer.Kind.STRING
                ? unquote(ts.get(i + 2).text()) : null;
    }

    /** The kind a declaration writes; null if it is not valid (the declaring rule's run reports it). */
    private static Declared declared(String kindText, String file, int line) {
        int space = kindText.indexOf(' ');
        String word = space < 0 ? kindText : kindText.substring(0, space);
        for (Kind k : Kind.values()) {
            if (k.word().equals(word)) {
                return new Declared(kindText, k, k == Kind.GRADE && space > 0 ? kindText.substring(space + 1).strip()
                        : null, file, line);
            }
        }
        return new Declared(kindText, null, null, file, line);
    }

    private static String unquote(String literal) {
        return literal.length() >= 2 ? literal.substring(1, literal.length() - 1) : literal;
    }
}
