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
}
