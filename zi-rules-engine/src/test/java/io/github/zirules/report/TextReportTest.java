package io.github.zirules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Check;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

    /** random-1001-00 misses WBK on IPAK only: 15.62 of 15.75 (the shared example's expected file says so). */
    private static final Result IPAK_SHORT = Fixtures.example("random-1001-00");

    @Test
    void shortfallIsWrittenWithADecimalCommaInBahasaIndonesia() {
        String text = ReportRenderer.text(IPAK_SHORT, "id");
        assertTrue(text.contains("✗ Survei persepsi anti korupsi (IPAK)"), text);
        assertTrue(text.contains("15,62 <  15,75  kurang 0,13 poin"), text);
        assertTrue(text.contains("✗ TIDAK MEMENUHI SYARAT untuk Menuju WBK (1 dari 12 syarat tidak terpenuhi): "
                + "Survei persepsi anti korupsi (IPAK) kurang 0,13 poin"), text);
    }

    @Test
    void shortfallIsWrittenWithADecimalPointInEnglish() {
        String text = ReportRenderer.text(IPAK_SHORT, "en");
        assertTrue(text.contains("15.62 <  15.75  short by 0.13 points"), text);
        assertTrue(text.contains("NOT ELIGIBLE for Menuju WBK (1 of 12 checks failed): "
                + "Anti-corruption perception survey (IPAK) short by 0.13 points"), text);
        assertFalse(text.contains("kurang"), text);
    }

    @Test
    void everyCheckHasOneLineWithItsMark() {
        String text = ReportRenderer.text(IPAK_SHORT, "en");
        List<String> lines = text.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("Checks for Menuju WBK")).findFirst()
                .orElseThrow());
        List<Check> checks = IPAK_SHORT.verdict().checks();
        for (int i = 0; i < checks.size(); i++) {
            String line = lines.get(header + 1 + i);
            assertTrue(line.startsWith("  " + (checks.get(i).passed() ? "✓" : "✗") + " "), line);
        }
    }

    @Test
    void theSixAreasAreShownAgainstTheTargetsMinimumFromTheChecks() {
        String text = ReportRenderer.text(IPAK_SHORT, "id");
        assertTrue(text.contains("✓ MP   Manajemen Perubahan"), text);
        String mpLine = text.lines().filter(l -> l.contains("MP   Manajemen Perubahan")).findFirst().orElseThrow();
        assertTrue(mpLine.contains("6,78") && mpLine.contains("4,80"), mpLine);
    }

    @Test
    void manyWarningsOfOneKindAreSummarisedOnOneLine() {
        Result empty = Fixtures.unanswered("Unit Kosong", Predikat.WBK);
        String text = ReportRenderer.text(empty, "en");
        assertTrue(text.contains("Warnings (113)"), text);
        assertTrue(text.contains("• 113 items unanswered (scored 0): PEM.MP.1.a, PEM.MP.1.b, PEM.MP.2.a, PEM.MP.2.b, "
                + "PEM.MP.2.c … and 108 more"), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("  • ")).count(), text);
        assertTrue(ReportRenderer.text(empty, "id").contains("113 butir belum dijawab (bernilai 0)"));
    }

    @Test
    void allWarningsListsEveryOne() {
        Result empty = Fixtures.unanswered("Unit Kosong", Predikat.WBK);
        String text = ReportRenderer.text(empty, ReportOptions.of("en").withAllWarnings(true));
        assertEquals(113, text.lines().filter(l -> l.startsWith("  • ")).count());
        assertTrue(text.contains("  • PEM.MP.1.a: Item PEM.MP.1.a is not answered; it scores 0."), text);
    }

    @Test
    void aGradeCheckShowsWhatWasHeldAndWhatIsRequired() {
        Result wbbm = Fixtures.unanswered("Unit Kosong", Predikat.WBBM);
        String text = ReportRenderer.text(wbbm, "id");
        assertTrue(text.contains("✓ Sudah berpredikat Menuju WBK"), text);
        assertTrue(text.contains("   WBK   (minimal WBK)"), text);
    }

    @Test
    void controlCharactersInAUnitNameCannotReachTheTerminal() {
        Result r = Fixtures.unanswered("Unit\u001b[2J\u001b[31mMerah", Predikat.WBK);
        String text = ReportRenderer.text(r, "id");
        assertFalse(text.contains("\u001b"), text);
        assertTrue(text.contains("Unit?[2J?[31mMerah"), text);
    }

    @Test
    void aBidiOverrideInAUnitNameCannotReverseTheReport() {
        Result r = Fixtures.unanswered("Unit \u202Egnp.exe\u2066x\u2069", Predikat.WBK);
        String text = ReportRenderer.text(r, "en");
        assertFalse(text.chars().anyMatch(c -> c == 0x202E || c == 0x2066 || c == 0x2069), text);
        assertTrue(text.contains("Unit ?gnp.exe?x?"), text);
    }
}
