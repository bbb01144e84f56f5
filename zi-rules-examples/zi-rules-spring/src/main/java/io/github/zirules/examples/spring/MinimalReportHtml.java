package io.github.zirules.examples.spring;

import static io.github.zirules.examples.spring.Html.esc;
import static io.github.zirules.examples.spring.Html.t;

import io.github.zirules.api.Area;
import io.github.zirules.api.Check;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.Scores;
import java.math.BigDecimal;

/**
 * A minimal HTML report of one {@link Result}: verdict and checks, scores, warnings, and how each item was scored.
 *
 * <p><b>Stop-gap, to be replaced.</b> The shared report renderers ({@code io.github.zirules.report.ReportRenderer
 * .html(Result, lang)}) are written on another branch; when they land, {@link UploadController} calls them instead
 * and this class is deleted. It has the same shape on purpose: {@code html(Result, lang)} gives a whole document.
 *
 * <p>Everything that comes from the input (unit id, name and agency, answers, rule names, messages) is escaped.
 */
final class MinimalReportHtml {

    private MinimalReportHtml() {
    }

    /** The report as a complete HTML document, in {@code lang} ({@code id} or {@code en}). */
    static String html(Result r, String language) {
        String l = Html.lang(language);
        StringBuilder b = new StringBuilder(32 * 1024);
        String title = t(l, "Laporan penilaian Zona Integritas", "Zona Integritas assessment report");
        b.append(Html.head(l, title + " – " + r.unit().id()));
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        b.append("<p>").append(t(l, "Unit", "Unit")).append(": <strong>").append(esc(r.unit().id()))
                .append("</strong>");
        if (r.unit().name() != null) {
            b.append(" – ").append(esc(r.unit().name()));
        }
        if (r.unit().agency() != null) {
            b.append(" (").append(esc(r.unit().agency())).append(')');
        }
        b.append("<br>").append(t(l, "Tahun", "Year")).append(": ").append(r.year()).append("<br>")
                .append(t(l, "Aturan", "Rule set")).append(": ").append(esc(r.ruleSet().id())).append(' ')
                .append(esc(r.ruleSet().version())).append(r.ruleSet().provisional() ? t(l, " (sementara)",
                        " (provisional)") : "").append(" <small>sha256 ").append(esc(r.ruleSet().sha256()))
                .append("</small></p>\n");
        verdict(b, r, l);
        scores(b, r.scores(), l);
        warnings(b, r, l);
        items(b, r, l);
        return b.append(Html.foot()).toString();
    }

    private static void verdict(StringBuilder b, Result r, String l) {
        String target = "Menuju " + r.verdict().target();
        b.append("<p class=\"verdict ").append(r.eligible() ? "ok" : "no").append("\">").append(esc(target))
                .append(": ").append(r.eligible() ? t(l, "dapat diusulkan", "eligible")
                        : t(l, "belum dapat diusulkan", "not eligible")).append("</p>\n");
        b.append("<table>\n<tr><th>").append(t(l, "Syarat", "Check")).append("</th><th>")
                .append(t(l, "Minimum", "Required")).append("</th><th>").append(t(l, "Capaian", "Actual"))
                .append("</th><th>").append(t(l, "Hasil", "Outcome")).append("</th><th>")
                .append(t(l, "Aturan", "Rule")).append("</th></tr>\n");
        for (Check c : r.verdict().checks()) {
            String outcome = c.passed() ? "<span class=\"ok\">✓ " + t(l, "memenuhi", "passed") + "</span>"
                    : "<span class=\"no\">✗ " + (c.shortfall() == null ? t(l, "tidak memenuhi", "failed")
                    : t(l, "kurang ", "short by ") + esc(c.shortfall().toPlainString()) + t(l, " poin", " points"))
                    + "</span>";
            b.append("<tr><td>").append(esc(c.id())).append("</td><td class=\"n\">").append(esc(c.requiredText()))
                    .append("</td><td class=\"n\">").append(esc(c.actualText())).append("</td><td>").append(outcome)
                    .append("</td><td>").append(esc(c.rule())).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void scores(StringBuilder b, Scores s, String l) {
        b.append("<h2>").append(t(l, "Nilai", "Scores")).append("</h2>\n<table>\n");
        row(b, t(l, "Nilai evaluasi ZI (total)", "ZI evaluation score (total)"), s.total());
        row(b, t(l, "Komponen pengungkit", "Enablers (Pengungkit)"), s.pengungkit());
        row(b, "&nbsp;&nbsp;Pemenuhan", s.pemenuhan());
        row(b, "&nbsp;&nbsp;Reform", s.reform());
        b.append("<tr><th colspan=\"2\">&nbsp;&nbsp;").append(t(l, "Per area (Pemenuhan + Reform)",
                "By area (Pemenuhan + Reform)")).append("</th></tr>\n");
        for (Area a : Area.values()) {
            row(b, "&nbsp;&nbsp;&nbsp;&nbsp;" + a.name() + " – " + esc(t(l, a.nameId(), a.nameEn())), s.area(a));
        }
        row(b, t(l, "Komponen hasil", "Results (Hasil)"), s.hasil());
        row(b, "&nbsp;&nbsp;BBA", s.bba());
        row(b, "&nbsp;&nbsp;&nbsp;&nbsp;IPAK", s.ipak());
        row(b, "&nbsp;&nbsp;&nbsp;&nbsp;" + t(l, "Kinerja", "Performance (Kinerja)"), s.kinerja());
        row(b, "&nbsp;&nbsp;IPKP", s.ipkp());
        b.append("</table>\n");
    }

    private static void row(StringBuilder b, String labelHtml, BigDecimal value) {
        b.append("<tr><th>").append(labelHtml).append("</th><td class=\"n\">")
                .append(value == null ? "" : esc(value.toPlainString())).append("</td></tr>\n");
    }

    private static void warnings(StringBuilder b, Result r, String l) {
        if (r.warnings().isEmpty()) {
            return;
        }
        b.append("<h2>").append(t(l, "Catatan untuk penilai", "Notes for the reviewer")).append("</h2>\n<details>\n")
                .append("<summary>").append(r.warnings().size()).append(t(l, " catatan", " note(s)"))
                .append("</summary>\n<ul>\n");
        for (Problem p : r.warnings()) {
            b.append("<li><code>").append(esc(p.code())).append("</code> ").append(esc(p.format(l)))
                    .append("</li>\n");
        }
        b.append("</ul>\n</details>\n");
    }

    private static void items(StringBuilder b, Result r, String l) {
        b.append("<details>\n<summary>").append(t(l, "Rincian per butir", "Item by item")).append(" (")
                .append(r.items().size()).append(")</summary>\n<table>\n<tr><th>")
                .append(t(l, "Butir", "Item")).append("</th><th>").append(t(l, "Jawaban", "Answer"))
                .append("</th><th>").append(t(l, "Nilai", "Value")).append("</th><th>")
                .append(t(l, "Poin", "Points")).append("</th><th>").append(t(l, "Aturan", "Rule"))
                .append("</th></tr>\n");
        for (ItemScore i : r.items()) {
            b.append("<tr><td>").append(esc(i.item())).append("</td><td>")
                    .append(i.answer() == null ? "<em>" + t(l, "tidak dijawab", "unanswered") + "</em>"
                            : esc(i.answer().display()))
                    .append("</td><td class=\"n\">").append(esc(i.value().toPlainString()))
                    .append("</td><td class=\"n\">").append(esc(i.points().toPlainString())).append("</td><td>")
                    .append(esc(i.rule())).append("</td></tr>\n");
        }
        b.append("</table>\n</details>\n");
    }
}
