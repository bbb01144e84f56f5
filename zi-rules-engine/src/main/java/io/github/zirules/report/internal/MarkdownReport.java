package io.github.zirules.report.internal;

import io.github.zirules.api.Check;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.ScoreCheck;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/** The Markdown page: a heading per unit, tables for scores, areas and checks, and the warnings. */
public final class MarkdownReport implements DocumentFormat {

    private final Texts tx;

    /** A Markdown report in the language of {@code tx}. */
    public MarkdownReport(Texts tx) {
        this.tx = tx;
    }

    /** A rule between two units: a report depends on no other, so it can be drawn ahead. */
    @Override
    public String separator() {
        return "\n---\n\n";
    }

    @Override
    public void report(ReportView v, int index, Appendable out) throws IOException {
        if (index > 0) {
            out.append(separator());
        }
        out.append("# ").append(v.title()).append(": ").append(md(v.unitName())).append("\n\n");
        item(out, "Unit", md(v.unitName()));
        if (v.agency() != null) {
            item(out, tx.t("Instansi", "Agency"), md(v.agency()));
        }
        item(out, tx.t("Tahun", "Year"), Integer.toString(v.result().year()));
        item(out, tx.t("Aturan", "Rule set"), md(v.ruleSetLine()) + " (sha256 `" + v.shortHash() + "`)");
        item(out, tx.t("Usulan", "Seeking"), tx.predicateLong(v.target()));
        out.append("\n> **").append(Texts.mark(v.result().eligible())).append(' ').append(v.verdictLine())
                .append("**\n\n");
        scores(v, out);
        areas(v, out);
        checks(v, out);
        warnings(v, out);
        items(v, out);
        out.append("\n*").append(tx.t("Dibuat oleh zi-rules dengan aturan ", "Made by zi-rules with rule set "))
                .append(md(v.ruleSetLine())).append(", sha256 `").append(v.result().ruleSet().sha256())
                .append("`.*\n");
    }

    private static void item(Appendable out, String label, String value) throws IOException {
        out.append("- **").append(label).append(":** ").append(value).append('\n');
    }

    private void scores(ReportView v, Appendable out) throws IOException {
        out.append("## ").append(tx.t("Nilai", "Scores")).append("\n\n");
        out.append("| ").append(tx.t("Komponen", "Component")).append(" | ").append(tx.t("Nilai", "Score"))
                .append(" |\n|:---|---:|\n");
        for (ReportView.ScoreLine l : v.scoreLines()) {
            String indent = "&emsp;".repeat(l.depth());
            String value = tx.points(l.value());
            if (l.depth() == 0) {
                out.append("| **").append(md(l.label())).append("** | **").append(value).append("** |\n");
            } else {
                out.append("| ").append(indent).append(md(l.label())).append(" | ").append(value).append(" |\n");
            }
        }
        out.append('\n');
    }

