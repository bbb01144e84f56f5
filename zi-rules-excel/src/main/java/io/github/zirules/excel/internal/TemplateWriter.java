package io.github.zirules.excel.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import io.github.zirules.api.Unit;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the project's own LKE layout: the Lampiran III structure (sections, areas, indicators, items with question
 * and criteria, <i>Jumlah</i> rows) with the item id in column A, the answer in K, the scores in L and M, evidence in
 * N to P and one answer column per reviewer role; and the {@code Unit} header sheet.
 */
public final class TemplateWriter {

    static final String LKE_SHEET = "LKE";
    static final int ID = 0;
    static final int QUESTION = 6;
    static final int WEIGHT = 7;
    static final int CRITERIA = 8;
    static final int TYPE = 9;
    static final int ANSWER = 10;
    static final int VALUE = 11;
    static final int POINTS = 12;
    static final int EVIDENCE = 13;
    static final int LINKS = 14;
    static final int HASHES = 15;
    static final int REVIEWS = 16;
    private static final List<String> DEFAULT_ROLES = List.of("TPI", "TPN");
    private static final List<String> HEADER = List.of(LkeSheet.TEMPLATE_ID_HEADER, "Penilaian", "", "", "", "",
            "Pertanyaan", "Bobot", "Kriteria Nilai", "Pilihan Jawaban", "Jawaban", "Nilai", "Poin",
            "Daftar Bukti Dukung", "Tautan Bukti Dukung", "SHA-256 Bukti Dukung");

    private final Instrument instrument;

    /** A writer for this instrument. */
    public TemplateWriter(Instrument instrument) {
        this.instrument = instrument;
    }

    /** Writes the blank template; the weights are the scores of an all-best assessment if an evaluator is given. */
    public void writeBlank(String ruleSet, Function<Assessment, Result> evaluator, OutputStream out)
            throws IOException {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        if (evaluator != null) {
            Assessment.Builder best = Assessment.builder(Unit.of("template"), java.time.Year.now().getValue(),
                    Predikat.WBK).ruleSet(ruleSet);
            instrument.items().forEach(i -> best.answer(i.id(), Answers.best(instrument.answerScale(i))));
            weights.putAll(ScoreKeys.indicators(evaluator.apply(best.build())));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            unitSheet(wb, st, ruleSet, null);
            lkeSheet(instrument, wb, st, LKE_SHEET, null, null, weights);
            wb.write(out);
        }
    }

    /** The {@code Unit} header sheet, blank or with the assessment's values. */
    static void unitSheet(XSSFWorkbook wb, Styles st, String ruleSet, Assessment a) {
        XSSFSheet s = wb.createSheet(HeaderBlock.SHEET);
        s.createRow(0).createCell(0).setCellValue("LKE Zona Integritas: unit yang dinilai / the unit assessed");
        s.getRow(0).getCell(0).setCellStyle(st.bold);
        Object[] values = a == null
                ? new Object[] {ruleSet, "", "", "", "", "", "NONE"}
                : new Object[] {a.ruleSet() == null ? "" : a.ruleSet(), a.unit().id(), nz(a.unit().name()),
                        nz(a.unit().agency()), a.year(), a.target().name(), a.currentPredicate().name()};
        for (int i = 0; i < HeaderBlock.LABELS.size(); i++) {
            Row r = s.createRow(i + 2);
            r.createCell(0).setCellValue(HeaderBlock.LABELS.get(i));
            Cell c = r.createCell(1);
            if (values[i] instanceof Integer y) {
                c.setCellValue(y);
            } else {
                c.setCellValue(values[i] == null ? "" : values[i].toString());
            }
            c.setCellStyle(st.input);
        }
        DataValidationHelper h = s.getDataValidationHelper();
        list(s, h, new String[] {"WBK", "WBBM"}, new CellRangeAddressList(7, 7, 1, 1));
        list(s, h, new String[] {"NONE", "WBK", "WBBM"}, new CellRangeAddressList(8, 8, 1, 1));
        s.setColumnWidth(0, 52 * 256);
        s.setColumnWidth(1, 40 * 256);
        s.protectSheet("");
    }

