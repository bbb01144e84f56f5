package io.github.zirules.cli;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Result;
import io.github.zirules.compare.AnswerSet;
import io.github.zirules.compare.AnswerSetComparison;
import io.github.zirules.compare.CheckDifference;
import io.github.zirules.compare.ItemDifference;
import io.github.zirules.compare.ScoreDifference;
import io.github.zirules.report.Numbers;
import io.github.zirules.report.ReportRenderer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The comparison as one self-contained HTML page: inline CSS, no script, no external asset. The answer sets stand in
 * columns; a cell that differs from the unit's is highlighted, and each difference in points is shown beside it.
 */
final class CompareHtml {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1d2330}
            h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.8rem 0 .5rem}
            p.meta{color:#5a6372;margin:0 0 1rem}
            table{border-collapse:collapse;margin:.3rem 0;min-width:40%}
            th,td{border:1px solid #d5d9e0;padding:.3rem .6rem;text-align:left;vertical-align:top}
            th{background:#eef1f5}td.num{text-align:right;font-variant-numeric:tabular-nums}
            td.diff{background:#fff3c4;font-weight:600}td.ok{color:#17692f}td.fail{color:#a3161a;font-weight:600}
            span.delta{display:block;font-size:.8rem;font-weight:400;color:#8a5a00}
            div.q{color:#5a6372;font-size:.85rem}span.neg{color:#a3161a}span.pos{color:#17692f}p.note{color:#5a6372;font-size:.9rem}
            """;

    private CompareHtml() {
    }

    static String page(AnswerSetComparison cmp, String l, ItemQuestions questions) {
        Result unit = cmp.unit().result();
        List<String> roles = cmp.sets().stream().map(AnswerSet::role).toList();
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(l).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(esc(Lang.t(l, "Perbandingan jawaban ", "Answer sets of ") + unit.unit().id()))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<h1>")
                .append(esc(Lang.t(l, "Perbandingan jawaban: ", "Answer sets: ") + unit.unit().id()
                        + (unit.unit().name() == null ? "" : " — " + unit.unit().name()))).append("</h1>\n")
                .append("<p class=\"meta\">").append(esc(unit.ruleSet().id() + " " + unit.ruleSet().version()
                        + " · " + Lang.t(l, "target ", "target ") + unit.verdict().target() + " · " + unit.year()))
                .append("</p>\n");
        b.append("<table>\n<tr><th></th>");
        roles.forEach(r -> b.append("<th>").append(esc(r)).append("</th>"));
        b.append("</tr>\n<tr><th>").append(Lang.t(l, "Nilai total", "Total")).append("</th>");
        for (AnswerSet s : cmp.sets()) {
            b.append(cell(Numbers.points(s.result().scores().total(), l), !s.isUnit()
                    && s.result().scores().total().compareTo(unit.scores().total()) != 0, true));
        }
        b.append("</tr>\n<tr><th>").append(Lang.t(l, "Putusan", "Verdict")).append("</th>");
        for (AnswerSet s : cmp.sets()) {
            boolean ok = s.result().eligible();
            b.append("<td class=\"").append(ok ? "ok" : "fail").append("\">").append(ok ? Lang.t(l,
                    "memenuhi syarat", "eligible") : Lang.t(l, "belum memenuhi syarat", "not eligible")).append("</td>");
        }
        b.append("</tr>\n</table>\n<p class=\"note\">").append(esc(Lang.t(l, "Jawaban penilai hanya memuat butir "
                + "yang diubahnya; butir lain memakai jawaban unit.", "A review lists only the answers the reviewer "
                + "gave; every other item keeps the unit's answer."))).append("</p>\n");
        items(b, cmp, roles, l, questions);
        scores(b, cmp, roles, l);
        checks(b, cmp, roles, l);
        return b.append("</body>\n</html>\n").toString();
    }

    private static void items(StringBuilder b, AnswerSetComparison cmp, List<String> roles, String l,
                              ItemQuestions questions) {
        b.append("<h2>").append(Lang.t(l, "Butir yang berbeda", "Items that differ")).append(" (")
                .append(cmp.items().size()).append(")</h2>\n");
        if (cmp.items().isEmpty()) {
            b.append("<p>").append(Lang.t(l, "Tidak ada.", "None.")).append("</p>\n");
            return;
        }
        header(b, Lang.t(l, "Butir", "Item"), roles);
        for (ItemDifference d : cmp.items()) {
            String q = questions.of(d.item());
            b.append("<tr><td><code>").append(esc(d.item().value())).append("</code>")
                    .append(q.isEmpty() ? "" : "<div class=\"q\">" + esc(q) + "</div>").append("</td>");
            for (String r : roles) {
                BigDecimal delta = d.differences().get(r);
                boolean differs = delta != null && !same(d.answers().get(r), d.answers().get(AnswerSet.UNIT));
                b.append("<td class=\"").append(differs ? "diff" : "").append("\">")
                        .append(esc(CompareCommand.show(d.answers().get(r), l))).append(" · ")
                        .append(Numbers.points(d.points().get(r), l)).append(delta(delta, l)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void scores(StringBuilder b, AnswerSetComparison cmp, List<String> roles, String l) {
        b.append("<h2>").append(Lang.t(l, "Nilai yang berbeda", "Scores that differ")).append(" (")
                .append(cmp.scores().size()).append(")</h2>\n");
        if (cmp.scores().isEmpty()) {
            b.append("<p>").append(Lang.t(l, "Tidak ada.", "None.")).append("</p>\n");
            return;
        }
        header(b, Lang.t(l, "Nilai", "Score"), roles);
        for (ScoreDifference d : cmp.scores()) {
            b.append("<tr><td>").append(esc(d.id())).append("</td>");
            for (String r : roles) {
                BigDecimal delta = d.differences().get(r);
                BigDecimal v = d.values().get(r);
                b.append("<td class=\"num").append(delta != null && delta.signum() != 0 ? " diff" : "").append("\">")
                        .append(v == null ? "-" : Numbers.points(v, l)).append(delta(delta, l)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void checks(StringBuilder b, AnswerSetComparison cmp, List<String> roles, String l) {
        b.append("<h2>").append(Lang.t(l, "Syarat yang hasilnya berbeda", "Checks with different outcomes"))
                .append(" (").append(cmp.checks().size()).append(")</h2>\n");
        if (cmp.checks().isEmpty()) {
            b.append("<p>").append(Lang.t(l, "Tidak ada.", "None.")).append("</p>\n");
            return;
        }
        header(b, Lang.t(l, "Syarat", "Check"), roles);
        for (CheckDifference d : cmp.checks()) {
            b.append("<tr><td>").append(esc(d.id())).append("</td>");
            Map<String, Boolean> passed = d.passed();
            for (String r : roles) {
                boolean ok = Boolean.TRUE.equals(passed.get(r));
                b.append("<td class=\"").append(ok ? "ok" : "fail").append("\">")
                        .append(esc(CompareCommand.actual(d.actual().get(r), l))).append(' ')
                        .append(ok ? Lang.t(l, "lulus", "passed") : Lang.t(l, "gagal", "failed")).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    /** Same answer as a person reads it: choices ignoring case and spaces, numbers by value. */
    private static boolean same(Answer a, Answer b) {
        if (a instanceof Answer.Choice x && b instanceof Answer.Choice y) {
            return x.label().strip().equalsIgnoreCase(y.label().strip());
        }
        return Objects.equals(a, b);
    }

    private static void header(StringBuilder b, String first, List<String> roles) {
        b.append("<table>\n<tr><th>").append(esc(first)).append("</th>");
        roles.forEach(r -> b.append("<th>").append(esc(r)).append("</th>"));
        b.append("</tr>\n");
    }

    private static String cell(String text, boolean differs, boolean numeric) {
        return "<td class=\"" + (numeric ? "num" : "") + (differs ? " diff" : "") + "\">" + esc(text) + "</td>";
    }

    private static String delta(BigDecimal d, String l) {
        if (d == null || d.signum() == 0) {
            return "";
        }
        return "<span class=\"delta " + (d.signum() < 0 ? "neg" : "pos") + "\">" + CompareCommand.signed(d, l)
                + "</span>";
    }

    /** Text escaped for HTML, by the reports' one escaper. */
    static String esc(String s) {
        return ReportRenderer.escapeHtml(s);
    }
}
