package io.github.zirules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportTest {

    @Test
    void thePdfIsA4WithPageNumbersDateHashEveryItemAndASignatureBlock() throws Exception {
        ReportInput in = ReportContentsTest.withQuestionAndEvidence();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.pdf(in, ReportOptions.of("id").withDate(LocalDate.of(2026, 12, 7))
                .withSignature("Dra. Siti Aminah", "Denpasar"), out);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-sample.pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(pdf.getNumberOfPages() >= 2, "the full item table takes pages");
            PDRectangle a4 = PDRectangle.A4;
            assertEquals(a4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 1f);
            assertEquals(a4.getHeight(), pdf.getPage(0).getMediaBox().getHeight(), 1f);
            String text = new PDFTextStripper().getText(pdf);
            int pages = pdf.getNumberOfPages();
            assertTrue(text.contains("Hal. 1 / " + pages) && text.contains("Hal. " + pages + " / " + pages), text);
            assertTrue(text.contains("7 Desember 2026"), "the date in the footer");
            assertTrue(text.contains("sha256 " + in.result().ruleSet().sha256().substring(0, 12)), "the hash");
            assertTrue(text.contains("Dra. Siti Aminah") && text.contains("Denpasar"), "the signature block");
            assertTrue(text.contains("HAS.IPKP") && text.contains("PEM.MP.1.a"), "the full item table");
            assertTrue(text.replaceAll("\\s+", " ").contains("membentuk tim"), text);
            assertTrue(text.contains("SK Tim Kerja ZI 2026"), "the evidence");
            assertTrue(text.contains("TIDAK MEMENUHI SYARAT"), text);
        }
    }
}