    /**
     * The LKE sheet; with an assessment its answers, evidence and reviews, with a result its scores.
     *
     * @throws io.github.zirules.api.InvalidInputException if the rule set's structure does not fit the layout
     */
    static XSSFSheet lkeSheet(Instrument instrument, XSSFWorkbook wb, Styles st, String name, Assessment a, Result r,
                              Map<String, BigDecimal> weights) {
        LayoutFit.exportFits(instrument);
        RuleSetModel model = LayoutFit.model(instrument);
        XSSFSheet s = wb.createSheet(name);
        List<String> roles = a == null || a.reviews().isEmpty() ? DEFAULT_ROLES : new ArrayList<>(a.reviews().keySet());
        Row title = s.createRow(0);
        title.createCell(1).setCellValue("LEMBAR KERJA EVALUASI ZONA INTEGRITAS");
        title.getCell(1).setCellStyle(st.bold);
        Row head = s.createRow(1);
        for (int c = 0; c < HEADER.size(); c++) {
            head.createCell(c).setCellValue(HEADER.get(c));
            head.getCell(c).setCellStyle(st.header);
        }
        for (int i = 0; i < roles.size(); i++) {
            head.createCell(REVIEWS + i).setCellValue("Jawaban " + roles.get(i));
            head.getCell(REVIEWS + i).setCellStyle(st.header);
        }
        SheetRows rows = new SheetRows(s, st, r, REVIEWS + roles.size());
        Validations v = new Validations(s, REVIEWS + roles.size());
        rows.label(1, "A.", 2, "PENGUNGKIT", ScoreKeys.PENGUNGKIT);
        String section = null;
        String area = null;
        String indicator = null;
        boolean hasil = false;
        int sectionNo = 0;
        int areaNo = 0;
        int indNo = 0;
        for (Item it : instrument.items()) {
            AnswerScale scale = instrument.answerScale(it);
            String itArea = it.area();
            if (!it.section().equals(section)) {
                section = it.section();
                area = null;
                areaNo = 0;
                if (itArea != null) {
                    String heading = model.section(section).map(RuleSetModel.SectionDef::nameId).orElse(section);
                    rows.label(2, roman(++sectionNo).toUpperCase(Locale.ROOT), 3, heading.toUpperCase(Locale.ROOT),
                            ScoreKeys.section(model, section));
                } else if (!hasil) {
                    hasil = true;
                    rows.label(1, "TOTAL PENGUNGKIT", -1, null, ScoreKeys.PENGUNGKIT);
                    rows.label(1, "B.", 2, "HASIL", ScoreKeys.HASIL);
                }
            }
            if (itArea != null && !itArea.equals(area)) {
                area = itArea;
                indNo = 0;
                String heading = model.area(area).map(RuleSetModel.AreaDef::nameId).orElse(area);
                rows.label(3, ++areaNo + ".", 4, heading.toUpperCase(Locale.ROOT), ScoreKeys.areaPart(it));
            }
            if (itArea != null && !it.indicatorId().equals(indicator)) {
                indicator = it.indicatorId();
                rows.indicator(roman(++indNo), it, weights.get(it.indicatorId()));
            }
            int row = rows.item(it, scale, weights.get(it.indicatorId()));
            v.add(scale, row, false);
            if (LkeSheet.counted(scale)) {
                List<String> labels = Answers.countLabels(it, scale);
                int first = rows.count(labels.get(0));
                int second = rows.count(labels.get(1));
                v.add(scale, first, true);
                v.add(scale, second, true);
                if (a != null) {
                    rows.counts(it, a.answers().get(it.id()), ANSWER, first, second);
                    for (int i = 0; i < roles.size(); i++) {
                        rows.counts(it, a.reviews().getOrDefault(roles.get(i), Map.of()).get(it.id()), REVIEWS + i,
                                first, second);
                    }
                }
            } else if (a != null) {
                rows.answer(row, ANSWER, a.answers().get(it.id()));
                for (int i = 0; i < roles.size(); i++) {
                    rows.answer(row, REVIEWS + i, a.reviews().getOrDefault(roles.get(i), Map.of()).get(it.id()));
                }
            }
            if (a != null) {
                evidence(rows, row, a.evidenceFor(it.id()));
            }
        }
        rows.label(1, "TOTAL HASIL", -1, null, ScoreKeys.HASIL);
        rows.label(1, "NILAI EVALUASI ZONA INTEGRITAS", -1, null, ScoreKeys.TOTAL);
        v.apply();
        int[] widths = {14, 4, 4, 5, 6, 30, 60, 8, 60, 12, 12, 9, 9, 40, 40, 20};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        for (int i = 0; i < roles.size(); i++) {
            s.setColumnWidth(REVIEWS + i, 14 * 256);
        }
        s.createFreezePane(0, 2);
        s.protectSheet("");
        return s;
    }

