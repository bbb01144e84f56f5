package io.github.zirules.excel.internal;

import io.github.zirules.api.AnswerType;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The LKE table of a workbook, mapped by its structure: the header row (the one with <i>Pilihan Jawaban</i>) names
 * the columns; an item row is a row with an answer type (<i>Ya/Tidak</i>, <i>A/B/C</i>, <i>%</i>, <i>Nilai</i>) that
 * is not an indicator heading; the <i>Jumlah</i> rows below a PCT/DEC item hold its counts. Item rows map to the
 * instrument's items in order. Column A is never used as a key (in the Lampiran III sheet it repeats and has gaps).
 */
final class LkeSheet {

    /** The header of column A in the project's own template. */
    static final String TEMPLATE_ID_HEADER = "ID butir / Item id";

    private static final Pattern ROMAN = Pattern.compile("(?i)[ivx]+\\.?");
    private static final Pattern NUMBER = Pattern.compile("\\d+\\.?");
    private static final int HEADER_SEARCH_ROWS = 40;

    /**
     * One item row.
     *
     * @param item the instrument's item
     * @param row the 0-based row
     * @param countRows the 0-based rows of its counts (PCT, DEC), in sheet order
     */
    record ItemRow(Item item, int row, List<Integer> countRows) {
    }

    final Sheet sheet;
    final int headerRow;
    final Map<String, Integer> columns;
    final List<ItemRow> items = new ArrayList<>();
    /** Rows holding a score in the score column, keyed as {@link ScoreKeys} names them. */
    final Map<Integer, String> scoreRows = new LinkedHashMap<>();

