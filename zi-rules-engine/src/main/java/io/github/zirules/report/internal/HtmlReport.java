package io.github.zirules.report.internal;

import io.github.zirules.api.Check;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Problem;
import java.io.IOException;
import java.util.List;

/**
 * One self-contained HTML file: inline CSS, an inline SVG chart, no script, no font, no image, nothing fetched from
 * elsewhere. Every text that came from an assessment or a rule set is escaped.
 */
public final class HtmlReport implements DocumentFormat {

    private final Texts tx;
    private final String title;

    /** An HTML report in the language of {@code tx}, with {@code title} in the document's head. */
    public HtmlReport(Texts tx, String title) {
        this.tx = tx;
        this.title = title;
    }

    @Override
    public void begin(Appendable out) throws IOException {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(tx.language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"zi-rules\">\n")
                .append("<title>").append(h(title)).append("</title>\n<style>\n").append(HtmlStyle.CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");
    }

    @Override
    public void report(ReportView v, int index, Appendable out) throws IOException {
        String ok = v.result().eligible() ? "ok" : "fail";
        out.append("<article class=\"report\" id=\"report-").append(Integer.toString(index + 1)).append("\">\n");
        out.append("<header>\n<p class=\"kicker\">").append(h(v.title())).append("</p>\n<h1>")
                .append(h(name(v))).append(" <span class=\"id\">").append(h(v.result().unit().id()))
                .append("</span></h1>\n");
        if (v.agency() != null) {
            out.append("<p class=\"agency\">").append(h(v.agency())).append("</p>\n");
        }
        out.append("<p class=\"verdict ").append(ok).append("\"><span class=\"mark\">")
                .append(Texts.mark(v.result().eligible())).append("</span> ").append(h(v.verdictLine()))
                .append("</p>\n<dl class=\"meta\">\n");
        meta(out, tx.t("Tahun", "Year"), h(Integer.toString(v.result().year())));
        meta(out, tx.t("Usulan", "Seeking"), h(tx.predicateLong(v.target())));
        meta(out, tx.t("Aturan", "Rule set"), h(v.ruleSetLine()) + " <code>" + h(v.shortHash()) + "</code>");
        out.append("</dl>\n</header>\n");
        scores(v, out);
        areas(v, index, out);
        checks(v, out);
        warnings(v, out);
        items(v, out);
        out.append("<footer>").append(h(tx.t("Dibuat oleh zi-rules dengan aturan ", "Made by zi-rules with rule set ")
                + v.ruleSetLine() + (v.result().ruleSet().legalBasis() == null ? ""
                : " (" + v.result().ruleSet().legalBasis() + ")") + ", sha256 " + v.result().ruleSet().sha256()))
                .append("</footer>\n</article>\n");
    }

    private static String name(ReportView v) {
        String n = v.result().unit().name();
        return n == null || n.isBlank() ? v.result().unit().id() : n;
    }

    private static void meta(Appendable out, String term, String html) throws IOException {
        out.append("<dt>").append(h(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private void scores(ReportView v, Appendable out) throws IOException {
        out.append("<section>\n<h2>").append(h(tx.t("Nilai", "Scores"))).append("</h2>\n<table class=\"scores\">\n");
        for (ReportView.ScoreLine l : v.scoreLines()) {
            out.append(l.depth() == 0 ? "<tr class=\"total\">" : "<tr>").append("<td class=\"d")
                    .append(Integer.toString(l.depth())).append("\">").append(h(l.label()))
                    .append("</td><td class=\"num\">").append(h(tx.points(l.value()))).append("</td></tr>\n");
        }
        out.append("</table>\n</section>\n");
    }

    private void areas(ReportView v, int index, Appendable out) throws IOException {
        List<ReportView.AreaRow> rows = v.areas();
        if (rows.isEmpty()) {
            return;
        }
        out.append("<section>\n<h2>").append(h(tx.t("Enam area perubahan", "The six change areas")))
                .append("</h2>\n");
        if (v.hasChart()) {
            out.append("<figure>\n").append(SvgChart.svg(v, "chart-" + (index + 1))).append("<figcaption>")
                    .append(h(tx.t("Nilai setiap area sebagai persentase bobotnya; garis putus-putus: minimum "
                                    + "setiap predikat menurut aturan.",
                            "Each area's score as a percentage of its weight; dashed lines: each predicate's "
                                    + "minimum under the rules.")))
                    .append("</figcaption>\n</figure>\n");
        }
        boolean scale = v.hasChart();
        out.append("<table class=\"areas\">\n<tr><th></th><th>Area</th><th class=\"num\">")
                .append(h(tx.t("Nilai", "Score"))).append("</th><th class=\"num\">Minimum ")
                .append(h(v.target().name())).append("</th>");
        if (scale) {
            out.append("<th class=\"num\">").append(h(tx.t("Bobot", "Weight"))).append("</th><th class=\"num\">")
                    .append(h(tx.t("% bobot", "% of weight"))).append("</th>");
        }
        out.append("<th>").append(h(tx.t("Keterangan", "Note"))).append("</th></tr>\n");
        for (ReportView.AreaRow r : rows) {
            Check c = r.check();
            boolean failed = c != null && !c.passed();
            out.append(failed ? "<tr class=\"fail\">" : "<tr>").append("<td>").append(mark(c)).append("</td><td>")
                    .append("<b>").append(r.area().name()).append("</b> ").append(h(tx.area(r.area())))
                    .append("</td><td class=\"num\">").append(h(tx.points(r.score()))).append("</td><td class=\"num\">")
                    .append(c != null && c.isScoreCheck() ? h(tx.points(c.required())) : "").append("</td>");
            if (scale) {
                out.append("<td class=\"num\">").append(h(tx.points(r.weight()))).append("</td><td class=\"num\">")
                        .append(h(tx.percent(r.share()))).append("</td>");
            }
            out.append("<td>").append(shortfall(c)).append("</td></tr>\n");
        }
        out.append("</table>\n</section>\n");
    }

    private void checks(ReportView v, Appendable out) throws IOException {
        List<Check> checks = v.checks();
        long passed = checks.stream().filter(Check::passed).count();
        out.append("<section>\n<h2>").append(h(v.checksHeading() + " (" + tx.t(passed + " dari " + checks.size()
                + " terpenuhi", passed + " of " + checks.size() + " passed") + ")")).append("</h2>\n")
                .append("<table class=\"checks\">\n<tr><th></th><th>").append(h(tx.t("Syarat", "Check")))
                .append("</th><th class=\"num\">").append(h(tx.t("Capaian", "Actual")))
                .append("</th><th class=\"num\">Minimum</th><th>").append(h(tx.t("Keterangan", "Note")))
                .append("</th></tr>\n");
        for (Check c : checks) {
            out.append(c.passed() ? "<tr>" : "<tr class=\"fail\">").append("<td>").append(mark(c)).append("</td><td>")
                    .append(h(tx.check(c.id()))).append(" <code>").append(h(c.id())).append("</code></td>")
                    .append("<td class=\"num\">").append(h(c.isScoreCheck() ? tx.points(c.actual())
                            : tx.grade(c.actualLabel()))).append("</td><td class=\"num\">")
                    .append(h(c.isScoreCheck() ? tx.points(c.required()) : tx.grade(c.requiredLabel())))
                    .append("</td><td>").append(shortfall(c)).append("</td></tr>\n");
        }
        out.append("</table>\n</section>\n");
    }

    private String mark(Check c) {
        if (c == null) {
            return "";
        }
        return "<span class=\"mark " + (c.passed() ? "ok" : "fail") + "\">" + Texts.mark(c.passed()) + "</span>";
    }

    private String shortfall(Check c) {
        return c == null || c.shortfall() == null ? ""
                : "<span class=\"short\">" + h(tx.shortfall(c.shortfall())) + "</span>";
    }

    private void warnings(ReportView v, Appendable out) throws IOException {
        out.append("<section>\n<h2>").append(h(v.warningsHeading())).append("</h2>\n");
        List<WarningDigest.Line> lines = v.warnings();
        if (lines.isEmpty()) {
            out.append("<p>").append(h(tx.t("Tidak ada peringatan.", "No warnings."))).append("</p>\n</section>\n");
            return;
        }
        out.append("<ul class=\"warnings\">\n");
        for (WarningDigest.Line l : lines) {
            out.append("<li>").append(l.isSummary() ? "" : "<code>" + h(l.location()) + "</code>: ")
                    .append(h(v.warningText(l))).append("</li>\n");
        }
        out.append("</ul>\n");
        if (lines.size() < v.result().warnings().size()) {
            out.append("<details><summary>").append(h(tx.t("Semua peringatan", "Every warning"))).append("</summary>\n")
                    .append("<ul class=\"warnings\">\n");
            for (Problem p : v.result().warnings()) {
                out.append("<li><code>").append(h(p.location())).append("</code>: ")
                        .append(h(p.message(tx.language()))).append("</li>\n");
            }
            out.append("</ul>\n</details>\n");
        }
        out.append("</section>\n");
    }

    private void items(ReportView v, Appendable out) throws IOException {
        List<ItemScore> items = v.result().items();
        if (items.isEmpty()) {
            return;
        }
        out.append("<section>\n<h2>").append(h(tx.t("Rincian butir", "Item by item"))).append("</h2>\n<details>")
                .append("<summary>").append(h(tx.t(items.size() + " butir: jawaban, nilai dan poin",
                        items.size() + " items: answer, value and points"))).append("</summary>\n")
                .append("<table class=\"items\">\n<tr><th>").append(h(tx.t("Butir", "Item"))).append("</th><th>")
                .append(h(tx.t("Jawaban", "Answer"))).append("</th><th class=\"num\">")
                .append(h(tx.t("Nilai", "Value"))).append("</th><th class=\"num\">").append(h(tx.t("Poin", "Points")))
                .append("</th><th>").append(h(tx.t("Aturan", "Rule"))).append("</th></tr>\n");
        for (ItemScore i : items) {
            out.append("<tr><td><code>").append(h(i.item().value())).append("</code></td><td>")
                    .append(i.answer() == null ? "<i>" + h(tx.t("tidak dijawab", "unanswered")) + "</i>"
                            : h(i.answer().display()))
                    .append("</td><td class=\"num\">").append(h(i.exactValue())).append("</td><td class=\"num\">")
                    .append(h(tx.points(i.points()))).append("</td><td class=\"rule\">").append(h(i.rule()))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n</details>\n</section>\n");
    }

    @Override
    public void end(int count, int eligible, Appendable out) throws IOException {
        if (count == 0) {
            out.append("<p>").append(h(tx.t("Tidak ada penilaian.", "No assessments."))).append("</p>\n");
        } else if (count > 1) {
            out.append("<p class=\"summary\">").append(h(TextReport.summary(tx, count, eligible))).append("</p>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
    }

    private static String h(String s) {
        return Escape.html(s);
    }
}
