package io.github.zirules.examples.spring;

/**
 * Small helpers for hand-written HTML: escaping and the two languages of the pages.
 *
 * <p>The escaper is kept minimal on purpose (the five characters of HTML text and quoted attributes): the library's
 * one HTML escaper is internal to the engine, and the example does not reach into {@code internal} packages.
 */
final class Html {

    private Html() {
    }

    /** {@code s} escaped for HTML text and double- or single-quoted attribute values; {@code ""} for null. */
    static String esc(Object s) {
        if (s == null) {
            return "";
        }
        String text = s.toString();
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
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