    private static void evidence(SheetRows rows, int row, List<Evidence> docs) {
        if (docs.isEmpty()) {
            return;
        }
        rows.text(row, EVIDENCE, String.join("\n", docs.stream().map(Evidence::title).toList()));
        rows.text(row, LINKS, String.join("\n", docs.stream().map(d -> nz(d.uri())).toList()));
        rows.text(row, HASHES, String.join("\n", docs.stream().map(d -> nz(d.sha256())).toList()));
    }

    private static void list(XSSFSheet s, DataValidationHelper h, String[] values, CellRangeAddressList where) {
        DataValidation dv = h.createValidation(h.createExplicitListConstraint(values), where);
        dv.setShowErrorBox(true);
        s.addValidationData(dv);
    }

    static String roman(int n) {
        String[] r = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};
        return (n <= r.length ? r[n - 1] : "x" + n) + ".";
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The cell styles of a workbook: input cells unlocked, scores with two decimals. */
    static final class Styles {
        final CellStyle bold;
        final CellStyle header;
        final CellStyle input;
        final CellStyle wrap;
        final CellStyle score;

        Styles(XSSFWorkbook wb) {
            Font f = wb.createFont();
            f.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(f);
            header = wb.createCellStyle();
            header.setFont(f);
            header.setWrapText(true);
            input = wb.createCellStyle();
            input.setLocked(false);
            input.setWrapText(true);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            score = wb.createCellStyle();
            score.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        }
    }

    /** Data validations on the answer cells, one per kind of answer. */
    private static final class Validations {
        private static final String COUNT = " count";
        private final XSSFSheet sheet;
        private final int lastCol;
        private final Map<String, CellRangeAddressList> ranges = new LinkedHashMap<>();
        private final Map<String, AnswerScale> scales = new LinkedHashMap<>();

        Validations(XSSFSheet sheet, int lastCol) {
            this.sheet = sheet;
            this.lastCol = lastCol;
        }

        void add(AnswerScale scale, int row, boolean countRow) {
            String key = countRow ? COUNT : scale.code();
            if (!countRow && LkeSheet.counted(scale)) {
                return;
            }
            scales.putIfAbsent(key, scale);
            CellRangeAddressList l = ranges.computeIfAbsent(key, k -> new CellRangeAddressList());
            l.addCellRangeAddress(row, ANSWER, row, ANSWER);
            for (int c = REVIEWS; c < lastCol; c++) {
                l.addCellRangeAddress(row, c, row, c);
            }
        }

        void apply() {
            DataValidationHelper h = sheet.getDataValidationHelper();
            ranges.forEach((key, where) -> {
                AnswerScale scale = scales.get(key);
                DataValidationConstraint c = key.equals(COUNT)
                        ? h.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null)
                        : scale.kind() == RuleSetModel.AnswerKind.INDEX
                        ? h.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "4")
                        : h.createExplicitListConstraint(scale.labels().toArray(String[]::new));
                DataValidation dv = h.createValidation(c, where);
                dv.setShowErrorBox(true);
                sheet.addValidationData(dv);
            });
        }
    }
}
