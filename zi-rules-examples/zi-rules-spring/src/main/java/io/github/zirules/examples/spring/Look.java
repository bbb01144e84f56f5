package io.github.zirules.examples.spring;

import static io.github.zirules.examples.spring.Html.esc;
import static io.github.zirules.examples.spring.Html.t;

import io.github.zirules.report.ReportFormat;
import io.github.zirules.report.ReportOptions;
import io.github.zirules.report.ReportStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One look for every page of the service, shared with the report: the style sheet is the one the library's HTML
 * report carries (taken, once, from an empty report document that {@link ReportStream} writes, so it follows the
 * library's look wherever that goes), plus a few rules for forms and the navigation bar.
 */
final class Look {

    /** The rules the report does not need: the navigation bar, forms, buttons, the download bar. */
    private static final String PAGE_CSS = """
            nav.site { display: flex; flex-wrap: wrap; gap: 4px 18px; align-items: baseline; margin: 0 0 16px; }
            nav.site a { color: #0d47a1; text-decoration: none; } nav.site a:hover { text-decoration: underline; }
            nav.site .brand { font-weight: 700; color: var(--ink); margin-right: 8px; }
            nav.site .lang { margin-left: auto; }
            form.card p { margin: 12px 0; }
            label.field { display: block; font-weight: 600; margin-bottom: 4px; }
            input[type=file], select { font: inherit; padding: 6px; border: 1px solid var(--line); border-radius: 6px;
              background: #fff; max-width: 100%; }
            button { font: inherit; font-weight: 600; padding: 8px 18px; border-radius: 6px; border: 0;
              background: #0d47a1; color: #fff; cursor: pointer; }
            button.secondary { background: #fff; color: #0d47a1; border: 1px solid #0d47a1; padding: 5px 12px; }
            .hint { color: var(--muted); font-size: 13px; }
            .downloads { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 0 0 16px; }
            .downloads form { margin: 0; }
            td.where { white-space: nowrap; }
            """;

    private static final String CSS = reportCss() + PAGE_CSS;

    private Look() {
    }

    /** The report's style sheet followed by the pages' own rules. */
    static String css() {
        return CSS;
    }

    /** A whole page: head with the shared style, the navigation bar, {@code body} (HTML), the end. */
    static String page(String lang, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n" + nav(lang, "/")
                + "<article class=\"report\">\n" + body + "</article>\n</main>\n</body>\n</html>\n";
    }

    /** The navigation bar: evaluate, plan, compare, the API, and the other language of {@code path}. */
    static String nav(String lang, String path) {
        String other = "en".equals(lang) ? "id" : "en";
        return "<nav class=\"site\"><span class=\"brand\">zi-rules</span>"
                + "<a href=\"/?lang=" + lang + "\">" + t(lang, "Nilai", "Evaluate") + "</a>"
                + "<a href=\"/plan?lang=" + lang + "\">" + t(lang, "Rencana perbaikan", "Improvement plan") + "</a>"
                + "<a href=\"/compare?lang=" + lang + "\">" + t(lang, "Bandingkan penilai", "Compare reviewers")
                + "</a><a href=\"/swagger-ui/index.html\">API</a>"
                + "<a class=\"lang\" href=\"" + esc(path) + "?lang=" + other + "\">"
                + t(lang, "English", "Bahasa Indonesia") + "</a></nav>\n";
    }

    /**
     * {@code reportHtml} (a library report document) with {@code top} (HTML) placed first inside its page, and the
     * pages' own style rules beside the report's.
     */
    static String intoReport(String reportHtml, String top) {
        int head = reportHtml.indexOf("</head>");
        if (head >= 0) {
            reportHtml = reportHtml.substring(0, head) + "<style>\n" + PAGE_CSS + "</style>\n"
                    + reportHtml.substring(head);
        }
        for (String tag : new String[] {"<main>", "<body>"}) {
            int at = reportHtml.indexOf(tag);
            if (at >= 0) {
                int end = at + tag.length();
                return reportHtml.substring(0, end) + "\n" + top + reportHtml.substring(end);
            }
        }
        return top + reportHtml;
    }

    private static String reportCss() {
        StringWriter w = new StringWriter();
        try (ReportStream s = ReportStream.open(ReportFormat.HTML, w, ReportOptions.of("id"))) {
            s.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        String doc = w.toString();
        int from = doc.indexOf("<style>");
        int to = doc.indexOf("</style>");
        return from < 0 || to < from ? "" : doc.substring(from + "<style>".length(), to).strip() + "\n";
    }
}
