package io.github.zirules.excel.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads one answer column (the unit's or a reviewer's) of a mapped LKE sheet, tolerating what people type: any case
 * and surrounding spaces in a choice, numbers stored as text, a decimal comma, formulas (their cached value). Every
 * refusal names its cell.
 */
final class AnswerColumns {


    private final LkeSheet lke;
    private final Sheet sheet;
    private final List<Problem> problems;

    AnswerColumns(LkeSheet lke, List<Problem> problems) {
        this.lke = lke;
        this.sheet = lke.sheet;
        this.problems = problems;
    }

    /** The answers in column {@code col}; a blank answer is no answer. */
    Map<ItemId, Answer> read(int col, boolean unitColumn) {
        Map<ItemId, Answer> out = new LinkedHashMap<>();
        for (LkeSheet.ItemRow ir : lke.items) {
            Answer a = switch (ir.scale().kind()) {
                case CHOICE -> choice(ir, col);
                case INDEX -> index(ir, col);
                case RATIO, DECREASE -> counts(ir, col, unitColumn);
            };
            if (a != null) {
                out.put(ir.item().id(), a);
            }
        }
        return out;
    }

    private Answer choice(LkeSheet.ItemRow ir, int col) {
        if (formulaError(ir.row(), col)) {
            return null;
        }
        String t = Cells.text(sheet, ir.row(), col);
        if (t.isEmpty()) {
            return null;
        }
        List<String> labels = ir.scale().labels();
        return new Answer.Choice(t).canonical(ir.scale()).<Answer>map(Answer.Choice::new).orElseGet(() -> {
            problems.add(Problem.error("EXCEL_ANSWER", Cells.at(sheet, ir.row(), col), Message.of("EXCEL_ANSWER",
                    ir.item().id(), t, String.join(", ", labels)), Message.verbatim(String.join(", ", labels))));
            return null;
        });
    }

    private Answer index(LkeSheet.ItemRow ir, int col) {
        if (formulaError(ir.row(), col) || Cells.text(sheet, ir.row(), col).isEmpty()) {
            return null;
        }
        BigDecimal v = Cells.number(sheet, ir.row(), col);
        RuleSetModel.IndexRange range = ir.scale().indexRange();
        if (v == null || !range.contains(v)) {
            String t = Cells.text(sheet, ir.row(), col);
            String lowest = range.lowest().toPlainString();
            String highest = range.highest().toPlainString();
            problems.add(Problem.error("EXCEL_ANSWER", Cells.at(sheet, ir.row(), col), Message.of("EXCEL_ANSWER.2",
                    ir.item().id(), t, lowest, highest), Message.of("EXCEL_ANSWER.2.expected", lowest, highest)));
            return null;
        }
        return Answer.index(v);
    }

    /** PCT: the first Jumlah row is the denominator, the last the numerator; DEC: last year, then this year. */
    private Answer counts(LkeSheet.ItemRow ir, int col, boolean unitColumn) {
        List<Integer> rows = ir.countRows();
        boolean pct = ir.scale().kind() == RuleSetModel.AnswerKind.RATIO;
        int first = rows.get(0);
        int second = pct ? rows.get(rows.size() - 1) : rows.get(1);
        boolean firstBlank = blank(first, col);
        boolean secondBlank = blank(second, col);
        if (firstBlank && secondBlank) {
            if (unitColumn && !Cells.text(sheet, ir.row(), col).isEmpty() && !Cells.isFormula(sheet, ir.row(), col)) {
                problems.add(Problem.error("EXCEL_COUNT", Cells.at(sheet, ir.row(), col), Message.of("EXCEL_COUNT",
                        ir.item().id(), Cells.at(sheet, first, col), Cells.at(sheet, second, col)),
                        Message.of("EXCEL_COUNT.expected")));
            }
            return null;
        }
        Long a = count(ir.item(), first, col);
        Long b = count(ir.item(), second, col);
        if (a == null || b == null) {
            return null;
        }
        return pct ? Answer.ratio(b, a) : Answer.decrease(a, b);
    }

