package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandsTest {

    private static final String WBK_TOTAL = "$k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"75\" );";
    private static final String CASES = "case,base,target,answers,eligible,failed,TOTAL\n"
            + "TOTAL tepat 75,best,WBK,HAS.KINERJA=E HAS.IPKP=0 HAS.IPAK=3.6 REF.TT.1.a=D PEM.SDM.6.a=C,false,"
            + "BBA KINERJA IPKP,75.00\n"
            + "semua terbaik,best,WBK,,true,none,100.00\n";

    private static void replace(Path file, String from, String to) throws IOException {
        String t = Files.readString(file);
        assertTrue(t.contains(from), from);
        Files.writeString(file, t.replace(from, to));
    }

    private static Path withCases(Path dir) throws IOException {
        Cli.builtInCopy(dir);
        Files.createDirectories(dir.resolve("tests"));
        Files.writeString(dir.resolve("tests/cases.csv"), CASES);
        return dir;
    }

    @Test
    void copyWritesTheBuiltInRuleSetUnderItsOwnIdWhoseScenariosThenPass(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("aturan-saya");
        Cli.Run copy = Cli.run("copy", "permenpan-rb-90-2021", dir.toString(), "--as", "aturan-saya", "--lang", "en");
        assertEquals(0, copy.exit(), copy.out() + copy.err());
        assertTrue(copy.out().contains("  tests/thresholds-wbk.csv"), copy.out());
        assertTrue(copy.out().contains("Copied permenpan-rb-90-2021 (15 files) to " + dir + " as aturan-saya"),
                copy.out());
        String descriptor = Files.readString(dir.resolve("ruleset.properties"));
        assertTrue(descriptor.contains("id = aturan-saya\n") && descriptor.contains("version = 0.1.0\n")
                && descriptor.contains("edited copy: aturan-saya") && descriptor.contains("# years = "), descriptor);
        assertTrue(copy.out().contains("zi-rules validate " + dir), copy.out());
        Cli.Run test = Cli.run("test", dir.toString(), "--lang", "en");
        assertEquals(0, test.exit(), test.out() + test.err());
        assertTrue(test.out().contains(" 0 failed"), test.out());
    }

    @Test
    void copyWithoutItsOwnIdIsRefusedAndSaysHowToNameIt(@TempDir Path tmp) {
        Cli.Run copy = Cli.run("copy", "permenpan-rb-90-2021", tmp.resolve("a").toString(), "--lang", "en");
        assertEquals(2, copy.exit());
        assertTrue(copy.err().contains("--as permenpan-rb-90-2021-agency"), copy.err());
        assertFalse(Files.exists(tmp.resolve("a")));
        Cli.Run builtInId = Cli.run("copy", "permenpan-rb-90-2021", tmp.resolve("b").toString(), "--as",
                "permenpan-rb-90-2021", "--lang", "id");
        assertEquals(2, builtInId.exit());
        assertTrue(builtInId.err().contains("bukan id aturan bawaan"), builtInId.err());
    }

    @Test
    void copyNeverOverwritesAndNamesTheBuiltInRuleSetsWhenTheIdIsUnknown(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("weights.drl"), "// edits");
        Cli.Run full = Cli.run("copy", "permenpan-rb-90-2021", tmp.toString(), "--as", "x", "--lang", "id");
        assertEquals(2, full.exit());
        assertTrue(full.err().contains("sudah ada dan tidak kosong; tidak ada yang disalin"), full.err());
        assertEquals("// edits", Files.readString(tmp.resolve("weights.drl")));
        full.assertNoStackTrace();
        Cli.Run unknown = Cli.run("copy", "permenpan-rb-99-2099", tmp.resolve("x").toString(), "--as", "x",
                "--lang", "en");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("there is no built-in rule set 'permenpan-rb-99-2099'; there are: "
                + "permenpan-rb-90-2021"), unknown.err());
        unknown.assertNoStackTrace();
    }

    @Test
    void validateAndTestOfABuiltInIdSayHowToCopyIt() {
        for (String command : new String[] {"validate", "test"}) {
            Cli.Run r = Cli.run(command, "permenpan-rb-90-2021", "--lang", "en");
            assertEquals(3, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains("permenpan-rb-90-2021 is a built-in rule set (inside the jar); copy it to a "
                    + "folder first: zi-rules copy permenpan-rb-90-2021 FOLDER"), r.err());
            r.assertNoStackTrace();
        }
        Cli.Run other = Cli.run("validate", "no-such-folder", "--lang", "en");
        assertEquals(3, other.exit());
        assertTrue(!other.err().contains("zi-rules copy"), other.err());
    }

    @Test
    void theTableEditionValidatesAndPassesItsScenariosFromTheCommandLine() {
        String tables = Path.of("..", "rulesets", "permenpan-rb-90-2021-tabel").toString();
        Cli.Run v = Cli.run("validate", tables, "--lang", "en");
        assertEquals(0, v.exit(), v.out() + v.err());
        Cli.Run t = Cli.run("test", tables, "--lang", "en");
        assertEquals(0, t.exit(), t.out() + t.err());
        assertTrue(t.out().contains(" 0 failed"), t.out());
    }

    @Test
    void testPassesOnTheExampleRuleSetWithExitZero() {
        Cli.Run r = Cli.run("test", Cli.EXAMPLE.toString(), "--lang", "en");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("rule set agency-stricter-wbk 1.0.0 sha256:"), r.out());
        assertTrue(r.out().contains("PASS  "), r.out());
        assertTrue(r.out().strip().endsWith("5 passed, 0 failed"), r.out());
    }

    @Test
    void aCopyWithAnEditedThresholdFailsTheMatchingCaseWithAReadableDifference(@TempDir Path tmp) throws IOException {
        Path dir = withCases(tmp.resolve("rs"));
        assertEquals(0, Cli.run("test", dir.toString()).exit());
        replace(dir.resolve("thresholds-wbk.drl"), WBK_TOTAL, WBK_TOTAL.replace("75", "76"));
        Cli.Run en = Cli.run("test", dir.toString(), "--lang", "en");
        assertEquals(1, en.exit(), en.out() + en.err());
        assertTrue(en.out().contains("FAIL  " + dir.resolve("tests/cases.csv") + ":2  TOTAL tepat 75"), en.out());
        assertTrue(en.out().contains("expected failed checks [BBA, KINERJA, IPKP] but was [TOTAL (75.00 < 76.00), "
                + "BBA (15.75 < 18.25), KINERJA (0.00 < 2.50), IPKP (0.00 < 14.00)]"), en.out());
        assertTrue(en.out().contains("1 passed, 1 failed"), en.out());
        Cli.Run id = Cli.run("test", dir.toString(), "--lang", "id");
        assertTrue(id.out().contains("GAGAL ") && id.out().contains("pemeriksaan gagal diharapkan"), id.out());
        assertTrue(id.out().contains("1 lulus, 1 gagal"), id.out());
    }

    @Test
    void coverageSaysWhenAnEditMakesABoundaryUnreachableAndProposesScenariosForTheNearestValues(@TempDir Path tmp)
            throws IOException {
        Path dir = tmp.resolve("rs");
        io.github.zirules.policy.BuiltInRuleSets.copy("permenpan-rb-90-2021", dir);
        Path descriptor = dir.resolve("ruleset.properties");
        Files.writeString(descriptor, Files.readString(descriptor) + "replaces = permenpan-rb-90-2021\n");
        replace(dir.resolve("answer-values.drl"), "\"ABCD\", \"B\", \"0.67\"", "\"ABCD\", \"B\", \"0.70\"");

        Cli.Run r = Cli.run("test", dir.toString(), "--coverage", "--lang", "en");

        String out = r.out();
        assertTrue(out.contains("! WBK AREA.TT >= 4.20"), out);
        assertTrue(out.contains("no combination of answers reaches exactly 4.20 any more; the nearest reachable "
                + "values:"), out);
        assertTrue(out.contains("nearest above (") && out.contains("case,base,target,answers,TT"), out);
        Cli.Run id = Cli.run("test", dir.toString(), "--coverage", "--lang", "id");
        assertTrue(id.out().contains("tidak ada lagi kombinasi jawaban yang mencapai tepat 4.20"), id.out());
    }

    @Test
    void validateCatchesARuleThatWorksOnlyInTheWrittenFileOrder(@TempDir Path tmp) throws IOException {
        Path dir = withCases(tmp.resolve("rs"));
        Path file = dir.resolve("thresholds-wbk.drl");
        String name = "WBK: total sementara paling sedikit 75";
        Files.writeString(file, Files.readString(file) + "\nrule \"" + name + "\"\n    ruleflow-group \"agregasi\"\n"
                + "    salience 0\nwhen\n    $k : Scorecard( target == \"WBK\" )\nthen\n"
                + "    $k.minimum( \"TOTAL_SEMENTARA\", $k.get( \"TOTAL\" ), \"75\" );\nend\n");
        int line = Files.readAllLines(file).indexOf("rule \"" + name + "\"") + 1;

        Cli.Run r = Cli.run("validate", dir.toString(), "--lang", "en");

        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("thresholds-wbk.drl:" + line + ": rule '" + name + "' fails when the rule files "
                + "are loaded in another order"), r.err());
    }

    @Test
    void coverageListsNeverFiredRulesAndMinCoverageFailsBelowIt() {
        Cli.Run r = Cli.run("test", Cli.EXAMPLE.toString(), "--coverage", "--min-coverage", "100", "--lang", "en");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Rule coverage: "), r.out());
        assertTrue(r.out().contains("stricter-wbk.drl  1 / 1"), r.out());
        assertTrue(r.out().contains("(never fired)"), r.out());
        assertTrue(r.out().contains("is below the minimum 100 %"), r.out());
        assertTrue(r.out().contains("Threshold boundaries: "), r.out());
        assertEquals(0, Cli.run("test", Cli.EXAMPLE.toString(), "--min-coverage", "50").exit());
    }

    @Test
    void anInvalidScenarioFileExitsTwoWithEveryProblemAtFileAndLine(@TempDir Path tmp) throws IOException {
        Path dir = withCases(tmp.resolve("rs"));
        Files.writeString(dir.resolve("tests/cases.csv"), "case,base,target,answers,TOTL\nx,best,WBK,PEM.X=Ya,1\n");
        Cli.Run r = Cli.run("test", dir.toString(), "--lang", "en");
        assertEquals(2, r.exit(), r.out() + r.err());
        String f = dir.resolve("tests/cases.csv").toString();
        assertTrue(r.err().contains(f + ":1: unknown column 'TOTL'"), r.err());
        assertTrue(r.err().contains(f + ":2: item 'PEM.X' is not in the instrument"), r.err());
    }

    @Test
    void aRuleFileCallingSystemExitIsRefusedByValidateAndTest(@TempDir Path tmp) throws IOException {
        Path dir = withCases(tmp.resolve("rs"));
        replace(dir.resolve("thresholds-wbk.drl"), WBK_TOTAL, WBK_TOTAL + " System.exit( 0 );");
        Cli.Run v = Cli.run("validate", dir.toString(), "--lang", "en");
        assertEquals(3, v.exit(), v.out() + v.err());
        assertTrue(v.err().contains("thresholds-wbk.drl:") && v.err().contains("'System.exit' is not allowed"),
                v.err());
        assertEquals(3, Cli.run("test", dir.toString()).exit());
    }

    @Test
    void aRuleFileUsingJavaIoIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = withCases(tmp.resolve("rs"));
        replace(dir.resolve("warnings.drl"), "import io.github.zirules.rules.Scorecard;",
                "import io.github.zirules.rules.Scorecard;\nimport java.io.File;");
        Cli.Run v = Cli.run("validate", dir.toString(), "--lang", "id");
        assertEquals(3, v.exit(), v.out() + v.err());
        assertTrue(v.err().contains("warnings.drl:10: impor 'java.io.File' tidak diizinkan"), v.err());
    }

    @Test
    void validateInIndonesianSaysWhatIsValidInIndonesianToo(@TempDir Path tmp) throws IOException {
        Path dir = withCases(tmp.resolve("rs"));
        replace(dir.resolve("thresholds-wbk.drl"), WBK_TOTAL, WBK_TOTAL + " System.exit( 0 );");
        Cli.Run id = Cli.run("validate", dir.toString(), "--lang", "id");
        assertEquals(3, id.exit(), id.out() + id.err());
        assertTrue(id.err().contains("(yang sah: hanya kosakata aturan, mis. $k.minimum("), id.err());
        assertFalse(id.err().contains("only the rule vocabulary"), id.err());
    }

    @Test
    void validateShowsTheParentRulesTheExampleOverrides() {
        Cli.Run r = Cli.run("validate", Cli.EXAMPLE.toString(), "--lang", "en");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("valid: agency-stricter-wbk 1.0.0 sha256:"), r.out());
        assertTrue(r.out().contains("stricter-wbk.drl:15: warning: rule 'WBK instansi: nilai total paling sedikit "
                + "80' (agency-stricter-wbk) overrides the decision of parent rule 'WBK: nilai total paling sedikit "
                + "75'"), r.out());
    }

    @Test
    void rulesetsListsBuiltInAndFolderRuleSetsWithTheirLegalBasis() {
        Cli.Run r = Cli.run("rulesets", "--rules", Cli.EXAMPLE.toString(), "--lang", "en");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("permenpan-rb-90-2021  2021.1.0"), r.out());
        assertTrue(r.out().contains("legal basis: Peraturan Menteri PANRB Nomor 90 Tahun 2021"), r.out());
        assertTrue(r.out().contains("agency-stricter-wbk  1.0.0"), r.out());
        assertTrue(r.out().contains("extends: permenpan-rb-90-2021"), r.out());
        assertTrue(r.out().contains("default for years: (none; choose it by id)"), r.out());
    }
}
