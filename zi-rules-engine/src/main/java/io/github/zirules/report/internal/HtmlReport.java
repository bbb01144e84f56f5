package io.github.zirules.report.internal;

import io.github.zirules.api.Check;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Problem;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.report.ReportOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One self-contained HTML file: inline CSS, an inline SVG chart, no script, no font, no image, nothing fetched from
 * elsewhere (evidence links are links, never loaded). Every text that came from an assessment or a rule set is
 * escaped. With more than one report, a table of the units (total, each area of the first report's rule set, verdict,
 * a link to the report) comes first: on screen it is written last and shown first (the reports are streamed, never
 * kept); for paper the reports are kept and the table is written before them. For paper ({@link
 * ReportOptions#print()}) the page is XHTML that openhtmltopdf reads: A4, page numbers, the date and the rule set's
 * hash in every page's footer, every table unfolded, a signature block.
 */
public final class HtmlReport implements DocumentFormat {

    private final Texts tx;
    private final String title;
    private final ReportOptions options;
    private final boolean print;
    private final StringBuilder units = new StringBuilder();
    private final StringWriter kept = new StringWriter();
    /** The areas of the table of units: those of the first report. */
    private List<String> unitAreas;

    /** An HTML report in the language of {@code tx}, with {@code title} in the document's head. */
    public HtmlReport(Texts tx, String title, ReportOptions options) {
        this.tx = tx;
        this.title = title;
        this.options = options;
        this.print = options.print();
    }

    @Override
    public void begin(Appendable out) throws IOException {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(tx.language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"zi-rules\"/>\n")
                .append("<title>").append(h(title)).append("</title>\n<style>\n")
                .append(print ? HtmlStyle.PRINT_CSS : HtmlStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
    }

    @Override
    public void report(ReportView v, int index, Appendable out) throws IOException {
        unitRow(v, index);
        Appendable to = print ? kept : out;
        String ok = v.result().eligible() ? "ok" : "fail";
        to.append("<article class=\"report\" id=\"report-").append(Integer.toString(index + 1)).append("\">\n");
        if (print) {
            to.append("<div class=\"runfoot\">").append(h(pageFooter(v))).append("</div>\n");
        }
        to.append("<header>\n<p class=\"kicker\">").append(h(v.title())).append("</p>\n<h1>")
                .append(h(name(v))).append(" <span class=\"id\">").append(h(v.result().unit().id()))
                .append("</span></h1>\n");
        if (v.agency() != null) {
            to.append("<p class=\"agency\">").append(h(v.agency())).append("</p>\n");
        }
        to.append("<p class=\"verdict ").append(ok).append("\">").append(print ? "" : "<span class=\"mark\">"
                + Texts.mark(v.result().eligible()) + "</span> ").append(h(v.verdictLine()))
                .append("</p>\n<dl class=\"meta\">\n");
        meta(to, tx.t("Tahun", "Year"), h(Integer.toString(v.result().year())));
        meta(to, tx.t("Usulan", "Seeking"), h(tx.predicateLong(v.target())));
        meta(to, tx.t("Aturan", "Rule set"), h(v.ruleSetLine()) + " <code>" + h(v.shortHash()) + "</code>");
        to.append("</dl>\n</header>\n");
        scores(v, to);
        areas(v, index, to);
        checks(v, to);
        warnings(v, to);
        items(v, to);
        if (print) {
            to.append("<div class=\"closing\">\n");
            signature(v, to);
        }
        to.append("<footer>").append(h(tx.t("Dibuat oleh zi-rules dengan aturan ", "Made by zi-rules with rule set ")
                + v.ruleSetLine() + (v.result().ruleSet().legalBasis() == null ? ""
                : " (" + v.result().ruleSet().legalBasis() + ")") + ", sha256 " + v.result().ruleSet().sha256()))
                .append("</footer>\n").append(print ? "</div>\n" : "").append("</article>\n");
    }

    private String pageFooter(ReportView v) {
        return (options.date() == null ? "" : date() + " · ") + v.result().unit().id() + " · "
                + v.result().ruleSet().id() + " sha256 " + v.shortHash();
    }

    private String date() {
        return options.date() == null ? "" : options.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.forLanguageTag(tx.language())));
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
        out.append("<section>\n<h2>").append(h(v.areasHeading()))
                .append("</h2>\n");
        if (v.hasChart() && !print) {
            out.append("<figure>\n").append(SvgChart.svg(v, "chart-" + (index + 1))).append("<figcaption>")
                    .append(h(SvgChart.caption(v))).append("</figcaption>\n</figure>\n");
        }
        boolean scale = v.hasChart();
        out.append("<table class=\"areas\">\n<thead><tr><th></th><th>Area</th><th class=\"num\">")
                .append(h(tx.t("Nilai", "Score"))).append("</th><th class=\"num\">Minimum ")
                .append(h(v.target().name())).append("</th>");
        if (scale) {
            out.append("<th class=\"num\">").append(h(tx.t("Bobot", "Weight"))).append("</th><th class=\"num\">")
                    .append(h(tx.t("% bobot", "% of weight"))).append("</th>");
        }
        out.append("<th>").append(h(tx.t("Keterangan", "Note"))).append("</th></tr></thead>\n");
        for (ReportView.AreaRow r : rows) {
            ScoreCheck c = r.check();
            boolean failed = c != null && !c.passed();
            out.append(failed ? "<tr class=\"fail\">" : "<tr>").append("<td>").append(mark(c)).append("</td><td>")
                    .append("<b>").append(h(r.code())).append("</b> ").append(h(r.name()))
                    .append("</td><td class=\"num\">").append(h(tx.points(r.score()))).append("</td><td class=\"num\">")
                    .append(c != null ? h(tx.points(c.required())) : "").append("</td>");
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
                .append("<table class=\"checks\">\n<thead><tr><th></th><th>").append(h(tx.t("Syarat", "Check")))
                .append("</th><th class=\"num\">").append(h(tx.t("Capaian", "Actual")))
                .append("</th><th class=\"num\">Minimum</th><th>").append(h(tx.t("Keterangan", "Note")))
                .append("</th></tr></thead>\n");
        for (Check c : checks) {
            out.append(c.passed() ? "<tr>" : "<tr class=\"fail\">").append("<td>").append(mark(c)).append("</td><td>")
                    .append(h(v.names().check(c.id()))).append(" <code>").append(h(c.id())).append("</code></td>")
                    .append("<td class=\"num\">").append(h(tx.actual(c))).append("</td><td class=\"num\">")
                    .append(h(tx.required(c)))
                    .append("</td><td>").append(shortfall(c)).append("</td></tr>\n");
        }
        out.append("</table>\n</section>\n");
    }

    /** ✓ or ✗; on paper the words (a PDF font may lack the signs). */
    private String mark(boolean passed) {
        return print ? h(passed ? tx.t("Ya", "Yes") : tx.t("Tidak", "No")) : Texts.mark(passed);
    }

    private String mark(Check c) {
        if (c == null) {
            return "";
        }
        return "<span class=\"mark " + (c.passed() ? "ok" : "fail") + "\">" + mark(c.passed()) + "</span>";
    }

    private String shortfall(Check c) {
        String shortfall = tx.shortfallOf(c);
        return shortfall.isEmpty() ? "" : "<span class=\"short\">" + h(shortfall) + "</span>";
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
        if (lines.size() < v.result().warnings().size() && !print) {
            out.append("<details><summary>").append(h(tx.t("Semua peringatan", "Every warning"))).append("</summary>\n")
                    .append("<ul class=\"warnings\">\n");
            for (Problem p : v.result().warnings()) {
                out.append("<li><code>").append(h(p.location())).append("</code>: ")
                        .append(h(p.message(tx.locale()))).append("</li>\n");
            }
            out.append("</ul>\n</details>\n");
        }
        out.append("</section>\n");
    }

    private void items(ReportView v, Appendable out) throws IOException {
        List<ReportView.ItemRow> items = v.items();
        if (items.isEmpty()) {
            return;
        }
        out.append("<section class=\"items\">\n<h2>").append(h(v.itemsHeading())).append("</h2>\n");
        if (!print) {
            out.append("<details>").append("<summary>").append(h(tx.t(items.size()
                    + " butir: pertanyaan, jawaban, nilai, poin dan data dukung", items.size()
                    + " items: question, answer, value, points and evidence"))).append("</summary>\n");
        }
        out.append("<table class=\"items\">\n<thead><tr><th>").append(h(tx.t("Butir", "Item"))).append("</th><th>")
                .append(h(tx.t("Jawaban", "Answer"))).append("</th><th class=\"num\">")
                .append(h(tx.t("Nilai", "Value"))).append("</th><th class=\"num\">").append(h(tx.t("Poin", "Points")))
                .append("</th><th>").append(h(tx.t("Data dukung", "Evidence"))).append("</th></tr></thead>\n");
        for (ReportView.ItemRow i : items) {
            out.append("<tr><td><code>").append(h(i.score().item().value())).append("</code>");
            if (i.question() != null) {
                out.append("<div class=\"q\">").append(h(i.question())).append("</div>");
            } else if (i.indicatorName() != null) {
                out.append("<div class=\"q\">").append(h(i.indicatorName())).append("</div>");
            }
            out.append("<div class=\"rule\">").append(h(i.score().rule())).append("</div></td><td>")
                    .append(i.score().answer() == null ? "<i>" + h(tx.answer(null)) + "</i>"
                            : h(tx.answer(i.score().answer())))
                    .append("</td><td class=\"num\">").append(h(tx.decimal(i.score().value())))
                    .append("</td><td class=\"num\">").append(h(tx.points(i.score().points()))).append("</td><td>");
            evidence(i.evidence(), out);
            out.append("</td></tr>\n");
        }
        out.append("</table>\n").append(print ? "" : "</details>\n").append("</section>\n");
    }

    private void evidence(List<Evidence> list, Appendable out) throws IOException {
        if (list.isEmpty()) {
            return;
        }
        out.append("<ul class=\"evidence\">");
        for (Evidence e : list) {
            out.append("<li>");
            String uri = e.uri();
            boolean link = uri != null && !print && (uri.startsWith("https://") || uri.startsWith("http://"));
            out.append(link ? "<a href=\"" + h(uri) + "\" rel=\"noopener noreferrer\">" + h(e.title()) + "</a>"
                    : h(e.title()));
            if (uri != null && !link) {
                out.append(" <span class=\"uri\">").append(h(uri)).append("</span>");
            }
            if (e.sha256() != null) {
                out.append(" <code class=\"hash\">sha256 ").append(h(e.sha256())).append("</code>");
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    private void signature(ReportView v, Appendable out) throws IOException {
        String place = options.place() == null ? "" : options.place();
        String who = options.evaluator() == null ? "" : options.evaluator();
        out.append("<section class=\"sign\">\n<p>").append(h(tx.t("Tempat, tanggal", "Place, date")))
                .append(": <span class=\"blank\">").append(h(place + (place.isEmpty() || options.date() == null
                        ? "" : ", ") + date())).append("</span></p>\n<p>").append(h(tx.t("Evaluator", "Evaluator")))
                .append("</p>\n<p class=\"signline\">").append(h(who)).append("</p>\n<p class=\"muted\">")
                .append(h(tx.t("(nama dan tanda tangan)", "(name and signature)"))).append("</p>\n</section>\n");
    }

    /** The row of the unit table for {@code v}. */
    private void unitRow(ReportView v, int index) {
        String n = Integer.toString(index + 1);
        units.append("<tr><td class=\"num\">").append(n).append("</td><td><a href=\"#report-").append(n).append("\">")
                .append(h(v.unitName())).append("</a></td><td class=\"num\">")
                .append(h(tx.points(v.result().scores().total()))).append("</td>");
        if (unitAreas == null) {
            unitAreas = List.copyOf(v.result().scoreTree().areas().keySet());
        }
        for (String a : unitAreas) {
            var s = v.result().scoreTree().areas().get(a);
            units.append("<td class=\"num\">").append(s == null ? "" : h(tx.points(s))).append("</td>");
        }
        units.append("<td>").append(mark(v.result().eligible())).append(' ')
                .append(h(v.result().eligible() ? tx.t("memenuhi syarat", "eligible")
                        : tx.t("belum: ", "not yet: ") + v.failedChecks())).append("</td></tr>\n");
    }

    @Override
    public void end(int count, int eligible, Appendable out) throws IOException {
        if (count == 0) {
            out.append("<p>").append(h(tx.t("Tidak ada penilaian.", "No assessments."))).append("</p>\n");
        } else if (count > 1) {
            out.append("<section class=\"units\">\n<h2>").append(h(tx.t("Daftar unit", "The units"))).append("</h2>\n")
                    .append("<p class=\"summary\">").append(h(TextReport.summary(tx, count, eligible)))
                    .append("</p>\n<table class=\"units\">\n<thead><tr><th class=\"num\">#</th><th>Unit</th>")
                    .append("<th class=\"num\">").append(h(tx.t("Total", "Total"))).append("</th>");
            for (String a : unitAreas) {
                out.append("<th class=\"num\">").append(h(a)).append("</th>");
            }
            out.append("<th>").append(h(tx.t("Hasil", "Verdict"))).append("</th></tr></thead>\n").append(units)
                    .append("</table>\n</section>\n");
        }
        out.append(kept.getBuffer());
        out.append("</main>\n</body>\n</html>\n");
    }

    private static String h(String s) {
        return Escape.html(s);
    }
}
