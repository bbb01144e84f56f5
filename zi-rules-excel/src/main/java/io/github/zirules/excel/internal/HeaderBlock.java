package io.github.zirules.excel.internal;

import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.excel.LkeLayout;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What a workbook says about the unit: the template's {@code Unit} sheet (a label in column A, its value in B), or
 * the inspectorate's {@code Unit!B1} (name) and {@code Unit!B2} (target). The Lampiran III sheet says nothing.
 *
 * @param ruleSet the rule-set id; may be null
 * @param unitId the unit's id; may be null
 * @param unitName its name; may be null
 * @param agency its agency; may be null
 * @param year the year; may be null
 * @param target the target; may be null
 * @param current the predicate held; may be null
 */
record HeaderBlock(String ruleSet, String unitId, String unitName, String agency, Integer year, Predikat target,
                   Predikat current) {

    /** The header sheet's name. */
    static final String SHEET = "Unit";
    /** The template's labels, in order: rule set, unit id, name, agency, year, target, current predicate. */
    static final List<String> LABELS = List.of("Aturan / Rule set", "ID unit / Unit id", "Nama unit / Unit name",
            "Instansi / Agency", "Tahun / Year", "Target predikat / Target (WBK, WBBM)",
            "Predikat saat ini / Current predicate (NONE, WBK, WBBM)");

    private static final HeaderBlock NONE = new HeaderBlock(null, null, null, null, null, null, null);

    static HeaderBlock read(Workbook wb, LkeLayout layout, List<Problem> problems) {
        Sheet s = wb.getSheet(SHEET);
        if (s == null || layout == LkeLayout.LAMPIRAN_III) {
            return NONE;
        }
        if (layout == LkeLayout.INSPECTORATE) {
            String name = Cells.text(s, 0, 1);
            return new HeaderBlock(null, null, name.isEmpty() || name.startsWith("[") ? null : name, null, null,
                    predicate(s, 1, 1, false, problems), null);
        }
        String[] v = new String[LABELS.size()];
        int[] row = new int[LABELS.size()];
        for (int r = 0; r <= Math.min(s.getLastRowNum(), 40); r++) {
            String label = Cells.norm(Cells.text(s, r, 0));
            for (int i = 0; i < LABELS.size(); i++) {
                if (!label.isEmpty() && label.equals(Cells.norm(LABELS.get(i)))) {
                    v[i] = Cells.text(s, r, 1);
                    row[i] = r;
                }
            }
        }
        Integer year = null;
        if (v[4] != null && !v[4].isEmpty()) {
            BigDecimal y = Cells.parse(v[4]);
            if (y == null || y.stripTrailingZeros().scale() > 0
                    || y.compareTo(BigDecimal.valueOf(AssessmentValidator.MIN_YEAR)) < 0
                    || y.compareTo(BigDecimal.valueOf(AssessmentValidator.MAX_YEAR)) > 0) {
                problems.add(Problem.error("EXCEL_HEADER", Cells.at(s, row[4], 1), Message.of("EXCEL_HEADER", v[4]),
                        Message.of("EXCEL_HEADER.expected", AssessmentValidator.MIN_YEAR,
                        AssessmentValidator.MAX_YEAR)));
            } else {
                year = y.intValue();
            }
        }
        return new HeaderBlock(blankToNull(v[0]), blankToNull(v[1]), blankToNull(v[2]), blankToNull(v[3]), year,
                v[5] == null ? null : predicate(s, row[5], 1, false, problems),
                v[6] == null ? null : predicate(s, row[6], 1, true, problems));
    }

    private static Predikat predicate(Sheet s, int row, int col, boolean noneAllowed, List<Problem> problems) {
        String t = Cells.text(s, row, col).toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        if (t.equals("WBK") || t.equals("WBBM") || noneAllowed && t.equals("NONE")) {
            return Predikat.valueOf(t);
        }
        problems.add(Problem.error("EXCEL_HEADER", Cells.at(s, row, col), Message.of("TARGET_INVALID.2", t),
                Message.of(noneAllowed ? "PREDICATE_INVALID.current" : "PREDICATE_INVALID.target")));
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
