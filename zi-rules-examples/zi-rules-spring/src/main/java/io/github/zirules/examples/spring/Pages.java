package io.github.zirules.examples.spring;

import static io.github.zirules.examples.spring.Html.esc;
import static io.github.zirules.examples.spring.Html.t;

import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetInfo;
import java.util.List;
import java.util.Locale;

/**
 * The pages of the service that are not a report: the three forms (evaluate, plan, compare) and the page that lists
 * the problems of a refused file, each problem with its place in words ("butir PEM.MP.1.b (Penyusunan Tim Kerja)").
 * Server-rendered, no script, in the look of {@link Look}.
 */
final class Pages {

    /** What the forms accept: an assessment as JSON, or an LKE workbook. */
    static final String ACCEPT = ".json,.xlsx,application/json,"
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Pages() {
    }

    /** The form of one page: a file, what {@code fields} adds, a language, a button. */
    static String form(String l, String action, String title, String intro, String fields, String button,
                       List<RuleSetInfo> ruleSets, long maxBytes) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<p class=\"kicker\">").append(t(l, "Penilaian Zona Integritas", "Zona Integritas assessment"))
                .append("</p>\n<h1>").append(esc(title)).append("</h1>\n<p>").append(intro).append("</p>\n")
                .append("<form class=\"card\" method=\"post\" action=\"").append(action)
                .append("\" enctype=\"multipart/form-data\">\n<p><label class=\"field\" for=\"assessment\">")
                .append(t(l, "Berkas penilaian (JSON, atau LKE Excel .xlsx)",
                        "Assessment file (JSON, or an LKE Excel workbook .xlsx)"))
                .append("</label><input type=\"file\" id=\"assessment\" name=\"assessment\" accept=\"").append(ACCEPT)
                .append("\" required></p>\n").append(fields)
                .append("<p><label class=\"field\" for=\"lang\">").append(t(l, "Bahasa", "Language"))
                .append("</label><select id=\"lang\" name=\"lang\">").append(option("id", "Bahasa Indonesia", l))
                .append(option("en", "English", l)).append("</select></p>\n<p><button type=\"submit\" id=\"submit\">")
                .append(esc(button)).append("</button></p>\n</form>\n<p class=\"hint\">")
                .append(t(l, "Berkas paling besar ", "Largest file: ")).append(size(l, maxBytes))
                .append(t(l, ". Aturan: ", ". Rule sets: "));
        for (int i = 0; i < ruleSets.size(); i++) {
            RuleSetInfo rs = ruleSets.get(i);
            b.append(i == 0 ? "" : ", ").append("<code>").append(esc(rs.id())).append("</code> ")
                    .append(esc(rs.version()));
        }
        return b.append(".</p>\n").toString();
    }

    /** A select of the target predicate; the file's own target first. An LKE Lampiran III sheet names none. */
    static String targetField(String l) {
        return "<p><label class=\"field\" for=\"target\">" + t(l, "Sasaran", "Target") + "</label>"
                + "<select id=\"target\" name=\"target\">" + option("", t(l, "Sasaran dalam berkas",
                "The file's own target"), "") + option("WBK", "Menuju WBK", "") + option("WBBM", "Menuju WBBM", "")
                + "</select> <span class=\"hint\">" + t(l, "wajib untuk LKE Lampiran III, yang tidak memuat sasaran",
                "needed for an LKE Lampiran III sheet, which names none") + "</span></p>\n";
    }

    /** A size in bytes for people: {@code 16 MiB}, {@code 64 KiB}, or bytes. */
    static String size(String l, long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + t(l, " byte", " bytes");
    }

    private static String option(String value, String label, String selected) {
        return "<option value=\"" + value + "\"" + (value.equals(selected) ? " selected" : "") + ">" + esc(label)
                + "</option>";
    }

    /** The page for a refused file: every problem, where it is in words, and what would be valid. */
    static String problems(String language, String source, List<Problem> problems, ItemNames names) {
        String l = Html.lang(language);
        String title = t(l, "Berkas tidak dapat dinilai", "The file cannot be evaluated");
        StringBuilder b = new StringBuilder(4096);
        b.append("<h1>").append(esc(title)).append("</h1>\n<div class=\"verdict fail\" id=\"problems\">")
                .append("<span class=\"mark\">✗</span> ").append(esc(source)).append(": ").append(problems.size())
                .append(t(l, " masalah; perbaiki semuanya lalu unggah lagi.",
                        problems.size() == 1 ? " problem; fix it and upload again."
                                : " problems; fix them all and upload again."))
                .append("</div>\n<table class=\"problems\">\n<tr><th>").append(t(l, "Letak", "Where"))
                .append("</th><th>").append(t(l, "Masalah", "Problem")).append("</th><th>")
                .append(t(l, "Yang sah", "What is valid")).append("</th></tr>\n");
        for (Problem p : problems) {
            String question = names.question(p.location());
            b.append("<tr><td class=\"where\">").append(esc(names.where(p.location(), l))).append("<br><code>")
                    .append(esc(p.location())).append("</code></td><td>")
                    .append(question == null ? "" : "<span class=\"hint\">" + esc(question) + "</span><br>")
                    .append(esc(p.message(Locale.forLanguageTag(l))))
                    .append(" <code class=\"hint\">").append(esc(p.code())).append("</code></td><td>")
                    .append(esc(p.expected(Locale.forLanguageTag(l)))).append("</td></tr>\n");
        }
        b.append("</table>\n<p><a href=\"/?lang=").append(l).append("\">")
                .append(t(l, "← Unggah berkas lain", "← Upload another file")).append("</a></p>\n");
        return Look.page(l, title, b.toString());
    }
}
