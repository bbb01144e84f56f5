package io.github.zirules.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one sanitiser for what the command line prints: every character a terminal would act on instead of showing is
 * written as a visible escape ({@code \u001b}), so a unit name, an item id, a file name or a rule file's check id can
 * never move the cursor, set the window title, clear the screen or reverse the text around it. Applied to standard
 * output and standard error of every command ({@link ZiRulesCli#run(PrintWriter, PrintWriter, String...)}); reports
 * written with {@code --out} are files and keep their bytes.
 *
 * <p>Escaped: the C0 controls but line feed and tab (so ESC, BEL, backspace and a lone carriage return), DEL, the C1
 * controls U+0080–U+009F (CSI, OSC, …), and the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069) and line and paragraph separators (U+2028, U+2029). Everything else, Indonesian and any other
 * script included, is written as it is. In a JSON report the escape is the same character to a JSON reader.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** Whether {@code c} is written escaped. */
    static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c == 0x061c || c == 0x200e
                || c == 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x2028
                || c == 0x2029;
    }

    /** {@code s} with every unsafe character written as {@code \}{@code uXXXX}. */
    static String safe(CharSequence s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s.toString() : out.toString();
    }

    /**
     * A print writer that sanitises everything written through it; only {@link #printRaw} (the progress bar's
     * carriage returns) passes as it is.
     */
    static final class SafePrintWriter extends PrintWriter {
        private final Writer target;

        SafePrintWriter(Writer target) {
            super(new Sanitising(target), false);
            this.target = target;
        }

        /** Writes {@code s} unchanged: only for text made by this program. */
        void printRaw(String s) {
            flush();
            try {
                target.write(s);
            } catch (IOException e) {
                setError();
            }
        }
    }

    /** Escapes unsafe characters on their way to {@code out}. */
    private static final class Sanitising extends FilterWriter {
        /** A carriage return held back: written as a line end when a line feed follows (Windows), else escaped. */
        private boolean pendingCr;

        Sanitising(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (pendingCr) {
                pendingCr = false;
                out.write(ch == '\n' ? "\r" : "\\u000d");
            }
            if (ch == '\r') {
                pendingCr = true;
            } else if (unsafe(ch)) {
                out.write(String.format("\\u%04x", (int) ch));
            } else {
                out.write(ch);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                if (unsafe(cbuf[i]) || pendingCr) {
                    for (int k = off; k < off + len; k++) {
                        write(cbuf[k]);
                    }
                    return;
                }
            }
            out.write(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            char[] chars = new char[len];
            str.getChars(off, off + len, chars, 0);
            write(chars, 0, len);
        }

        @Override
        public void flush() throws IOException {
            if (pendingCr) {
                pendingCr = false;
                out.write("\\u000d");
            }
            out.flush();
        }
    }
}
