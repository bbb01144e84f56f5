package io.github.zirules.engine.internal.tables;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule tables: a rule set's numbers written as Drools decision tables ({@code .xlsx}, or {@code .csv}) and listed in
 * its {@code rules =} line like any DRL file. Each table is compiled to DRL when the rule set loads and then goes
 * through the same lint, compiler, probes and scenarios as a hand-written file; every problem found in the generated
 * DRL is moved back to the cell it came from ({@code weights.xlsx!Bobot!C12}, {@code weights.csv:12}).
 *
 * <p>Reading tables needs {@code org.drools:drools-decisiontables} (and with it Apache POI), an optional dependency
 * of the engine: a rule set with a table is refused, naming that dependency, when it is not on the class path.
 */
public final class RuleTables {

    /** The Maven coordinates of the optional dependency that reads tables. */
    public static final String DEPENDENCY = "org.drools:drools-decisiontables:10.2.0";

    private static final String COMPILER_CLASS = "org.drools.decisiontable.SpreadsheetCompiler";

    private final Map<String, Table> tables = new LinkedHashMap<>();

    /** Whether {@code file} (a name in {@code rules =}) is a table rather than a DRL file. */
    public static boolean isTable(String file) {
        return file.endsWith(".xlsx") || file.endsWith(".csv");
    }

    /** Whether the decision-table compiler can be loaded by {@code loader}. */
    public static boolean available(ClassLoader loader) {
        try {
            Class.forName(COMPILER_CLASS, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The problem of a table found without the dependency that reads it, at the table. */
    public static Problem dependencyMissing(String display) {
        return Problem.error("RULE_TABLE_NEEDS_DEPENDENCY", display, Message.of("RULE_TABLE_NEEDS_DEPENDENCY",
                DEPENDENCY), Message.of("RULE_TABLE_NEEDS_DEPENDENCY.expected", DEPENDENCY));
    }

    /**
     * The DRL of the table {@code file}, shown to users as {@code display}; null, with a problem at the table's cell,
     * if it is not a decision table Drools can read.
     */
    public String compile(String display, String file, byte[] bytes, List<Problem> problems) {
        if (!available(RuleTables.class.getClassLoader())) {
            problems.add(dependencyMissing(display));
            return null;
        }
        boolean csv = file.endsWith(".csv");
        if (csv && semicolonSeparated(bytes)) {
            problems.add(Problem.error("RULE_TABLE_INVALID", display + ":1", Message.of("RULE_TABLE_INVALID.semicolons"),
                    Message.of("RULE_TABLE_INVALID.semicolons.expected")));
            return null;
        }
        Table t = SpreadsheetTables.compile(display, csv, bytes, problems);
        if (t == null) {
            return null;
        }
        tables.put(display, t);
        return t.drl();
    }

    /** Whether the first line of a CSV table has semicolons and no comma: saved with the wrong separator. */
    private static boolean semicolonSeparated(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0;
    }

    /** Whether any table was compiled. */
    public boolean isEmpty() {
        return tables.isEmpty();
    }

    /**
     * {@code problems} with every location in a table's generated DRL ({@code weights.csv:57}) moved to the cell it
     * came from, in the location and in the messages.
     */
    public List<Problem> relocate(List<Problem> problems) {
        if (tables.isEmpty()) {
            return problems;
        }
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            String m = p.messageEn();
            // The texts name lines of the generated DRL: both languages are rewritten to name the table's cells.
            Problem moved = new Problem(p.severity(), p.code(), relocate(p.location(), m),
                    Message.texts(relocate(p.messageId(), m), relocate(m, m)), p.valid());
            if (!out.contains(moved)) {
                out.add(moved);
            }
        }
        return out;
    }

    /**
     * {@code text} with every {@code table:line} of a generated DRL line replaced by its cell: the cell of that row
     * whose value {@code message} quotes, else the row's first cell.
     */
    String relocate(String text, String message) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Map.Entry<String, Table> e : tables.entrySet()) {
            Matcher m = Pattern.compile(Pattern.quote(e.getKey()) + ":(\\d+)").matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(e.getValue().cellOf(Integer.parseInt(m.group(1)),
                        message)));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    /**
     * A table compiled to DRL.
     *
     * @param display the table's name as users see it
     * @param drl the generated DRL
     * @param rows the row of every generated line (1-based) that belongs to a rule
     */
    record Table(String display, String drl, Map<Integer, Row> rows) {
        String cellOf(int line, String message) {
            Row r = rows.get(line);
            return r == null ? display : r.cellQuotedIn(message);
        }
    }

    /**
     * The row of one rule.
     *
     * @param first the row's first cell (the rule's name), e.g. {@code bobot.xlsx!Bobot!A21} or {@code bobot.csv:21}
     * @param cells the row's other cells by their text
     */
    record Row(String first, Map<String, String> cells) {
        /** The cell whose text {@code message} quotes (the longest if several), else the first. */
        String cellQuotedIn(String message) {
            String best = null;
            for (String v : cells.keySet()) {
                if (!v.isEmpty() && message != null && (message.contains("\"" + v + "\"")
                        || message.contains("'" + v + "'")) && (best == null || v.length() > best.length())) {
                    best = v;
                }
            }
            return best == null ? first : cells.get(best);
        }
    }
}
