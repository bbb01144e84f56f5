package io.github.zirules.excel.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Item;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Appends the rows of the template's LKE sheet, with scores when a result is given. */
final class SheetRows {

    private final XSSFSheet sheet;
    private final TemplateWriter.Styles st;
    private final Result result;
    private final int lastCol;
    private int next = 2;

    SheetRows(XSSFSheet sheet, TemplateWriter.Styles st, Result result, int lastCol) {
        this.sheet = sheet;
        this.st = st;
        this.result = result;
        this.lastCol = lastCol;
    }

    /** A structure row: up to two labels and the score named by {@code key}. */
    void label(int col1, String text1, int col2, String text2, String key) {
        Row r = sheet.createRow(next++);
        r.createCell(col1).setCellValue(text1);
        r.getCell(col1).setCellStyle(st.bold);
        if (col2 >= 0) {
            r.createCell(col2).setCellValue(text2);
            r.getCell(col2).setCellStyle(st.bold);
        }
        score(r, key);
    }

    void indicator(String roman, Item it, BigDecimal weight) {
        Row r = sheet.createRow(next++);
        r.createCell(4).setCellValue(roman);
        r.createCell(5).setCellValue(it.indicatorName());
        r.getCell(5).setCellStyle(st.wrap);
        weight(r, weight);
        score(r, ScoreKeys.indicator(it));
    }

    /** An item row; returns its index. */
    int item(Item it, AnswerScale scale, BigDecimal weight) {
        Row r = sheet.createRow(next++);
        r.createCell(TemplateWriter.ID).setCellValue(it.id().value());
        String id = it.id().value();
        r.createCell(5).setCellValue(id.substring(id.lastIndexOf('.') + 1) + ".");
        r.createCell(TemplateWriter.QUESTION).setCellValue(it.question().isEmpty() ? it.indicatorName()
                : it.question());
        r.getCell(TemplateWriter.QUESTION).setCellStyle(st.wrap);
        r.createCell(TemplateWriter.CRITERIA).setCellValue(String.join("\n", it.criteria()));
        r.getCell(TemplateWriter.CRITERIA).setCellStyle(st.wrap);
        r.createCell(TemplateWriter.TYPE).setCellValue(LkeSheet.typeLabel(scale));
        if (it.area() == null) {
            weight(r, weight);
        }
        for (int c : new int[] {TemplateWriter.EVIDENCE, TemplateWriter.LINKS, TemplateWriter.HASHES}) {
            r.createCell(c).setCellStyle(st.input);
        }
        if (!LkeSheet.counted(scale)) {
            // A PCT or DEC item is answered in its Jumlah rows: its own answer cell stays locked.
            r.createCell(TemplateWriter.ANSWER).setCellStyle(st.input);
            inputs(r);
        }
        score(r, ScoreKeys.item(it));
        if (result != null) {
            result.items().stream().filter(s -> s.item().equals(it.id())).findFirst()
                    .ifPresent(s -> number(r, TemplateWriter.POINTS, s.points()));
        }
        return r.getRowNum();
    }

    /** A Jumlah row; returns its index. */
    int count(String label) {
        Row r = sheet.createRow(next++);
        r.createCell(TemplateWriter.QUESTION).setCellValue(label);
        r.createCell(TemplateWriter.TYPE).setCellValue("Jumlah");
        r.createCell(TemplateWriter.ANSWER).setCellStyle(st.input);
        inputs(r);
        return r.getRowNum();
    }

    void counts(Item it, Answer a, int col, int first, int second) {
        if (a instanceof Answer.Ratio ratio) {
            whole(first, col, ratio.denominator());
            whole(second, col, ratio.numerator());
        } else if (a instanceof Answer.Decrease d) {
            whole(first, col, d.lastYear());
            whole(second, col, d.thisYear());
        }
    }

    void answer(int row, int col, Answer a) {
        if (a instanceof Answer.Choice c) {
            text(row, col, c.label());
        } else if (a instanceof Answer.Index i) {
            cell(row, col).setCellValue(i.value().doubleValue());
        }
    }

    void text(int row, int col, String text) {
        cell(row, col).setCellValue(text);
    }

    private void whole(int row, int col, long value) {
        cell(row, col).setCellValue(value);
    }

    private Cell cell(int row, int col) {
        Row r = sheet.getRow(row);
        Cell c = r.getCell(col);
        if (c == null) {
            c = r.createCell(col);
            c.setCellStyle(st.input);
        }
        return c;
    }

    private void inputs(Row r) {
        for (int c = TemplateWriter.REVIEWS; c < lastCol; c++) {
            r.createCell(c).setCellStyle(st.input);
        }
    }

    private void weight(Row r, BigDecimal weight) {
        if (weight != null) {
            number(r, TemplateWriter.WEIGHT, weight);
        }
    }

    /** The score named by {@code key}, if a result is given; none for a key the structure has no score for. */
    private void score(Row r, String key) {
        if (result != null && key != null) {
            BigDecimal v = ScoreKeys.value(result, key);
            if (v != null) {
                number(r, TemplateWriter.VALUE, v);
            }
        }
    }

    private void number(Row r, int col, BigDecimal v) {
        Cell c = r.createCell(col);
        c.setCellValue(v.doubleValue());
        c.setCellStyle(st.score);
    }
}
