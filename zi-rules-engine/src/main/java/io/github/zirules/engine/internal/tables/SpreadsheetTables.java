package io.github.zirules.engine.internal.tables;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.template.model.Rule;

/**
 * The one class that touches drools-decisiontables: loaded only once {@link RuleTables#available} said it can be.
 * Compiles a table with Drools' own {@link SpreadsheetCompiler} and records, while it reads, every cell and the row
 * each rule comes from, so that each generated DRL line can be traced back to its cell.
 */
final class SpreadsheetTables {

    private static final Pattern AT_CELL = Pattern.compile("(?:at )?cell ([A-Z]{1,3})(\\d+)");

    private SpreadsheetTables() {
    }

    static RuleTables.Table compile(String display, boolean csv, byte[] bytes, List<Problem> problems) {
        Recorder rec = new Recorder();
        String drl;
        try {
            if (!csv) {
                rec.sheetNames(bytes);
            }
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), csv ? InputType.CSV
                    : InputType.XLS, rec);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
            Matcher m = AT_CELL.matcher(why);
            String where = m.find() ? cell(display, csv, rec.sheet, m.group(1), Integer.parseInt(m.group(2)))
                    : display;
            problems.add(Problem.error("RULE_TABLE_INVALID", where, why.isEmpty() ? Message.of("RULE_TABLE_INVALID")
                    : Message.of("RULE_TABLE_INVALID.2", why), Message.of("RULE_TABLE_INVALID.expected")));
            return null;
        }
        List<Origin> origins = rec.origins();
        String laidOut = layout(drl, origins);
        Map<Integer, RuleTables.Row> rows = new HashMap<>();
        if (laidOut != null) {
            for (Origin o : origins) {
                rows.put(o.row + 1, row(display, csv, o));
            }
            return new RuleTables.Table(display, laidOut, rows);
        }
        // A cell with a line comment in it: the DRL stays as Drools wrote it, each line traced to its rule's row.
        String[] lines = drl.split("\n", -1);
        int rule = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("rule ")) {
                rule++;
            }
            if (rule >= 0 && rule < origins.size()) {
                rows.put(i + 1, row(display, csv, origins.get(rule)));
            }
        }
        return new RuleTables.Table(display, drl, rows);
    }

    private static RuleTables.Row row(String display, boolean csv, Origin o) {
        Map<String, String> byColumn = new java.util.LinkedHashMap<>();
        new java.util.TreeMap<>(o.cells).forEach((col, v) -> {
            if (col != o.firstColumn) {
                byColumn.put(v.strip(), cell(display, csv, o.sheet, column(col), o.row + 1));
            }
        });
        return new RuleTables.Row(cell(display, csv, o.sheet, column(o.firstColumn), o.row + 1), byColumn);
    }

    /**
     * The generated DRL laid out so that each rule is one line, the line of its row, and the package and imports
     * the first: every line number the lint, the compiler or a rule reference gives is then the table's own row.
     * Null if a rule holds a line comment (which one line would swallow) or two rules share a row.
     */
    private static String layout(String drl, List<Origin> origins) {
        StringBuilder header = new StringBuilder();
        List<String> rules = new ArrayList<>();
        StringBuilder rule = null;
        for (String raw : drl.split("\n", -1)) {
            String l = raw.strip();
            if (l.isEmpty() || l.startsWith("//")) {
                continue;
            }
            if (l.contains("//")) {
                return null;
            }
            if (rule == null && !l.startsWith("rule ")) {
                header.append(header.length() == 0 ? "" : " ").append(l);
            } else {
                rule = rule == null ? new StringBuilder(l) : rule.append(' ').append(l);
                if (l.equals("end")) {
                    rules.add(rule.toString());
                    rule = null;
                }
            }
        }
        if (rule != null || rules.size() != origins.size()) {
            return null;
        }
        int last = origins.stream().mapToInt(o -> o.row).max().orElse(0);
        String[] out = new String[last + 1];
        java.util.Arrays.fill(out, "");
        out[0] = header.toString();
        for (int k = 0; k < rules.size(); k++) {
            int row = origins.get(k).row;
            if (row == 0 || !out[row].isEmpty()) {
                return null;
            }
            out[row] = rules.get(k);
        }
        return String.join("\n", out) + "\n";
    }

    private static String cell(String display, boolean csv, String sheet, String column, int row) {
        return csv ? display + ":" + row : display + "!" + sheet + "!" + column + row;
    }

    /** {@code 0 → A}, {@code 26 → AA}. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int c = index + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /** Where a rule comes from: its sheet, its row (0-based) and the cells of that row. */
    private static final class Origin {
        final String sheet;
        final int row;
        final Map<Integer, String> cells;
        final int firstColumn;

        Origin(String sheet, int row, Map<Integer, String> cells) {
            this.sheet = sheet;
            this.row = row;
            this.cells = cells;
            this.firstColumn = cells.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
        }
    }

    /** Drools' own listener, remembering the cells it is given and the row of every rule it starts. */
    private static final class Recorder extends DefaultRuleSheetListener {
        private String sheet = "";
        private final List<String> names = new ArrayList<>();
        private int sheetIndex;
        private final Map<String, Map<Integer, Map<Integer, String>>> cells = new HashMap<>();
        private final List<Rule> rules = new ArrayList<>();
        private final List<String> ruleSheets = new ArrayList<>();
        /** Where each rule comes from, in the order the rules were made (and written to the DRL). */
        List<Origin> origins() {
            List<Origin> out = new ArrayList<>(rules.size());
            for (int k = 0; k < rules.size(); k++) {
                String s = ruleSheets.get(k);
                // Drools counts a rule's row from 1, the cells it is given from 0.
                int row = rules.get(k).getSpreadsheetRowNumber() - 1;
                out.add(new Origin(s, row, cells.getOrDefault(s, Map.of()).getOrDefault(row, Map.of())));
            }
            return out;
        }

        /**
         * Drools' Excel parser reads the sheets in order without naming them: their names are read here, with the
         * Apache POI that Drools reads the workbook with. Through reflection on POI's public interface, so that the
         * engine's module descriptor need not require POI: POI's own descriptor requires commons-math3 by its file
         * name, and the compiler would warn that such a descriptor must not be published.
         */
        void sheetNames(byte[] workbook) {
            try {
                Class<?> factory = Class.forName("org.apache.poi.ss.usermodel.WorkbookFactory", true,
                        SpreadsheetTables.class.getClassLoader());
                Class<?> book = Class.forName("org.apache.poi.ss.usermodel.Workbook", true, factory.getClassLoader());
                try (AutoCloseable wb = (AutoCloseable) factory.getMethod("create", InputStream.class)
                        .invoke(null, new ByteArrayInputStream(workbook))) {
                    int sheets = (Integer) book.getMethod("getNumberOfSheets").invoke(wb);
                    for (int i = 0; i < sheets; i++) {
                        names.add((String) book.getMethod("getSheetName", int.class).invoke(wb, i));
                    }
                }
                sheet = names.isEmpty() ? "" : names.get(0);
            } catch (InvocationTargetException e) {
                Throwable why = e.getCause();
                throw why instanceof RuntimeException r ? r : why instanceof IOException io
                        ? new UncheckedIOException(io) : new IllegalStateException(why);
            } catch (Exception e) {
                throw new IllegalStateException("reading the sheet names with Apache POI failed", e);
            }
        }

        @Override
        public void finishSheet() {
            super.finishSheet();
            sheetIndex++;
            sheet = sheetIndex < names.size() ? names.get(sheetIndex) : sheet;
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (value != null) {
                cells.computeIfAbsent(sheet, k -> new HashMap<>()).computeIfAbsent(row, k -> new HashMap<>())
                        .put(column, value);
            }
            super.newCell(row, column, value, mergedColStart);
            Rule current = getCurrentRule();
            if (current != null && (rules.isEmpty() || rules.get(rules.size() - 1) != current)) {
                rules.add(current);
                ruleSheets.add(sheet);
            }
        }

    }
}
