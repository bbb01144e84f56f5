package io.github.zirules.report.internal;

import io.github.zirules.api.Result;
import io.github.zirules.api.Scores;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV summary: a header row, then one row per unit with its total, every component and area, the verdict and
 * the failed checks with what each lacks. Written with Commons CSV (RFC 4180 quoting). Numbers follow the language as
 * everywhere: in Bahasa Indonesia a decimal comma, and therefore a semicolon between fields (as a spreadsheet in an
 * Indonesian locale reads it); in English a decimal point and a comma.
 */
public final class CsvSummary implements DocumentFormat {

    private final Texts tx;
    private CSVPrinter printer;

    /** A CSV summary in the language of {@code tx}. */
    public CsvSummary(Texts tx) {
        this.tx = tx;
    }

    @Override
    public void begin(Appendable out) throws IOException {
        char delimiter = "id".equals(tx.language()) ? ';' : ',';
        printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
        List<String> header = new ArrayList<>(List.of("unit_id", "unit_name", "agency", "year", "ruleset",
                "ruleset_version", "ruleset_sha256", "target", "total", "pengungkit", "pemenuhan", "reform", "hasil",
                "bba", "ipak", "kinerja", "ipkp"));
        for (String a : Texts.AREAS.keySet()) {
            header.add("area_" + a.toLowerCase(java.util.Locale.ROOT));
        }
        header.addAll(List.of("eligible", "failed_checks"));
        printer.printRecord(header);
    }

    @Override
    public void report(ReportView v, int index, Appendable out) throws IOException {
        Result r = v.result();
        Scores s = r.scores();
        List<String> row = new ArrayList<>(List.of(text(r.unit().id()), text(r.unit().name()), text(r.unit().agency()),
                Integer.toString(r.year()), r.ruleSet().id(), r.ruleSet().version(), r.ruleSet().sha256(),
                v.target().name(), n(s.total()), n(s.pengungkit()), n(s.pemenuhan()), n(s.reform()), n(s.hasil()),
                n(s.bba()), n(s.ipak()), n(s.kinerja()), n(s.ipkp())));
        for (String a : Texts.AREAS.keySet()) {
            BigDecimal v1 = s.areas().get(a);
            row.add(v1 == null ? "" : n(v1));
        }
        row.add(Boolean.toString(r.eligible()));
        row.add(v.failedChecks());
        printer.printRecord(row.stream().map(Escape::terminal).toList());
    }

    private String n(BigDecimal v) {
        return tx.points(v);
    }

    /** Text from the assessment; one that a spreadsheet would take for a formula gets a leading apostrophe. */
    private static String text(String s) {
        if (s == null) {
            return "";
        }
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    @Override
    public void end(int count, int eligible, Appendable out) throws IOException {
        printer.flush();
    }
}