    private boolean blank(int row, int col) {
        return Cells.text(sheet, row, col).isEmpty() || Cells.isError(sheet, row, col)
                || Cells.isFormula(sheet, row, col) && Cells.number(sheet, row, col) == null;
    }

    private Long count(Item item, int row, int col) {
        String at = Cells.at(sheet, row, col);
        String t = Cells.text(sheet, row, col);
        if (blank(row, col)) {
            problems.add(Problem.error("EXCEL_COUNT", at, Message.of("EXCEL_COUNT.2", item.id()),
                    Message.of("EXCEL_COUNT.2.expected")));
            return null;
        }
        BigDecimal v = Cells.number(sheet, row, col);
        if (v == null || t.contains("%") || Cells.isPercentFormat(sheet, row, col)
                || v.stripTrailingZeros().scale() > 0 || v.signum() < 0) {
            boolean percent = t.contains("%") || Cells.isPercentFormat(sheet, row, col)
                    || v != null && v.signum() > 0 && v.compareTo(BigDecimal.ONE) < 0;
            problems.add(Problem.error("EXCEL_COUNT", at, Message.of("EXCEL_COUNT.3", item.id(), t,
                    Message.of(percent ? "excel.count.percent" : "excel.count.fraction")),
                    Message.of("EXCEL_COUNT.2.expected")));
            return null;
        }
        if (v.compareTo(BigDecimal.valueOf(AssessmentValidator.MAX_COUNT)) > 0) {
            problems.add(Problem.error("EXCEL_COUNT", at, Message.of("EXCEL_COUNT.4", item.id(), t,
                    AssessmentValidator.MAX_COUNT), Message.of("COUNT_NEGATIVE.expected",
                    AssessmentValidator.MAX_COUNT)));
            return null;
        }
        return v.longValueExact();
    }

    private boolean formulaError(int row, int col) {
        if (Cells.isError(sheet, row, col)) {
            problems.add(Problem.error("EXCEL_ANSWER", Cells.at(sheet, row, col), Message.of("EXCEL_ANSWER.3"),
                    Message.of("EXCEL_ANSWER.3.expected")));
            return true;
        }
        return false;
    }

    /** The unit's evidence: one document a line in the list column, its link on the same line of the link column. */
    Map<ItemId, List<Evidence>> evidence() {
        int titles = lke.col("daftar bukti dukung (unit)", "daftar bukti dukung");
        int links = lke.col("tautan bukti dukung baru", "tautan bukti dukung");
        int hashes = lke.col("sha-256 bukti dukung");
        Map<ItemId, List<Evidence>> out = new LinkedHashMap<>();
        for (LkeSheet.ItemRow ir : lke.items) {
            List<String> t = lines(ir.row(), titles);
            List<String> l = lines(ir.row(), links);
            List<String> h = lines(ir.row(), hashes);
            List<Evidence> docs = new ArrayList<>();
            for (int i = 0; i < Math.max(t.size(), l.size()); i++) {
                String title = at(t, i);
                String uri = at(l, i);
                if (title.isEmpty() && uri.isEmpty()) {
                    continue;
                }
                docs.add(new Evidence(title.isEmpty() ? uri : title, uri.isEmpty() ? null : uri,
                        at(h, i).isEmpty() ? null : at(h, i)));
            }
            if (!docs.isEmpty()) {
                out.put(ir.item().id(), docs);
            }
        }
        return out;
    }

    private List<String> lines(int row, int col) {
        if (col < 0) {
            return List.of();
        }
        String raw = Cells.rawText(sheet, row, col);
        return raw.isBlank() ? List.of() : List.of(raw.split("\r?\n", -1));
    }

    private static String at(List<String> l, int i) {
        return i < l.size() ? l.get(i).strip() : "";
    }
}
