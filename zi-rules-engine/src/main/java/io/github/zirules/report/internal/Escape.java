package io.github.zirules.report.internal;

/** Escaping of text that came from an assessment or a rule set, for each output format. */
public final class Escape {

    private Escape() {
    }

    /**
     * Text safe to print on a terminal: control characters (which could move the cursor or change colours), line and
     * paragraph separators and the bidirectional controls (which could reverse the text around them) become
     * {@code ?}.
     */
    public static String terminal(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            // Printable ASCII, what almost every character is, is safe without the checks below.
            if ((c < 0x20 || c >= 0x7F) && unsafeOnTerminal(c)) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(unsafeOnTerminal(c) ? '?' : c);
        }
        return b.toString();
    }

    /** Every such character is in the BMP, so a surrogate (half of a code point above it) is never one. */
    static boolean unsafeOnTerminal(char c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || isBidiControl(c);
    }

    /** U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: the characters that reorder text around them. */
    static boolean isBidiControl(int c) {
        return c == 0x061c || c == 0x200e || c == 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    /** Text safe inside HTML (and SVG) content and double- or single-quoted attribute values. */
    public static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        b.append('?');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Text safe inside Markdown, also inside a table cell, when it does not start a line (the reports always put
     * a label or a cell border before it): the characters that mean something inside a line ({@code \ ` * _ [ ] | ~
     * >}) are escaped with a backslash, {@code <} and {@code &} become entities (so that no HTML passes through),
     * and line breaks become spaces.
     */
    public static String markdown(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]|~>".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else if (c == '<') {
                b.append("&lt;");
            } else if (c == '&') {
                b.append("&amp;");
            } else if (c == '\n' || c == '\r') {
                b.append(' ');
            } else if (Character.isISOControl(c)) {
                b.append('?');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
