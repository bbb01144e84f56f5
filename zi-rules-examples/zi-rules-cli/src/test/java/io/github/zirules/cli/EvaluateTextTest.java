package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvaluateTextTest {

    @Test
    void theDefaultIsATextReportInTheChosenLanguage() {
        Cli.Run id = Cli.run("evaluate", "--lang", "id", Cli.sample("kpknl-jakarta-wbk").toString());
        assertEquals(0, id.exit(), id.err());
        assertTrue(id.out().startsWith("Laporan Penilaian Zona Integritas\n"), id.out());
        assertTrue(id.out().contains("Unit     : KPKNL Jakarta I (KPKNL-JKT1)"), id.out());
        assertTrue(id.out().contains("✓ MEMENUHI SYARAT untuk diusulkan Menuju WBK"), id.out());
        Cli.Run en = Cli.run("evaluate", "--lang", "en", Cli.sample("kpknl-jakarta-wbk").toString());
        assertTrue(en.out().contains("✓ ELIGIBLE to be proposed for Menuju WBK"), en.out());
        assertEquals("", en.err());
    }

    @Test
    void anIneligibleUnitStillExitsZeroAndShowsItsShortfall() {
        Cli.Run r = Cli.run("evaluate", "--lang", "id", Cli.example("random-1001-00").toString());
        assertEquals(ZiRulesCli.OK, r.exit());
        assertTrue(r.out().contains("15,62 <  15,75  kurang 0,13 poin"), r.out());
    }

    @Test
    void warningsAreSummarisedUnlessAllAreAskedFor() {
        String file = Cli.example("random-1001-00").toString();
        Cli.Run summary = Cli.run("evaluate", "--lang", "en", file);
        assertTrue(summary.out().contains("• 87 top answers without evidence: PEM.MP.1.a"), summary.out());
        Cli.Run all = Cli.run("evaluate", "--lang", "en", "--all-warnings", file);
        assertEquals(87, all.out().lines().filter(l -> l.startsWith("  • ")).count());
    }

    @Test
    void severalTextReportsEndWithASummary() {
        Cli.Run r = Cli.run("evaluate", "--lang", "en", Cli.example("random-1001-00").toString(),
                Cli.example("random-1001-01").toString());
        assertEquals(2, r.out().lines().filter(l -> l.equals("Zona Integritas Assessment Report")).count());
        assertTrue(r.out().endsWith("Summary: 2 assessments, 1 eligible, 1 not eligible.\n"), r.out());
        assertEquals("2 file(s): 2 scored, 0 refused.\n", r.err());
    }

    @Test
    void helpListsEveryOptionAndTheExitCodes() {
        Cli.Run r = Cli.run("evaluate", "--help");
        assertEquals(0, r.exit());
        for (String o : new String[] {"--format", "--rules", "--ruleset", "--lang", "--out", "--json-layout",
            "--all-warnings", "--progress", "--quiet", "Exit codes / kode keluar"}) {
            assertTrue(r.out().contains(o), o + " in\n" + r.out());
        }
    }
}
