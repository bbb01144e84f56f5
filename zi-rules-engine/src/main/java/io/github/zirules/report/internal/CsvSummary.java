package io.github.zirules.report.internal;

import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.ScoreNode;
import io.github.zirules.api.ScoreTree;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV summary: a header row, then one row per unit with its total, every component and area, the verdict and
 * the failed checks with what each lacks. The columns of components and areas are those of the first report's
 * structure (as its score tree lists them; {@code total, pengungkit, …, ipkp, area_mp, …, area_pp} for 90/2021), or
 * of the built-in 90/2021 structure when there is no report; a later report of another structure fills the same
 * columns and leaves out what it does not have. Written with Commons CSV (RFC 4180 quoting). Numbers follow the
 * language as everywhere: in Bahasa Indonesia a decimal comma, and therefore a semicolon between fields (as a
 * spreadsheet in an Indonesian locale reads it); in English a decimal point and a comma.
 */
public final class CsvSummary implements DocumentFormat {

    private final Texts tx;
    private CSVPrinter printer;
    private List<String> components;
    private List<String> areas;

    /** A CSV summary in the language of {@code tx}. */
    public CsvSummary(Texts tx) {
        this.tx = tx;
    }

    @Override
    public void begin(Appendable out) throws IOException {
        char delimiter = "id".equals(tx.language()) ? ';' : ',';
        printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
    }

    /** The header, once: its components and areas are those given. */
    private void header(List<String> componentIds, List<String> areaCodes) throws IOException {
        components = componentIds;
        areas = areaCodes;
        List<String> header = new ArrayList<>(List.of("unit_id", "unit_name", "agency", "year", "ruleset",
                "ruleset_version", "ruleset_sha256", "target"));
        components.forEach(c -> header.add(c.toLowerCase(Locale.ROOT)));
        areas.forEach(a -> header.add("area_" + a.toLowerCase(Locale.ROOT)));
        header.addAll(List.of("eligible", "failed_checks"));
        printer.printRecord(header);
    }

    @Override
    public void report(ReportView v, int index, Appendable out) throws IOException {
        Result r = v.result();
        ScoreTree tree = r.scoreTree();
        if (components == null) {
            header(v.scoreLines().stream().map(ReportView.ScoreLine::id).toList(), List.copyOf(tree.areas().keySet()));
        }
        List<String> row = new ArrayList<>(List.of(text(r.unit().id()), text(r.unit().name()), text(r.unit().agency()),
                Integer.toString(r.year()), r.ruleSet().id(), r.ruleSet().version(), r.ruleSet().sha256(),
                v.target().name()));
        for (String c : components) {
            row.add(tree.node(c).filter(n -> n.kind() == ScoreNode.Kind.COMPONENT).map(n -> n(n.score())).orElse(""));
        }
        for (String a : areas) {
            BigDecimal v1 = tree.areas().get(a);
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
        if (components == null) {
            RuleSetModel m = StructureNames.builtInDefault();
            header(StructureNames.listedComponents(m), m.areas().stream().map(RuleSetModel.AreaDef::code).toList());
        }
        printer.flush();
    }
}
