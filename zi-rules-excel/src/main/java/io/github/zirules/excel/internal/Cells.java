package io.github.zirules.excel.internal;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/** Reading cells as people fill them: a formula counts by its cached value, numbers may be text. */
final class Cells {

    private Cells() {
    }

    /** {@code Sheet!K45}. */
    static String at(Sheet sheet, int row, int col) {
        return sheet.getSheetName() + "!" + CellReference.convertNumToColString(col) + (row + 1);
    }

    static Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null || col < 0 ? null : r.getCell(col);
    }

    /** The type of the value shown: a formula's cached result type. */
    static CellType valueType(Cell c) {
        if (c == null) {
            return CellType.BLANK;
        }
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    /** The text shown, stripped; a number as its shortest decimal; empty for blank and error cells. */
    static String text(Sheet sheet, int row, int col) {
        Cell c = cell(sheet, row, col);
        return switch (valueType(c)) {
            case STRING -> c.getStringCellValue().strip();
            case NUMERIC -> plain(BigDecimal.valueOf(c.getNumericCellValue()));
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> "";
        };
    }

    /** The text of a text cell as typed, not stripped (lines of a list keep their places); else {@link #text}. */
    static String rawText(Sheet sheet, int row, int col) {
        Cell c = cell(sheet, row, col);
        return valueType(c) == CellType.STRING ? c.getStringCellValue() : text(sheet, row, col);
    }

    /** Whether the cell holds an error value ({@code #DIV/0!}, {@code #REF!}). */
    static boolean isError(Sheet sheet, int row, int col) {
        return valueType(cell(sheet, row, col)) == CellType.ERROR;
    }

    /** Whether the cell holds a formula. */
    static boolean isFormula(Sheet sheet, int row, int col) {
        Cell c = cell(sheet, row, col);
        return c != null && c.getCellType() == CellType.FORMULA;
    }

    /** Whether the cell is formatted as a percentage. */
    static boolean isPercentFormat(Sheet sheet, int row, int col) {
        Cell c = cell(sheet, row, col);
        return c != null && c.getCellStyle() != null && c.getCellStyle().getDataFormatString() != null
                && c.getCellStyle().getDataFormatString().contains("%");
    }

    /**
     * The number in the cell: a numeric cell, or text such as {@code 3,60}, {@code 3.60} or {@code 12} (a decimal
     * comma is read as a point); null if blank or not a number.
     */
    static BigDecimal number(Sheet sheet, int row, int col) {
        Cell c = cell(sheet, row, col);
        return switch (valueType(c)) {
            case NUMERIC -> new BigDecimal(Double.toString(c.getNumericCellValue()));
            case STRING -> parse(c.getStringCellValue());
            default -> null;
        };
    }

    /** A number typed as text, with a decimal comma or point; null if it is not one. */
    static BigDecimal parse(String s) {
        String t = s.strip().replace('\u00A0', ' ').replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Lower case with runs of white space as one space, for matching labels. */
    static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String plain(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