    private LkeSheet(Sheet sheet, int headerRow, Map<String, Integer> columns) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = columns;
    }

    /** The first sheet with an LKE header row, or null. */
    static LkeSheet find(Workbook wb) {
        for (Sheet s : wb) {
            int last = Math.min(s.getLastRowNum(), HEADER_SEARCH_ROWS);
            for (int r = 0; r <= last; r++) {
                Map<String, Integer> cols = headerColumns(s.getRow(r));
                if (cols.containsKey("pilihan jawaban") && answerColumnOf(cols) >= 0) {
                    return new LkeSheet(s, r, cols);
                }
            }
        }
        return null;
    }

    private static Map<String, Integer> headerColumns(Row row) {
        Map<String, Integer> cols = new LinkedHashMap<>();
        if (row == null) {
            return cols;
        }
        for (int c = 0; c < Math.min(row.getLastCellNum(), 64); c++) {
            String t = Cells.norm(Cells.text(row.getSheet(), row.getRowNum(), c));
            if (!t.isEmpty()) {
                cols.putIfAbsent(t, c);
            }
        }
        return cols;
    }

    private static int answerColumnOf(Map<String, Integer> cols) {
        return cols.getOrDefault("jawaban", cols.getOrDefault("jawaban unit", -1));
    }

    int col(String... names) {
        for (String n : names) {
            Integer c = columns.get(n);
            if (c != null) {
                return c;
            }
        }
        return -1;
    }

    int typeCol() {
        return col("pilihan jawaban");
    }

    int answerCol() {
        return answerColumnOf(columns);
    }

    /** The question column: the one before <i>Bobot</i>. */
    int questionCol() {
        int w = col("bobot");
        return w > 0 ? w - 1 : 6;
    }

    int criteriaCol() {
        return col("kriteria nilai", "penjelasan");
    }

    /** The unit's score column: a <i>Nilai</i> right after the answer column, or -1. */
    int scoreCol() {
        int n = col("nilai");
        return n == answerCol() + 1 ? n : -1;
    }

    /** The reviewer columns by role: every header {@code Jawaban <role>} but the unit's own. */
    Map<String, Integer> reviewerCols() {
        Map<String, Integer> out = new LinkedHashMap<>();
        columns.forEach((h, c) -> {
            if (h.startsWith("jawaban ") && !h.equals("jawaban unit")) {
                String original = Cells.text(sheet, headerRow, c);
                out.put(original.substring("jawaban ".length()).strip(), c);
            }
        });
        return out;
    }

    /**
     * Walks the rows and maps item rows to the instrument's items. Adds an {@code EXCEL_LAYOUT_UNKNOWN} problem if the
     * number of item rows is not the instrument's, and an {@code EXCEL_ROW_TYPE} problem for an item row whose answer
     * type is not the item's.
     *
     * @return whether the rows map
     */
    boolean map(Instrument instrument, int maxRows, List<Problem> problems) {
        int typeCol = typeCol();
        int eCol = questionCol() - 2;
        List<Integer> itemRows = new ArrayList<>();
        Map<Integer, List<Integer>> counts = new LinkedHashMap<>();
        List<Integer> structure = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), maxRows);
        for (int r = headerRow + 1; r <= last; r++) {
            String type = Cells.norm(Cells.text(sheet, r, typeCol));
            String e = Cells.text(sheet, r, eCol);
            if (type.startsWith("jumlah")) {
                if (!itemRows.isEmpty()) {
                    counts.get(itemRows.get(itemRows.size() - 1)).add(r);
                }
            } else if (isTypeLabel(type) && !ROMAN.matcher(e).matches()) {
                itemRows.add(r);
                counts.put(r, new ArrayList<>());
            } else {
                structure.add(r);
            }
        }
        List<Item> its = instrument.items();
        if (itemRows.size() != its.size()) {
            problems.add(Problem.error("EXCEL_LAYOUT_UNKNOWN", sheet.getSheetName(),
                    Message.of("EXCEL_LAYOUT_UNKNOWN.2", itemRows.size(), its.size()),
                    Message.of("EXCEL_LAYOUT_UNKNOWN.2.expected")));
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < its.size(); i++) {
            Item item = its.get(i);
            int r = itemRows.get(i);
            String label = Cells.text(sheet, r, typeCol);
            if (!compatible(label, item.answerType())) {
                problems.add(Problem.error("EXCEL_ROW_TYPE", Cells.at(sheet, r, typeCol), Message.of("EXCEL_ROW_TYPE",
                        item.id(), label), Message.verbatim(typeLabel(item.answerType()))));
                ok = false;
            }
            List<Integer> cr = counts.get(r);
            if ((item.answerType() == AnswerType.PCT || item.answerType() == AnswerType.DEC) && cr.size() < 2) {
                problems.add(Problem.error("EXCEL_ROW_TYPE", Cells.at(sheet, r, typeCol),
                        Message.of("EXCEL_ROW_TYPE.2", item.id()), Message.of("EXCEL_ROW_TYPE.2.expected")));
                ok = false;
            }
            items.add(new ItemRow(item, r, List.copyOf(cr)));
        }
        scoreKeys(structure, itemRows, its);
        return ok;
    }

    /** Names the structure rows that carry a score: sections, area parts, indicators, totals. */
    private void scoreKeys(List<Integer> structure, List<Integer> itemRows, List<Item> its) {
        int bCol = questionCol() - 5;
        int cCol = bCol + 1;
        int dCol = bCol + 2;
        int eCol = bCol + 3;
        int next = 0;
        for (int r : structure) {
            while (next < itemRows.size() && itemRows.get(next) < r) {
                next++;
            }
            String b = Cells.norm(Cells.text(sheet, r, bCol));
            String c = Cells.norm(Cells.text(sheet, r, cCol));
            String d = Cells.norm(Cells.text(sheet, r, dCol));
            String e = Cells.text(sheet, r, eCol);
            Item nextItem = next < its.size() ? its.get(next) : null;
            String key = null;
            if (b.startsWith("total pengungkit") || c.equals("pengungkit")) {
                key = ScoreKeys.PENGUNGKIT;
            } else if (b.startsWith("total hasil") || c.equals("hasil")) {
                key = ScoreKeys.HASIL;
            } else if (b.startsWith("nilai evaluasi") || b.startsWith("total nilai")) {
                key = ScoreKeys.TOTAL;
            } else if (d.equals("pemenuhan") || d.equals("reform")) {
                key = d.equals("pemenuhan") ? ScoreKeys.PEMENUHAN : ScoreKeys.REFORM;
            } else if (nextItem != null && nextItem.section() != Section.HASIL && NUMBER.matcher(d).matches()
                    && !e.isBlank()) {
                key = ScoreKeys.areaPart(nextItem);
            } else if (nextItem != null && ROMAN.matcher(e).matches()) {
                key = ScoreKeys.indicator(nextItem);
            }
            if (key != null) {
                if (key.startsWith(ScoreKeys.INDICATOR)) {
                    scoreRows.values().remove(key);
                }
                scoreRows.put(r, key);
            }
        }
        for (ItemRow ir : items) {
            scoreRows.put(ir.row(), ScoreKeys.item(ir.item()));
        }
    }

    /** Whether the text is an answer-type label of the LKE (not, say, a signature block below the table). */
    static boolean isTypeLabel(String label) {
        for (AnswerType t : AnswerType.values()) {
            if (compatible(label, t)) {
                return true;
            }
        }
        return false;
    }

    static boolean compatible(String label, AnswerType type) {
        String t = Cells.norm(label).replace(" ", "");
        return switch (type) {
            case YT -> t.equals("ya/tidak") || t.equals("ya") || t.equals("y/t");
            case ABC -> t.equals("a/b/c");
            case ABCD -> t.equals("a/b/c/d");
            case ABCDE -> t.equals("a/b/c/d/e");
            case PCT, DEC -> t.equals("%");
            case IDX4 -> t.startsWith("nilai");
        };
    }

    /** The answer-type label the LKE uses. */
    static String typeLabel(AnswerType type) {
        return switch (type) {
            case YT -> "Ya/Tidak";
            case ABC -> "A/B/C";
            case ABCD -> "A/B/C/D";
            case ABCDE -> "A/B/C/D/E";
            case PCT, DEC -> "%";
            case IDX4 -> "Nilai (0-4)";
        };
    }
}
