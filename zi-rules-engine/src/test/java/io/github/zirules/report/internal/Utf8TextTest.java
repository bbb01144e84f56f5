package io.github.zirules.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text drawn as UTF-8 bytes is the JDK's UTF-8 of the same text, terminal escaping included. */
class Utf8TextTest {

    /** ASCII, controls, Latin-1, box drawing, bidirectional controls, separators, and pairs above the BMP. */
    private static final String[] PIECES = {"Unit uji ", "\u0000", "\u001b[31m", "\u007f", "é", "═", "✓", "≥", "—",
        "\u202e", "\u2066", "\u2028", "\u0085", "😀", "𝔸", " (sha256 ", "https://arsip.example.go.id/sk.pdf", "\n"};

    @Test
    void anyTextWithoutUnpairedSurrogatesIsItsUtf8InOneBufferHoweverItIsCutIntoAppends() throws IOException {
        Random random = new Random(7);
        for (int t = 0; t < 500; t++) {
            StringBuilder whole = new StringBuilder();
            Utf8Text utf8 = new Utf8Text(1 + random.nextInt(8));
            StringBuilder terminal = new StringBuilder();
            Utf8Text terminalUtf8 = new Utf8Text(1);
            for (int p = random.nextInt(40); p > 0; p--) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                whole.append(piece);
                terminal.append(Escape.terminal(piece));
                terminalUtf8.appendTerminal(piece);
                switch (random.nextInt(3)) {
                    case 0 -> utf8.append(piece);
                    case 1 -> utf8.append(new StringBuilder(piece));
                    default -> {
                        for (int i = 0; i < piece.length(); i++) {
                            if (Character.isHighSurrogate(piece.charAt(i))) {
                                utf8.append(piece, i, i + 2);
                                i++;
                            } else {
                                utf8.append(piece.charAt(i));
                            }
                        }
                    }
                }
            }
            assertTrue(utf8.encodable());
            assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), bytes(utf8), whole.toString());
            assertEquals(whole.toString(), utf8.toString());
            assertArrayEquals(terminal.toString().getBytes(StandardCharsets.UTF_8), bytes(terminalUtf8));
            assertArrayEquals(bytes(terminalUtf8), bytes(new Utf8Text(1).append(terminalUtf8.trimmed())), "kept");
        }
    }

    @Test
    void anUnpairedSurrogateMakesTheTextNotEncodableAsTheUtf8WriterRefusesIt() {
        assertFalse(new Utf8Text(4).append("Unit \ud800 uji").encodable(), "a high surrogate alone");
        assertFalse(new Utf8Text(4).append("\udc00").encodable(), "a low surrogate alone");
        assertFalse(new Utf8Text(4).appendTerminal("x\ud83d").encodable(), "cut before its pair");
        assertFalse(new Utf8Text(4).append(new Utf8Text(4).append("\ud800")).encodable(), "appended as bytes");
        assertTrue(new Utf8Text(4).append("😀").encodable(), "a pair");
    }

    private static byte[] bytes(Utf8Text t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.writeTo(out);
        return out.toByteArray();
    }
}
