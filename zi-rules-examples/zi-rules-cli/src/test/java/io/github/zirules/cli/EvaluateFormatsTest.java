package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateFormatsTest {

    @Test
    void pdfIsWrittenToTheNamedFileWithTheSignerPlaceAndDate(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("laporan.pdf");
        Cli.Run r = Cli.run("evaluate", "--lang", "id", "--format", "pdf", "--out", pdf.toString(), "--evaluator",
                "Dra. Siti Aminah", "--place", "Jakarta", "--date", "2026-12-07",
                Cli.sample("kpknl-jakarta-wbk").toString());
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Dra. Siti Aminah") && text.contains("Jakarta, 7 Desember 2026"), text);
            assertTrue(text.contains("KPKNL-JKT1"), text);
        }
    }

    @Test
    void pdfWithoutAnOutputFileIsRefused() {
        Cli.Run r = Cli.run("evaluate", "--lang", "en", "--format", "pdf", Cli.sample("kpknl-jakarta-wbk").toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        assertTrue(r.err().contains("--format pdf: name the file with --out"), r.err());
    }

    @Test
    void csvGivesOneSummaryRowPerUnit() {
        Cli.Run r = Cli.run("evaluate", "--lang", "en", "--format", "csv", Cli.samples().toString());
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        assertEquals(1 + 4, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith("unit_id,unit_name,agency,year,"), r.out());
    }

    @Test
    void theTextReportListsTheEvidenceGivenInTheFile() {
        Cli.Run r = Cli.run("evaluate", "--lang", "id", Cli.sample("kpknl-jakarta-wbk").toString());
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        assertTrue(r.out().contains("data dukung: "), r.out());
    }
}
