package io.github.zirules.excel.internal;

import io.github.zirules.api.Check;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.ScoreNode;
import io.github.zirules.excel.ScoredUnit;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a batch summary: sheet {@code Ringkasan}, one row per unit with its total, each area, each check and the
 * verdict (an auto-filter makes it sortable and filterable), then one scored LKE sheet per unit.
 */
public final class SummaryWriter {

    static final String SUMMARY_SHEET = "Ringkasan";

    private final Instrument instrument;

    /** A writer for this instrument. */
    public SummaryWriter(Instrument instrument) {
        this.instrument = instrument;
    }

    /** Writes the workbook. */
    public void write(List<ScoredUnit> units, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TemplateWriter.Styles st = new TemplateWriter.Styles(wb);
            XSSFSheet s = wb.createSheet(SUMMARY_SHEET);
            Set<String> checkIds = new LinkedHashSet<>();
            units.forEach(u -> u.result().verdict().checks().forEach(c -> checkIds.add(c.id())));
            RuleSetModel model = LayoutFit.model(instrument);
            List<RuleSetModel.Component> top = new ArrayList<>(List.of(model.root()));
            top.addAll(model.children(model.root().id()));
            List<String> heads = new ArrayList<>(List.of("ID unit", "Nama unit", "Instansi", "Tahun", "Target"));
            top.forEach(t -> heads.add(t.nameId()));
            model.areas().forEach(a -> heads.add(a.code()));
            checkIds.forEach(c -> heads.add("Lulus " + c));
            heads.add("Memenuhi syarat / Eligible");
            heads.add("Lembar / Sheet");
            Row h = s.createRow(0);
            for (int i = 0; i < heads.size(); i++) {
                h.createCell(i).setCellValue(heads.get(i));
                h.getCell(i).setCellStyle(st.header);
            }
            Set<String> names = new HashSet<>(Set.of(SUMMARY_SHEET.toLowerCase(java.util.Locale.ROOT)));
            int n = 1;
            for (ScoredUnit u : units) {
                Result r = u.result();
                String sheetName = uniqueName(u.assessment().unit().id(), names);
                Row row = s.createRow(n++);
                int c = 0;
                row.createCell(c++).setCellValue(u.assessment().unit().id());
                row.createCell(c++).setCellValue(TemplateWriter.nz(u.assessment().unit().name()));
                row.createCell(c++).setCellValue(TemplateWriter.nz(u.assessment().unit().agency()));
                row.createCell(c++).setCellValue(u.assessment().year());
                row.createCell(c++).setCellValue(r.verdict().target().name());
                for (RuleSetModel.Component t : top) {
                    ScoredWriter.value(row, c++, r.scoreTree().node(t.id()).map(ScoreNode::score).orElse(null), "",
                            st);
                }
                for (RuleSetModel.AreaDef a : model.areas()) {
                    ScoredWriter.value(row, c++, r.scoreTree().areas().get(a.code()), "", st);
                }
                for (String id : checkIds) {
                    row.createCell(c++).setCellValue(r.verdict().check(id).map(Check::passed)
                            .map(p -> p ? "Ya" : "Tidak").orElse(""));
                }
                row.createCell(c++).setCellValue(r.eligible() ? "Ya" : "Tidak");
                row.createCell(c).setCellValue(sheetName);
                TemplateWriter.lkeSheet(instrument, wb, st, sheetName, u.assessment(), r, Map.of());
            }
            s.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, heads.size() - 1));
            s.createFreezePane(1, 1);
            s.setColumnWidth(0, 20 * 256);
            s.setColumnWidth(1, 30 * 256);
            wb.write(out);
        }
    }

    private static String uniqueName(String id, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(id.isBlank() ? "unit" : id);
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            name = base + "~" + i;
        }
        return name;
    }
}
