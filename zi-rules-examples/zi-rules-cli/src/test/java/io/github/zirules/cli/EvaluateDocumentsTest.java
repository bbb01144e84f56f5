package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateDocumentsTest {

    @Test
    void markdownHasTheAreaTableWithWeightsLearnedFromTheRules() {
        Cli.Run r = Cli.run("evaluate", "--format", "md", "--lang", "id", Cli.sample("kpknl-jakarta-wbk").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("# Laporan Penilaian Zona Integritas: KPKNL Jakarta I (KPKNL\\-JKT1)")
                || r.out().startsWith("# Laporan Penilaian Zona Integritas: KPKNL Jakarta I (KPKNL-JKT1)"), r.out());
        assertTrue(r.out().contains("| | Area | Nilai | Minimum WBK | Minimum WBBM | Bobot | % bobot | Keterangan |"),
                r.out());
    }

    @Test
    void htmlIsOneSelfContainedFileWithTheChart(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("laporan.html");
        Cli.Run r = Cli.run("evaluate", "--format", "html", "--lang", "en", "--out", out.toString(),
                Cli.sample("kppn-surabaya-nyaris-wbk").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(html.contains("Minimum for Menuju WBK: 60 % of the weight (the predicate sought)"), html);
        assertTrue(html.contains("<span class=\"short\">short by 0.01 points</span>"), html);
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src="));
    }

    @Test
    void severalFilesMakeOneHtmlDocument() {
        Cli.Run r = Cli.run("evaluate", "--format", "html", Cli.samples().toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.out().split("<html", -1).length - 1);
        assertEquals(4, r.out().split("<article class=\"report\"", -1).length - 1);
    }

    @Test
    void aHostileUnitNameIsEscapedInHtml(@TempDir Path dir) throws Exception {
        String doc = Files.readString(Cli.sample("kpknl-jakarta-wbk"))
                .replace("\"name\": \"KPKNL Jakarta I\"", "\"name\": \"<img src=x onerror=alert(1)>\"");
        Path f = Files.writeString(dir.resolve("jahat.json"), doc);
        Cli.Run r = Cli.run("evaluate", "--format", "html", f.toString());
        assertFalse(r.out().contains("<img"), r.out());
        assertTrue(r.out().contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}
