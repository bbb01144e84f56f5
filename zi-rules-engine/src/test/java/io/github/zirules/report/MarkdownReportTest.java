package io.github.zirules.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Result;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private static final Result IPAK_SHORT = Fixtures.example("random-1001-00");

    @Test
    void checksAreATableWithMarksAndShortfalls() {
        String md = ReportRenderer.markdown(IPAK_SHORT, "id");
        assertTrue(md.startsWith("# Laporan Penilaian Zona Integritas: Unit r1001-0 (R1001-0)\n"), md.substring(0, 60));
        assertTrue(md.contains("| ✗ | Survei persepsi anti korupsi (IPAK) | 15,62 | 15,75 | kurang 0,13 poin |"), md);
        assertTrue(md.contains("| ✓ | Nilai total | 84,57 | 75,00 |  |"), md);
    }

    @Test
    void withAScaleTheAreaTableShowsWeightsShareAndTheOtherPredicatesMinimum() {
        String md = ReportRenderer.markdown(IPAK_SHORT, ReportOptions.of("en")
                .withScale(AreaScale.learn(Fixtures.ZI, IPAK_SHORT)));
        assertTrue(md.contains("| | Area | Score | Minimum WBK | Minimum WBBM | Weight | % of weight | Note |"), md);
        assertTrue(md.contains("| ✓ | MP Change management | 6.78 | 4.80 | 6.00 | 8.00 | 84.8 % |  |"), md);
    }

    @Test
    void aPipeOrAStarInAUnitNameCannotBreakTheTable() {
        Result r = Fixtures.unanswered("A|B *tebal* _miring_ [tautan](x)", io.github.zirules.api.Predikat.WBK);
        String md = ReportRenderer.markdown(r, "id");
        assertTrue(md.contains("A\\|B \\*tebal\\* \\_miring\\_ \\[tautan\\](x)"), md);
    }
}
