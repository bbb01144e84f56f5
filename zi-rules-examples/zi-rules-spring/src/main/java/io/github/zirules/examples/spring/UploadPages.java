package io.github.zirules.examples.spring;

import static io.github.zirules.examples.spring.Html.esc;
import static io.github.zirules.examples.spring.Html.t;

import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetInfo;
import java.util.List;

/** The upload page and the page that lists the problems of a refused file; server-rendered, no script. */
final class UploadPages {

    private UploadPages() {
    }

    /** The form: a file, a language, a button. */
    static String form(String language, List<RuleSetInfo> ruleSets, long maxBytes) {
        String l = Html.lang(language);
        StringBuilder b = new StringBuilder(4096);
        String title = t(l, "Penilaian Zona Integritas", "Zona Integritas assessment");
        b.append(Html.head(l, title)).append("<h1>").append(esc(title)).append("</h1>\n<p>")
                .append(t(l, "Unggah berkas penilaian (format <code>zi-assessment/1</code>, JSON) untuk melihat nilai "
                        + "dan apakah unit dapat diusulkan.", "Upload an assessment file (format "
                        + "<code>zi-assessment/1</code>, JSON) to see its scores and whether the unit may be "
                        + "proposed.")).append("</p>\n")
                .append("<form method=\"post\" action=\"/report\" enctype=\"multipart/form-data\">\n<p><label>")
                .append(t(l, "Berkas penilaian", "Assessment file"))
                .append(": <input type=\"file\" name=\"assessment\" accept=\".json,application/json\" required>"
                        + "</label></p>\n<p><label>").append(t(l, "Bahasa laporan", "Report language"))
                .append(": <select name=\"lang\">")
                .append(option("id", "Bahasa Indonesia", l)).append(option("en", "English", l))
                .append("</select></label></p>\n<p><button type=\"submit\">").append(t(l, "Nilai", "Evaluate"))
                .append("</button></p>\n</form>\n<p><small>")
                .append(t(l, "Ukuran berkas paling besar ", "Largest file accepted: ")).append(maxBytes)
                .append(t(l, " byte. Aturan: ", " bytes. Rule sets: "));
        for (int i = 0; i < ruleSets.size(); i++) {
            RuleSetInfo rs = ruleSets.get(i);
            b.append(i == 0 ? "" : ", ").append(esc(rs.id())).append(' ').append(esc(rs.version()));
        }
        b.append(". <a href=\"?lang=").append(t(l, "en\">English", "id\">Bahasa Indonesia")).append("</a>")
                .append("</small></p>\n");
        return b.append(Html.foot()).toString();
    }

    private static String option(String value, String label, String selected) {
        return "<option value=\"" + value + "\"" + (value.equals(selected) ? " selected" : "") + ">" + label
                + "</option>";
    }

    /** The page for a refused file: every problem, with where it is and what would be valid. */
    static String problems(String language, String source, List<Problem> problems) {
        String l = Html.lang(language);
        StringBuilder b = new StringBuilder(4096);
        String title = t(l, "Berkas tidak dapat dinilai", "The file cannot be evaluated");
        b.append(Html.head(l, title)).append(nav(l)).append("<h1>").append(esc(title)).append("</h1>\n<p>")
                .append(esc(source)).append(": ").append(problems.size())
                .append(t(l, " masalah", " problem(s)")).append("</p>\n<table>\n<tr><th>")
                .append(t(l, "Kode", "Code")).append("</th><th>").append(t(l, "Letak", "Location")).append("</th><th>")
                .append(t(l, "Masalah", "Problem")).append("</th><th>").append(t(l, "Yang sah", "Expected"))
                .append("</th></tr>\n");
        for (Problem p : problems) {
            b.append("<tr><td><code>").append(esc(p.code())).append("</code></td><td><code>")
                    .append(esc(p.location())).append("</code></td><td>").append(esc(p.message(l)))
                    .append("</td><td>").append(esc(p.expected())).append("</td></tr>\n");
        }
        return b.append("</table>\n").append(Html.foot()).toString();
    }

    /** A report document with a link back to the form right after its {@code <body>} tag. */
    static String withBackLink(String reportHtml, String language) {
        int at = reportHtml.indexOf("<body>");
        if (at < 0) {
            return reportHtml;
        }
        int end = at + "<body>".length();
        return reportHtml.substring(0, end) + "\n" + nav(Html.lang(language)) + reportHtml.substring(end);
    }

    private static String nav(String l) {
        return "<p><a href=\"/?lang=" + l + "\">" + t(l, "← Unggah berkas lain", "← Upload another file")
                + "</a></p>\n";
    }
}
