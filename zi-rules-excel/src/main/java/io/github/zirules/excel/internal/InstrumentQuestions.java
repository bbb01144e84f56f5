package io.github.zirules.excel.internal;

import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.internal.CsvTable;
import io.github.zirules.api.internal.InstrumentCsv;
import io.github.zirules.excel.LkeReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The extraction tool for the question text: reads the regulation's Lampiran III workbook and writes, per item of a
 * rule set's instrument CSV, the official question (<i>pertanyaan</i>) and the answer criteria (<i>kriteria nilai</i>,
 * one line per option), and the indicator names where the workbook's differ in more than case and spacing. Run once
 * per edition of the regulation; the result ships as data in the rule set.
 *
 * <pre>{@code java ... InstrumentQuestions lke-lampiran-iii.xlsx path/to/instrument.csv}</pre>
 *
 * <p>The rule set's {@code structure.csv} beside the instrument CSV says which answer-type labels its scales have.
 */
public final class InstrumentQuestions {

    private InstrumentQuestions() {
    }

    /** Rewrites the instrument CSV (argument 2) with the text of the Lampiran III workbook (argument 1). */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: InstrumentQuestions <lampiran-iii.xlsx> <instrument.csv>");
        }
        Path csv = Path.of(args[1]);
        Path structure = csv.resolveSibling("structure.csv");
        RuleSetModel model;
        try (Reader r = Files.newBufferedReader(structure, StandardCharsets.UTF_8)) {
            model = RuleSetModel.readCsv(r, structure.toString());
        }
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            Files.writeString(csv, fill(Files.readString(csv, StandardCharsets.UTF_8), model, in, csv.toString()),
                    StandardCharsets.UTF_8);
        }
    }

    /**
     * The instrument CSV with the columns {@code question} and {@code criteria} filled from the workbook.
     *
     * @param csv the instrument CSV's text
     * @param model the rule set's structure (its answer scales say which rows are items)
     * @param lampiranIii the Lampiran III workbook's bytes (not closed)
     * @param source the instrument CSV's name, for messages
     *
     * @throws IllegalArgumentException if the workbook's LKE sheet does not map onto the instrument
     */
    public static String fill(String csv, RuleSetModel model, InputStream lampiranIii, String source)
            throws IOException {
        Instrument instrument = Instrument.readCsv(new StringReader(csv), source, model);
        Map<String, String[]> text = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(lampiranIii)) {
            LkeSheet sheet = LkeSheet.find(wb);
            List<Problem> problems = new ArrayList<>();
            if (sheet == null || !sheet.map(instrument, LkeReadOptions.DEFAULT_MAX_ROWS, problems)) {
                throw new IllegalArgumentException("the workbook's LKE sheet does not map onto " + source + ": "
                        + problems);
            }
            Set<Integer> itemOrCount = new HashSet<>();
            sheet.items.forEach(ir -> {
                itemOrCount.add(ir.row());
                itemOrCount.addAll(ir.countRows());
            });
            for (LkeSheet.ItemRow ir : sheet.items) {
                Item it = ir.item();
                int q = sheet.questionCol();
                String question = Cells.rawText(sheet.sheet, ir.row(), q);
                if (question.isBlank()) {
                    question = Cells.rawText(sheet.sheet, ir.row(), q - 2);
                }
                String criteria = Cells.rawText(sheet.sheet, ir.row(), sheet.criteriaCol());
                text.put(it.id().value(), new String[] {clean(question), clean(criteria)});
                if (it.area() != null && !names.containsKey(it.indicatorId())) {
                    names.put(it.indicatorId(), heading(sheet, ir.row(), itemOrCount));
                }
            }
        }
        return write(csv, source, text, names);
    }

    /** The indicator heading above an indicator's first item: the nearest row with a title in column F. */
    private static String heading(LkeSheet sheet, int firstItemRow, Set<Integer> itemOrCount) {
        for (int r = firstItemRow - 1; r > sheet.headerRow && !itemOrCount.contains(r); r--) {
            String f = clean(Cells.rawText(sheet.sheet, r, sheet.questionCol() - 1));
            if (f.length() > 3) {
                return f;
            }
        }
        return null;
    }

    private static String write(String csv, String source, Map<String, String[]> text, Map<String, String> names)
            throws IOException {
        List<CsvTable.Row> rows =
                CsvTable.parse(csv, source, "INSTRUMENT_CSV", new ArrayList<>()).rows();
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setRecordSeparator('\n').get();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            List<String> header = new ArrayList<>(InstrumentCsv.HEADER);
            header.addAll(InstrumentCsv.OPTIONAL);
            p.printRecord(header);
            for (CsvTable.Row row : rows.subList(1, rows.size())) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < InstrumentCsv.HEADER.size(); i++) {
                    cells.add(row.cell(i));
                }
                String indicatorId = indicatorId(cells);
                String name = names.get(indicatorId);
                if (name != null && !same(name, cells.get(4))) {
                    cells.set(4, name);
                }
                String[] t = text.get(cells.get(0));
                cells.add(t == null ? "" : t[0]);
                cells.add(t == null ? "" : t[1]);
                p.printRecord(cells);
            }
        }
        return out.toString();
    }

    /** The indicator id of an instrument row: section.area.indicator, or section.indicator without an area. */
    private static String indicatorId(List<String> cells) {
        return cells.get(2).isBlank() ? cells.get(1) + "." + cells.get(3)
                : cells.get(1) + "." + cells.get(2) + "." + cells.get(3);
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT)
                .equals(b.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT));
    }

    /** Each line stripped with runs of spaces as one, blank lines dropped. */
    static String clean(String s) {
        return String.join("\n", s.replace('\u00A0', ' ').lines().map(l -> l.replaceAll("[ \\t]+", " ").strip())
                .filter(l -> !l.isEmpty()).toList());
    }
}
