package io.github.zirules.examples.spring;

import static io.github.zirules.examples.spring.Html.esc;
import static io.github.zirules.examples.spring.Html.t;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.compare.AnswerSet;
import io.github.zirules.compare.AnswerSetComparison;
import io.github.zirules.compare.CheckDifference;
import io.github.zirules.compare.ItemDifference;
import io.github.zirules.planner.Plan;
import io.github.zirules.planner.PlannedChange;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The result pages of the planner and of the comparison of reviewers, in the look of {@link Look}. */
final class PlanPages {

    private PlanPages() {
    }

    /** The plan: the verdict now and after, each change with its item in words, the reason. */
    static String plan(String l, Plan plan, Result now, ItemNames names) {
        String title = t(l, "Rencana perbaikan", "Improvement plan") + " — " + now.unit().name();
        StringBuilder b = new StringBuilder(4096);
        b.append("<p class=\"kicker\">").append(esc(now.unit().id())).append("</p>\n<h1>")
                .append(esc(title)).append("</h1>\n<div class=\"verdict ").append(plan.feasible() ? "ok" : "fail")
                .append("\" id=\"plan-reason\">").append(esc(plan.reason().message(java.util.Locale.forLanguageTag(l)))).append("</div>\n")
                .append("<dl class=\"meta\"><dt>").append(t(l, "Sasaran", "Target")).append("</dt><dd>")
                .append(predicate(plan.target())).append("</dd><dt>").append(t(l, "Nilai sekarang", "Total now"))
                .append("</dt><dd>").append(number(l, now.scores().total())).append("</dd>");
        if (!plan.changes().isEmpty()) {
            b.append("<dt>").append(t(l, "Nilai setelah perubahan", "Total after the changes")).append("</dt><dd>")
                    .append(number(l, plan.result().scores().total())).append("</dd>");
        }
        b.append("</dl>\n");
        if (!plan.changes().isEmpty()) {
            b.append("<h2>").append(t(l, "Jawaban yang perlu diubah", "Answers to change")).append("</h2>\n")
                    .append("<table id=\"changes\"><tr><th>").append(t(l, "Butir", "Item")).append("</th><th>")
                    .append(t(l, "Sekarang", "Now")).append("</th><th>").append(t(l, "Menjadi", "To"))
                    .append("</th><th class=\"num\">").append(t(l, "Tambahan poin", "Points gained"))
                    .append("</th></tr>\n");
            for (PlannedChange c : plan.changes()) {
                b.append("<tr><td>").append(esc(names.item(c.item().toString(), l)))
                        .append(c.needsNewSurvey() ? t(l, " — perlu survei baru", " — needs a new survey") : "")
                        .append("</td><td>").append(esc(answer(l, c.from()))).append("</td><td>")
                        .append(esc(answer(l, c.to()))).append("</td><td class=\"num\">")
                        .append(number(l, c.gain())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        return Look.page(l, title, b.toString());
    }

    /** The comparison: each set's total and verdict, the items they answer differently, the checks they differ on. */
    static String compare(String l, AnswerSetComparison c, ItemNames names) {
        Result unit = c.unit().result();
        String title = t(l, "Perbandingan penilai", "Reviewers compared") + " — " + unit.unit().name();
        StringBuilder b = new StringBuilder(4096);
        b.append("<p class=\"kicker\">").append(esc(unit.unit().id())).append("</p>\n<h1>").append(esc(title))
                .append("</h1>\n");
        if (c.sets().size() < 2) {
            b.append("<div class=\"verdict fail\" id=\"no-reviews\">").append(t(l,
                    "Berkas ini tidak memuat penilaian penilai (\"reviews\"): tidak ada yang dibandingkan.",
                    "This file holds no reviewers' answers (\"reviews\"): there is nothing to compare."))
                    .append("</div>\n");
            return Look.page(l, title, b.toString());
        }
        b.append("<table id=\"sets\"><tr><th>").append(t(l, "Penilai", "Reviewer")).append("</th><th class=\"num\">")
                .append(t(l, "Nilai", "Total")).append("</th><th>").append(t(l, "Hasil", "Verdict"))
                .append("</th></tr>\n");
        for (AnswerSet s : c.sets()) {
            b.append("<tr><td>").append(esc(role(l, s.role()))).append("</td><td class=\"num\">")
                    .append(number(l, s.result().scores().total())).append("</td><td>")
                    .append(verdict(l, s.result())).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>").append(t(l, "Butir yang dijawab berbeda", "Items answered differently"))
                .append("</h2>\n<table id=\"items\"><tr><th>").append(t(l, "Butir", "Item")).append("</th>");
        for (AnswerSet s : c.sets()) {
            b.append("<th>").append(esc(role(l, s.role()))).append("</th>");
        }
        b.append("</tr>\n");
        for (ItemDifference d : c.items()) {
            b.append("<tr><td>").append(esc(names.item(d.item().toString(), l))).append("</td>");
            for (AnswerSet s : c.sets()) {
                b.append("<td>").append(esc(answer(l, d.answers().get(s.role())))).append(" <span class=\"hint\">(")
                        .append(number(l, d.points().get(s.role()))).append(")</span></td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        if (!c.checks().isEmpty()) {
            b.append("<h2>").append(t(l, "Syarat yang berbeda hasilnya", "Checks with different outcomes"))
                    .append("</h2>\n<ul>");
            for (CheckDifference d : c.checks()) {
                b.append("<li><code>").append(esc(d.id())).append("</code>: ");
                d.passed().forEach((role, ok) -> b.append(esc(role(l, role))).append(ok ? " ✓ " : " ✗ "));
                b.append("</li>");
            }
            b.append("</ul>\n");
        }
        return Look.page(l, title, b.toString());
    }

    private static String role(String l, String role) {
        return AnswerSet.UNIT.equals(role) ? t(l, "Unit (jawaban sendiri)", "Unit (own answers)") : role;
    }

    private static String verdict(String l, Result r) {
        return r.eligible() ? "<span class=\"mark ok\">✓</span> " + t(l, "memenuhi syarat ", "eligible for ")
                + predicate(r.verdict().target())
                : "<span class=\"mark fail\">✗</span> " + t(l, "belum memenuhi syarat ", "not eligible for ")
                + predicate(r.verdict().target());
    }

    private static String predicate(Predikat p) {
        return switch (p) {
            case WBK -> "Menuju WBK";
            case WBBM -> "Menuju WBBM";
            case NONE -> "—";
        };
    }

    private static String answer(String l, Answer a) {
        if (a instanceof Answer.Index i) { // as given, with the language's decimal mark
            return "en".equals(l) ? i.value().toPlainString() : i.value().toPlainString().replace('.', ',');
        }
        return a == null ? t(l, "(belum dijawab)", "(no answer)") : a.display();
    }

    /** A score with 2 decimals, a decimal comma in Bahasa Indonesia. */
    static String number(String l, BigDecimal v) {
        if (v == null) {
            return "—";
        }
        String s = v.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return "en".equals(l) ? s : s.replace('.', ',');
    }
}
