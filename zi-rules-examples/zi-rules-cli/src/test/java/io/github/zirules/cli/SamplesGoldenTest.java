package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled samples: their zi-report/1 output is pinned byte for byte in {@code samples/expected/NAME.report.json},
 * and the key lines of their text reports say the outcome each sample was built for (worked out by hand, see
 * {@code samples/README.md}). After a deliberate change of the rules or the report format, regenerate the golden
 * files with {@code mvn -pl zi-rules-examples/zi-rules-cli -am test -Dtest=SamplesGoldenTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dzirules.updateGolden=true} and review the diff.
 */
class SamplesGoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("zirules.updateGolden");

    @ParameterizedTest
    @ValueSource(strings = {"kpknl-jakarta-wbk", "kppn-surabaya-nyaris-wbk", "kanim-denpasar-wbbm",
        "dpmptsp-semarang-prasyarat-instansi"})
    void jsonReportIsByteForByteTheGoldenFile(String name) throws Exception {
        Cli.Run r = Cli.run("evaluate", "--format", "json", Cli.sample(name).toString());
        assertEquals(0, r.exit(), r.err());
        Path golden = Cli.samples().resolve("expected/" + name + ".report.json");
        if (UPDATE) {
            Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dzirules.updateGolden=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), r.out(), "the report of " + name
                + " changed; if that is intended, regenerate with -Dzirules.updateGolden=true and review the diff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kpknl-jakarta-wbk"})
    void kpknlJakartaEarnsWbk(String name) {
        String out = text(name);
        assertTrue(out.contains("✓ MEMENUHI SYARAT untuk diusulkan Menuju WBK"), out);
        assertTrue(out.matches("(?s).*\\n  Nilai total +79,58\\n.*"), out);
        assertTrue(out.contains("Syarat Menuju WBK (12 dari 12 terpenuhi)"), out);
        assertTrue(out.contains("  • PEM.MP.4.a: Jawaban Ya pada butir PEM.MP.4.a tidak disertai data dukung."), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kppn-surabaya-nyaris-wbk"})
    void kppnSurabayaMissesWbkByOneCent(String name) {
        String out = text(name);
        assertTrue(out.contains("✗ TIDAK MEMENUHI SYARAT untuk Menuju WBK (1 dari 12 syarat tidak terpenuhi): "
                + "Nilai total kurang 0,01 poin"), out);
        assertTrue(out.contains("  ✗ Nilai total                                        74,99 <  75,00  kurang 0,01 poin"),
                out);
        assertTrue(out.contains("  ✓ Komponen pengungkit                                40,40 ≥  40,00"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kanim-denpasar-wbbm"})
    void kanimDenpasarHoldsWbkAndEarnsWbbm(String name) {
        String out = text(name);
        assertTrue(out.contains("✓ MEMENUHI SYARAT untuk diusulkan Menuju WBBM"), out);
        assertTrue(out.contains("Syarat Menuju WBBM (13 dari 13 terpenuhi)"), out);
        assertTrue(out.contains("✓ Sudah berpredikat Menuju WBK"), out);
        assertTrue(out.contains("Tidak ada peringatan."), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dpmptsp-semarang-prasyarat-instansi"})
    void dpmptspSemarangPassesEveryScoreButItsAgencysAuditOpinion(String name) {
        String out = text(name);
        assertTrue(out.contains("✗ TIDAK MEMENUHI SYARAT untuk Menuju WBK (1 dari 15 syarat tidak terpenuhi): "
                + "Opini BPK atas laporan keuangan instansi WDP, minimal WTP"), out);
        assertTrue(out.contains("✗ Opini BPK atas laporan keuangan instansi"), out);
        assertTrue(out.contains("   WDP   (minimal WTP)"), out);
        assertTrue(out.contains("✓ Nilai AKIP instansi"), out);
        assertTrue(out.contains("✓ Indeks Reformasi Birokrasi instansi"), out);
        assertEquals(1, Stream.of(out.split("\n")).filter(l -> l.startsWith("  ✗ ")).count(), out);
    }

    private static String text(String name) {
        Cli.Run r = Cli.run("evaluate", "--lang", "id", Cli.sample(name).toString());
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }
}
