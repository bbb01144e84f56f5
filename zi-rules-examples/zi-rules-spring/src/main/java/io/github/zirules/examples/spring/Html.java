package io.github.zirules.examples.spring;

import io.github.zirules.report.ReportRenderer;

/** Small helpers for hand-written HTML: escaping and the two languages of the pages. */
final class Html {

    private Html() {
    }

    /** {@code s} escaped for HTML text and quoted attribute values, as the reports escape; {@code ""} for null. */
    static String esc(Object s) {
        return s == null ? "" : ReportRenderer.escapeHtml(s.toString());
    }

    /** {@code "en"} for {@code en}, else {@code "id"}: the pages speak Bahasa Indonesia unless asked otherwise. */
    static String lang(String requested) {
        return "en".equalsIgnoreCase(requested == null ? "" : requested.strip()) ? "en" : "id";
    }

    /** The Indonesian or the English text. */
    static String t(String lang, String id, String en) {
        return "en".equals(lang) ? en : id;
    }

    /** The opening of a page: doctype, head with title and a little CSS, and the body tag. */
    static String head(String lang, String title) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + "</title>\n<style>\n"
                + "body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}\n"
                + "table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.2rem .5rem;"
                + "text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
                + ".ok{color:#17612b}.no{color:#a4161a}.verdict{font-size:1.3rem;font-weight:bold}\n"
                + "</style>\n</head>\n<body>\n";
    }

    /** The closing of a page. */
    static String foot() {
        return "</body>\n</html>\n";
    }
}