    private void areas(ReportView v, Appendable out) throws IOException {
        List<ReportView.AreaRow> rows = v.areas();
        if (rows.isEmpty()) {
            return;
        }
        boolean scale = v.hasChart();
        out.append("## ").append(tx.t("Area perubahan", "Change areas")).append("\n\n");
        out.append("| | Area | ").append(tx.t("Nilai", "Score")).append(" | Minimum ").append(v.target().name());
        List<Predikat> others = scale ? otherPredicates(v) : List.of();
        for (Predikat p : others) {
            out.append(" | Minimum ").append(p.name());
        }
        if (scale) {
            out.append(" | ").append(tx.t("Bobot", "Weight")).append(" | ").append(tx.t("% bobot", "% of weight"));
        }
        out.append(" | ").append(tx.t("Keterangan", "Note")).append(" |\n|:-:|:---|---:|---:|");
        out.append("---:|".repeat(others.size() + (scale ? 2 : 0))).append(":---|\n");
        for (ReportView.AreaRow r : rows) {
            ScoreCheck c = r.check();
            out.append("| ").append(c == null ? "" : Texts.mark(c.passed())).append(" | ").append(md(r.code()))
                    .append(' ').append(md(r.name())).append(" | ").append(tx.points(r.score())).append(" | ")
                    .append(c != null ? tx.points(c.required()) : "");
            for (Predikat p : others) {
                BigDecimal share = r.minimumShares().get(p);
                out.append(" | ").append(share == null ? "" : tx.points(share.multiply(r.weight())));
            }
            if (scale) {
                out.append(" | ").append(tx.points(r.weight())).append(" | ").append(tx.percent(r.share()));
            }
            out.append(" | ").append(tx.shortfallOf(c))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static List<Predikat> otherPredicates(ReportView v) {
        return v.areas().stream().flatMap(r -> r.minimumShares().keySet().stream()).distinct()
                .filter(p -> p != v.target()).sorted().toList();
    }

    private void checks(ReportView v, Appendable out) throws IOException {
        List<Check> checks = v.checks();
        long passed = checks.stream().filter(Check::passed).count();
        out.append("## ").append(v.checksHeading()).append(" (").append(tx.t(passed + " dari " + checks.size()
                + " terpenuhi", passed + " of " + checks.size() + " passed")).append(")\n\n");
        out.append("| | ").append(tx.t("Syarat", "Check")).append(" | ").append(tx.t("Capaian", "Actual"))
                .append(" | Minimum | ").append(tx.t("Keterangan", "Note")).append(" |\n|:-:|:---|---:|---:|:---|\n");
        for (Check c : checks) {
            out.append("| ").append(Texts.mark(c.passed())).append(" | ").append(md(v.names().check(c.id())))
                    .append(" | ")
                    .append(md(tx.actual(c))).append(" | ").append(md(tx.required(c)))
                    .append(" | ").append(tx.shortfallOf(c)).append(" |\n");
        }
        out.append('\n');
    }

    private void warnings(ReportView v, Appendable out) throws IOException {
        List<WarningDigest.Line> lines = v.warnings();
        out.append("## ").append(v.warningsHeading()).append("\n\n");
        if (lines.isEmpty()) {
            out.append(tx.t("Tidak ada peringatan.", "No warnings.")).append('\n');
            return;
        }
        for (WarningDigest.Line l : lines) {
            out.append("- ");
            if (l.isSummary()) {
                out.append(md(l.text())).append(": ");
                for (int i = 0; i < l.locations().size(); i++) {
                    out.append(i > 0 ? ", `" : "`").append(code(l.locations().get(i))).append('`');
                }
                if (l.more() > 0) {
                    out.append(' ').append(md(tx.andMore(l.more())));
                }
            } else {
                out.append('`').append(code(l.location())).append("`: ").append(md(l.text()));
            }
            out.append('\n');
        }
    }

    private void items(ReportView v, Appendable out) throws IOException {
        List<ReportView.ItemRow> rows = v.items();
        if (rows.isEmpty()) {
            return;
        }
        out.append("\n## ").append(v.itemsHeading()).append("\n\n| ").append(tx.t("Butir", "Item")).append(" | ")
                .append(tx.t("Pertanyaan", "Question")).append(" | ").append(tx.t("Jawaban", "Answer")).append(" | ")
                .append(tx.t("Nilai", "Value")).append(" | ").append(tx.t("Poin", "Points")).append(" | ")
                .append(tx.t("Data dukung", "Evidence")).append(" |\n|:---|:---|:---|---:|---:|:---|\n");
        for (ReportView.ItemRow i : rows) {
            String q = i.question() != null ? i.question() : i.indicatorName() == null ? "" : i.indicatorName();
            List<String> ev = i.evidence().stream().map(e -> md(v.evidenceText(e))).toList();
            out.append("| `").append(code(i.score().item().value())).append("` | ").append(md(q)).append(" | ")
                    .append(md(tx.answer(i.score().answer()))).append(" | ").append(tx.decimal(i.score().value()))
                    .append(" | ").append(tx.points(i.score().points())).append(" | ").append(String.join("; ", ev))
                    .append(" |\n");
        }
    }

    @Override
    public void end(int count, int eligible, Appendable out) throws IOException {
        if (count > 1) {
            out.append("\n---\n\n**").append(TextReport.summary(tx, count, eligible)).append("**\n");
        }
    }

    private static String md(String s) {
        return Escape.markdown(s);
    }

    /** Text inside a code span: backticks and line breaks cannot be escaped there, so they are replaced. */
    private static String code(String s) {
        return Escape.terminal(s.replace('\n', ' ').replace('\r', ' ')).replace('`', '\'').replace('|', '¦');
    }
}
