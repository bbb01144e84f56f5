package io.github.zirules.examples.spring;

/** Text from a client made safe for one log line: control characters shown as {@code \\uXXXX}, length bounded. */
final class Sanitized {

    private static final int MAX = 200;

    private Sanitized() {
    }

    /** {@code s} with every control character escaped and at most {@value #MAX} characters kept. */
    static String of(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX) + 8);
        for (int i = 0; i < s.length() && b.length() < MAX; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return s.length() > MAX ? b.append('…').toString() : b.toString();
    }
}
