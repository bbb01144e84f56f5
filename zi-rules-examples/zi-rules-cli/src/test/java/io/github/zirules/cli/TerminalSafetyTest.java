package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalSafetyTest {

    /** An OSC sequence that sets the window title, a colour, a bell, and a right-to-left override. */
    private static final String HOSTILE = "\u001b]0;DIRETAS\u0007\u001b[31mMERAH\u009b2J\u202Egnp.exe";

    private static boolean raw(String s) {
        return s.chars().anyMatch(c -> TerminalText.unsafe((char) c) && c != '\r');
    }

    @Test
    void controlAndBidiCharactersAreShownEscapedAndEverythingElseIsKept() {
        assertEquals("\\u001b]0;x\\u0007 \\u202e Penilaian — ✓ é\n\t", TerminalText.safe("\u001b]0;x\u0007 \u202E "
                + "Penilaian — ✓ é\n\t"));
        String plain = "Laporan Penilaian Zona Integritas";
        assertTrue(plain == TerminalText.safe(plain) || plain.equals(TerminalText.safe(plain)));
    }

    @Test
    void everyWriteThroughTheSafeWriterIsSanitisedButTheProgressBarsCarriageReturnsPass() {
        StringWriter target = new StringWriter();
        TerminalText.SafePrintWriter w = new TerminalText.SafePrintWriter(target);
        w.print("a\u001bb");
        w.print('\u202E');
        w.println("c\rd");
        w.printRaw("\r[███] 10 %");
        w.flush();
        assertEquals("a\\u001bb\\u202ec\\u000dd" + System.lineSeparator() + "\r[███] 10 %", target.toString());
    }

    @Test
    void hostileTextInAnAssessmentNeverReachesTheTerminalRaw(@TempDir Path dir) throws Exception {
        String doc = Files.readString(Cli.example("random-1001-01"));
        Path unit = Files.writeString(dir.resolve("unit.json"), doc.replaceFirst("\"id\" *: *\"[^\"]*\"",
                Matcher.quoteReplacement("\"id\": \"" + HOSTILE.replace("\u001b", "\\u001b")
                        .replace("\u0007", "\\u0007").replace("\u009b", "\\u009b").replace("\u202E", "\\u202e")
                        + "\"")));
        Path item = Files.writeString(dir.resolve("item.json"), doc.replaceFirst("\"answers\" *: *\\{",
                Matcher.quoteReplacement("\"answers\": {\"\\u001b]0;judul\\u0007X\\u202e\": \"Ya\", ")));
        for (String format : new String[] {"text", "json", "md", "html"}) {
            Cli.Run r = Cli.run("evaluate", "--format", format, "--lang", "en", unit.toString(), item.toString());
            assertEquals(ZiRulesCli.INVALID_INPUT, r.exit(), r.err());
            assertFalse(raw(r.out()), format + ": a raw control character reached standard output");
            assertFalse(raw(r.err()), format + ": a raw control character reached standard error: " + r.err());
            assertTrue(r.err().contains("\\u001b]0;judul\\u0007X\\u202e"), r.err());
        }
        Cli.Run text = Cli.run("evaluate", "--lang", "en", unit.toString());
        assertTrue(text.out().contains("DIRETAS") && !raw(text.out()), text.out());
        for (String command : new String[] {"plan", "compare"}) {
            Cli.Run r = Cli.run(command, "--lang", "en", unit.toString());
            assertTrue(r.out().contains("DIRETAS"), command + ": the unit id is printed: " + r.out() + r.err());
            assertFalse(raw(r.out()), command + ": a raw control character reached standard output: " + r.out());
            assertFalse(raw(r.err()), command + ": a raw control character reached standard error: " + r.err());
        }
    }

    @Test
    void aHostileFileNameIsEscapedToo(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("x\u001b[2Jy.json"), "{");
        Cli.Run r = Cli.run("evaluate", "--lang", "en", f.toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        assertTrue(r.err().contains("x\\u001b[2Jy.json"), r.err());
        assertFalse(raw(r.err()));
    }

    @Test
    void theProcessStreamsAreWrappedForEveryCommand() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ZiRulesCli.run(new PrintWriter(out), new PrintWriter(err), "evaluate", "--format",
                "pdf\u001b[31m", Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, exit);
        assertTrue(err.toString().contains("pdf\\u001b[31m"), err.toString());
    }
}
