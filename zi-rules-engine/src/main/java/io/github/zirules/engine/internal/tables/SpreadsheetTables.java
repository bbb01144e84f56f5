package io.github.zirules.engine.internal.tables;

import io.github.zirules.api.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
            problems.add(Problem.error("RULE_TABLE_INVALID", where, "berkas ini bukan tabel keputusan yang dapat "
                    + "dibaca" + (why.isEmpty() ? "" : " (" + why + ")"), "this file is not a decision table that "
                    + "can be read" + (why.isEmpty() ? "" : " (" + why + ")"), "tabel keputusan Drools: baris "
                    + "RuleSet, Import, lalu RuleTable dengan baris jenis kolom, objek, kode dan judul (lihat "
                    + "docs/policy/tables.md)", "a Drools decision table: RuleSet and Import rows, then a RuleTable "
                    + "with rows of column kinds, objects, code and titles (see docs/policy/tables.md)"));
            return null;
        }
        return new RuleTables.Table(display, drl, cells(display, csv, drl, rec));
    }

    /** The cell of every generated line: the cell of the rule's row whose text the line holds, else the row. */
    private static Map<Integer, String> cells(String display, boolean csv, String drl, Recorder rec) {
        Map<Integer, String> out = new HashMap<>();
        String[] lines = drl.split("\n", -1);
        List<Origin> origins = rec.origins();
        int rule = -1;
        Origin at = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("rule ")) {
                rule++;
                at = rule < origins.size() ? origins.get(rule) : null;
            }
            if (at == null) {
                continue;
            }
            String best = null;
            int bestCol = at.firstColumn;
            for (Map.Entry<Integer, String> c : at.cells.entrySet()) {
                String v = c.getValue().strip();
                if (!v.isEmpty() && line.contains(v) && (best == null || v.length() > best.length())) {
                    best = v;
                    bestCol = c.getKey();
                }
            }
            out.put(i + 1, cell(display, csv, at.sheet, column(bestCol), at.row + 1));
        }
        return out;
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

        /** Drools' Excel parser reads the sheets in order without naming them: their names are read here. */
        void sheetNames(byte[] workbook) {
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    names.add(wb.getSheetName(i));
                }
                sheet = names.isEmpty() ? "" : names.get(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
