package io.github.zirules.policy.internal;

import io.github.zirules.api.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table as a spreadsheet saves it: comma- or semicolon-separated (Excel in an Indonesian locale saves
 * semicolons), fields in double quotes may hold separators, quotes ({@code ""}) and line breaks. Lines that start with
 * {@code #} are comments; blank lines are skipped. Each row keeps the line it starts on.
 */
public final class CsvTable {

    /**
     * One row.
     *
     * @param line the line it starts on (1-based)
     * @param cells its cells, trimmed
     */
    public record Row(int line, List<String> cells) {
        /** The cell at {@code i}, or the empty string if the row is shorter. */
        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    /** The rows, the header first. */
    public List<Row> rows() {
        return rows;
    }

    /** Reads {@code text}, adding a problem for an unterminated quote. */
    public static CsvTable parse(String text, String file, List<Problem> problems) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        char sep = separator(t);
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = t.length();
        while (i < n) {
            int eol = t.indexOf('\n', i);
            String first = t.substring(i, eol < 0 ? n : eol).strip();
            if (first.isEmpty() || first.startsWith("#")) {
                i = eol < 0 ? n : eol + 1;
                line++;
                continue;
            }
            int rowLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (i < n) {
                char c = t.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < n && t.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                    i++;
                } else if (c == '"') {
                    quoted = true;
                    i++;
                } else if (c == sep) {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                    i++;
                } else if (c == '\n') {
                    i++;
                    line++;
                    break;
                } else {
                    cell.append(c);
                    i++;
                }
            }
            if (quoted) {
                problems.add(Problem.error("SCENARIO_CSV", file + ":" + rowLine, "tanda kutip \" tidak ditutup",
                        "a double quote (\") is never closed", "\"…\" around a cell, with \"\" for a quote inside"));
            }
            cells.add(cell.toString().strip());
            if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                rows.add(new Row(rowLine, List.copyOf(cells)));
            }
        }
        return new CsvTable(List.copyOf(rows));
    }

    private static char separator(String t) {
        for (String l : t.split("\n")) {
            String s = l.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            long commas = s.chars().filter(c -> c == ',').count();
            long semis = s.chars().filter(c -> c == ';').count();
            return semis > commas ? ';' : ',';
        }
        return ',';
    }
}
