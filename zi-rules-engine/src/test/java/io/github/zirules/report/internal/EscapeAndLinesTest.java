package io.github.zirules.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The two helpers every item line of a text report goes through, made cheap without changing what they give. */
class EscapeAndLinesTest {

    @Test
    void aQuestionIsShownOnOneLineWithEachRunOfWhiteSpaceMadeOneSpace() {
        assertEquals("Apakah tim sudah dibentuk?", ReportView.oneLine("  Apakah\ttim \r\n sudah  dibentuk?\n"));
        assertEquals("x y", ReportView.oneLine("x\u000by"));
        assertEquals("x\u00a0 y", ReportView.oneLine("x\u00a0 y"), "a no-break space is not \\s and stays");
        assertEquals("x", ReportView.oneLine("x"));
    }

    @Test
    void safeTerminalTextIsReturnedAsItIsAndUnsafeCharactersBecomeQuestionMarks() {
        String safe = "Unit Kerja 😀 é";
        assertSame(safe, Escape.terminal(safe));
        assertEquals("a?b?c?d😀?", Escape.terminal("a\u001bb\u202ec\u2028d😀\u0085"));
        assertEquals("?\ud800x", Escape.terminal("\u0007\ud800x"), "a lone surrogate is kept as it was");
    }
}
