package io.github.zirules.excel.internal;

import io.github.zirules.api.Check;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.ScoreNode;
import io.github.zirules.api.ScoreTree;
import io.github.zirules.excel.ScoredUnit;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an assessment as a scored LKE: the template layout with the answers and every score, and a sheet
 * {@code Nilai} with the scores, the checks and the warnings. Exact values, shown with two decimals.
 */
public final class ScoredWriter {

    static final String SCORES_SHEET = "Nilai";

    private final Instrument instrument;

    /** A writer for this instrument. */
    public ScoredWriter(Instrument instrument) {
        this.instrument = instrument;
    }

    /** Writes the workbook. */
    public void write(ScoredUnit unit, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TemplateWriter.Styles st = new TemplateWriter.Styles(wb);
            TemplateWriter.unitSheet(wb, st, unit.assessment().ruleSet(), unit.assessment());
            TemplateWriter.lkeSheet(instrument, wb, st, TemplateWriter.LKE_SHEET, unit.assessment(), unit.result(),
                    Map.of());
            scoresSheet(wb, st, LayoutFit.model(instrument), unit.result());
            wb.write(out);
        }
    }

    /** The scores sheet: every component of the rule set's structure, each area, each area part; then the checks. */
    static void scoresSheet(XSSFWorkbook wb, TemplateWriter.Styles st, RuleSetModel model, Result r) {
        XSSFSheet s = wb.createSheet(SCORES_SHEET);
        ScoreTree tree = r.scoreTree();
        int[] n = {0};
        header(s, st, n, "Nilai / Score", "Nilai / Value");
        for (RuleSetModel.Component c : model.components()) {
            line(s, st, n, c.id() + " " + c.nameId(), tree.node(c.id()).map(ScoreNode::score).orElse(null));
        }
        for (RuleSetModel.AreaDef a : model.areas()) {
            line(s, st, n, a.code() + " " + a.nameId(), tree.areas().get(a.code()));
        }
        parts(tree.root(), (k, v) -> line(s, st, n, k, v));
        n[0]++;
        Row v = s.createRow(n[0]++);
        v.createCell(0).setCellValue("Predikat / Verdict " + r.verdict().target());
        v.createCell(1).setCellValue(r.eligible() ? "Memenuhi syarat / eligible" : "Belum memenuhi / not eligible");
        n[0]++;
        Row h = s.createRow(n[0]++);
        String[] heads = {"Syarat / Check", "Diperlukan / Required", "Capaian / Actual", "Lulus / Passed",
            "Kekurangan / Shortfall", "Aturan / Rule"};
        for (int i = 0; i < heads.length; i++) {
            h.createCell(i).setCellValue(heads[i]);
            h.getCell(i).setCellStyle(st.header);
        }
        for (Check c : r.verdict().checks()) {
            Row row = s.createRow(n[0]++);
            row.createCell(0).setCellValue(c.id());
            ScoreCheck score = c instanceof ScoreCheck minimum ? minimum : null;
            value(row, 1, score == null ? null : score.required(), c.requiredText(), st);
            value(row, 2, score == null ? null : score.actual(), c.actualText(), st);
            row.createCell(3).setCellValue(c.passed() ? "Ya" : "Tidak");
            value(row, 4, score == null ? null : score.shortfall(), "", st);
            row.createCell(5).setCellValue(c.rule());
        }
        n[0]++;
        header(s, st, n, "Peringatan / Warning", "Lokasi / Location");
        for (Problem p : r.warnings()) {
            Row row = s.createRow(n[0]++);
            row.createCell(0).setCellValue(p.code());
            row.createCell(1).setCellValue(p.location());
            row.createCell(2).setCellValue(p.messageId());
            row.createCell(3).setCellValue(p.messageEn());
        }
        s.setColumnWidth(0, 40 * 256);
        s.setColumnWidth(1, 22 * 256);
        s.setColumnWidth(2, 40 * 256);
        s.setColumnWidth(3, 40 * 256);
    }

    private static void parts(ScoreNode node, java.util.function.BiConsumer<String, BigDecimal> out) {
        if (node.kind() == ScoreNode.Kind.AREA_PART) {
            out.accept(node.id(), node.score());
        }
        node.children().forEach(c -> parts(c, out));
    }

    private static void header(XSSFSheet s, TemplateWriter.Styles st, int[] n, String a, String b) {
        Row h = s.createRow(n[0]++);
        h.createCell(0).setCellValue(a);
        h.createCell(1).setCellValue(b);
        h.getCell(0).setCellStyle(st.header);
        h.getCell(1).setCellStyle(st.header);
    }

    private static void line(XSSFSheet s, TemplateWriter.Styles st, int[] n, String label, BigDecimal v) {
        Row row = s.createRow(n[0]++);
        row.createCell(0).setCellValue(label);
        value(row, 1, v, "", st);
    }

    static void value(Row row, int col, BigDecimal v, String otherwise, TemplateWriter.Styles st) {
        Cell c = row.createCell(col);
        if (v != null) {
            c.setCellValue(v.doubleValue());
            c.setCellStyle(st.score);
        } else {
            c.setCellValue(otherwise == null ? "" : otherwise);
        }
    }
}
