package io.github.zirules.excel.internal;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import io.github.zirules.excel.LkeImport;
import io.github.zirules.excel.LkeLayout;
import io.github.zirules.excel.LkeReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a workbook into an assessment: opens it safely, recognises the layout, reads answers, cross-checks. */
public final class LkeReader {

    /** The most a cached score may differ from the rules' before a warning. */
    static final BigDecimal CACHED_SCORE_TOLERANCE = new BigDecimal("0.005");

    private final String source;
    private final Instrument instrument;
    private final LkeReadOptions options;
    private final List<Problem> problems = new ArrayList<>();

    /** A reader for one workbook. */
    public LkeReader(String source, Instrument instrument, LkeReadOptions options) {
        this.source = source;
        this.instrument = instrument;
        this.options = options;
    }

    /** The import of a file that could not be opened at all. */
    public static LkeImport unreadable(String source, IOException e) {
        return new LkeImport(source, null, null, List.of(Problem.error("EXCEL_CORRUPT", source,
                Message.of("EXCEL_CORRUPT", e.getMessage()), Message.of("EXCEL_CORRUPT.expected"))));
    }

    /** Reads the workbook; never throws for a bad workbook. */
    public LkeImport read(InputStream in) {
        try (XSSFWorkbook wb = new WorkbookOpener(source, options.maxBytes(), options.maxRows(), problems).open(in)) {
            if (wb == null) {
                return done(null, null);
            }
            return read(wb);
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error("EXCEL_CORRUPT", source, Message.of("EXCEL_CORRUPT.2"),
                    Message.of("EXCEL_CORRUPT.2.expected")));
            return done(null, null);
        }
    }

    private LkeImport read(XSSFWorkbook wb) {
        LkeSheet sheet = LkeSheet.find(wb);
        if (sheet == null) {
            problems.add(Problem.error("EXCEL_LAYOUT_UNKNOWN", source, Message.of("EXCEL_LAYOUT_UNKNOWN"),
                    Message.of("EXCEL_LAYOUT_UNKNOWN.expected",
                    Arrays.stream(LkeLayout.values()).map(LkeLayout::description)
                            .collect(Collectors.joining("; ")))));
            return done(null, null);
        }
        if (sheet.sheet.getLastRowNum() + 1 > options.maxRows()) {
            problems.add(Problem.error("EXCEL_SHEET_TOO_LARGE", sheet.sheet.getSheetName(),
                    Message.of("EXCEL_SHEET_TOO_LARGE", (sheet.sheet.getLastRowNum() + 1), options.maxRows()),
                    Message.of("EXCEL_SHEET_TOO_LARGE.expected")));
            return done(null, null);
        }
        LkeLayout layout = layoutOf(sheet);
        if (!sheet.map(instrument, options.maxRows(), problems)) {
            return done(layout, null);
        }
        HeaderBlock header = HeaderBlock.read(wb, layout, problems);
        AnswerColumns answers = new AnswerColumns(sheet, problems);
        Predikat target = target(header);
        if (target == null) {
            problems.add(Problem.error("EXCEL_TARGET_MISSING", source, Message.of("EXCEL_TARGET_MISSING"),
                    Message.of("EXCEL_TARGET_MISSING.expected")));
            target = Predikat.WBK;
        }
        Assessment.Builder b = Assessment.builder(unit(header), year(header), target)
                .ruleSet(options.ruleSet() != null ? options.ruleSet() : header.ruleSet())
                .currentPredicate(first(options.currentPredicate(), header.current(), Predikat.NONE));
        answers.read(sheet.answerCol(), true).forEach(b::answer);
        answers.evidence().forEach((item, docs) -> docs.forEach(d -> b.evidence(item.value(), d)));
        for (Map.Entry<String, Integer> rv : sheet.reviewerCols().entrySet()) {
            answers.read(rv.getValue(), false).forEach((item, a) -> b.review(rv.getKey(), item.value(), a));
        }
        if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
            return done(layout, null);
        }
        Assessment a = b.build();
        crossCheck(sheet, a);
        return done(layout, a);
    }

    private LkeLayout layoutOf(LkeSheet sheet) {
        if (Cells.text(sheet.sheet, sheet.headerRow, 0).equals(LkeSheet.TEMPLATE_ID_HEADER)) {
            return LkeLayout.ZI_RULES_TEMPLATE;
        }
        return sheet.columns.containsKey("jawaban unit") ? LkeLayout.INSPECTORATE : LkeLayout.LAMPIRAN_III;
    }

    private Unit unit(HeaderBlock h) {
        if (options.unit() != null) {
            return options.unit();
        }
        String stem = source.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        return new Unit(h.unitId() != null ? h.unitId() : stem, h.unitName(), h.agency());
    }

    private int year(HeaderBlock h) {
        if (options.year() > 0) {
            return options.year();
        }
        return h.year() != null ? h.year() : Year.now().getValue();
    }

    private Predikat target(HeaderBlock h) {
        return options.target() != null ? options.target() : h.target();
    }

    private static <T> T first(T a, T b, T c) {
        return a != null ? a : b != null ? b : c;
    }

    /** Warns where the workbook's own cached score differs from the rules' by more than 0.005. */
    private void crossCheck(LkeSheet sheet, Assessment a) {
        int col = sheet.scoreCol();
        if (options.evaluator() == null || col < 0) {
            return;
        }
        Result r;
        try {
            r = options.evaluator().apply(a);
        } catch (RuntimeException e) {
            return;
        }
        sheet.scoreRows.forEach((row, key) -> {
            if (Cells.valueType(Cells.cell(sheet.sheet, row, col)) != CellType.NUMERIC) {
                return;
            }
            BigDecimal cached = Cells.number(sheet.sheet, row, col);
            BigDecimal rules = ScoreKeys.value(r, key);
            if (rules != null && cached.subtract(rules).abs().compareTo(CACHED_SCORE_TOLERANCE) > 0) {
                String what = ScoreKeys.label(key);
                problems.add(Problem.warning("EXCEL_CACHED_SCORE", Cells.at(sheet.sheet, row, col),
                        Message.of("EXCEL_CACHED_SCORE", what, Cells.plain(cached), Cells.plain(rules))));
            }
        });
    }

    private LkeImport done(LkeLayout layout, Assessment a) {
        return new LkeImport(source, layout, a, problems);
    }
}
