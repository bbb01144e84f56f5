package io.github.zirules.excel.internal;

import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.AnswerScale;
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
     * @param scale its answer scale
     * @param row the 0-based row
     * @param countRows the 0-based rows of its counts (PCT, DEC), in sheet order
     */
    record ItemRow(Item item, AnswerScale scale, int row, List<Integer> countRows) {
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
        List<AnswerScale> scales = LayoutFit.model(instrument).answerScales();
        if (!LayoutFit.sheetFits(this, instrument, maxRows, problems)) {
            return false;
        }
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
            } else if (isTypeLabel(type, scales) && !ROMAN.matcher(e).matches()) {
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
            AnswerScale scale = instrument.answerScale(item);
            if (!compatible(label, scale)) {
                problems.add(Problem.error("EXCEL_ROW_TYPE", Cells.at(sheet, r, typeCol), Message.of("EXCEL_ROW_TYPE",
                        item.id(), label), Message.verbatim(typeLabel(scale))));
                ok = false;
            }
            List<Integer> cr = counts.get(r);
            if (counted(scale) && cr.size() < 2) {
                problems.add(Problem.error("EXCEL_ROW_TYPE", Cells.at(sheet, r, typeCol),
                        Message.of("EXCEL_ROW_TYPE.2", item.id()), Message.of("EXCEL_ROW_TYPE.2.expected")));
                ok = false;
            }
            items.add(new ItemRow(item, scale, r, List.copyOf(cr)));
        }
        scoreKeys(LayoutFit.model(instrument), structure, itemRows, its);
        return ok;
    }

    /** Names the structure rows that carry a score: sections, area parts, indicators, totals. */
    private void scoreKeys(RuleSetModel model, List<Integer> structure, List<Integer> itemRows, List<Item> its) {
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
            } else if (sectionComponent(model, d) != null) {
                key = sectionComponent(model, d);
            } else if (nextItem != null && nextItem.area() != null && isAreaHeading(d, e)) {
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

    /** The component of the section whose name is {@code text} (normalised), e.g. PEMENUHAN for "pemenuhan". */
    private static String sectionComponent(RuleSetModel model, String text) {
        return model.sections().stream().filter(s -> Cells.norm(s.nameId()).equals(text))
                .map(s -> ScoreKeys.section(model, s.code())).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** Whether a row with these cells in columns D and E heads an area part ({@code 1.}, {@code MANAJEMEN ...}). */
    static boolean isAreaHeading(String d, String e) {
        return NUMBER.matcher(d).matches() && !e.isBlank();
    }

    /** The normalised text of a cell, as the structure columns are compared. */
    String norm(int row, int col) {
        return Cells.norm(Cells.text(sheet, row, col));
    }

    /** Whether the text is an answer-type label of one of the scales (not, say, a signature block below the table). */
    static boolean isTypeLabel(String label, List<AnswerScale> scales) {
        for (AnswerScale s : scales) {
            if (compatible(label, s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an LKE answer-type label is the scale's: a choice scale's labels joined by {@code /}, best first
     * ({@code Ya/Tidak}, {@code A/B/C}), or their initials ({@code Y/T}), or, for a two-label scale, its first label
     * alone (the Lampiran III sheet writes {@code Ya}); {@code %} for counts; {@code Nilai ...} for an index.
     */
    static boolean compatible(String label, AnswerScale scale) {
        String t = compact(label);
        List<String> labels = scale.labels();
        return switch (scale.kind()) {
            case CHOICE -> t.equals(compact(String.join("/", labels)))
                    || t.equals(compact(String.join("/", labels.stream().map(l -> l.substring(0, 1)).toList())))
                    || labels.size() == 2 && t.equals(compact(labels.get(0)));
            case RATIO, DECREASE -> t.equals("%");
            case INDEX -> t.startsWith("nilai");
        };
    }

    private static String compact(String s) {
        return Cells.norm(s).replace(" ", "");
    }

    /** The answer-type label the LKE uses for a scale: the inverse of {@link #compatible}. */
    static String typeLabel(AnswerScale scale) {
        return switch (scale.kind()) {
            case CHOICE -> String.join("/", scale.labels());
            case RATIO, DECREASE -> "%";
            case INDEX -> "Nilai (" + scale.indexRange() + ")";
        };
    }

    /** Whether the scale's items are answered in two <i>Jumlah</i> (count) rows. */
    static boolean counted(AnswerScale scale) {
        return scale.kind() == RuleSetModel.AnswerKind.RATIO || scale.kind() == RuleSetModel.AnswerKind.DECREASE;
    }
}
