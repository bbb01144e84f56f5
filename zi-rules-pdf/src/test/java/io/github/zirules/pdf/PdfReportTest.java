package io.github.zirules.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Result;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ZiJson;
import io.github.zirules.report.ReportInput;
import io.github.zirules.report.ReportOptions;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** PDFs written by {@link PdfReport} and read back with PDFBox. */
class PdfReportTest {

    private static final Evaluator ZI = ZiRules.evaluator();
    private static final String QUESTION =
            "Apakah unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas?";
    private static final ReportOptions SIGNED = ReportOptions.of("id").withDate(LocalDate.of(2026, 12, 7))
            .withSignature("Dra. Siti Aminah", "Denpasar");

    @Test
    void thePdfIsA4WithPageNumbersDateHashEveryItemAndASignatureBlock() throws Exception {
        ReportInput in = withQuestionAndEvidence("random-1001-00");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(in, SIGNED, out);
        Files.write(Path.of("target", "report-sample.pdf"), out.toByteArray());
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

    @Test
    void severalReportsMakeOneDocumentThatNamesEveryUnit() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportInput first = withQuestionAndEvidence("random-1001-00");
        ReportInput second = withQuestionAndEvidence("random-1001-01");
        try (PdfReport pdf = PdfReport.open(out, SIGNED)) {
            pdf.add(first);
            pdf.add(second);
            assertEquals(2, pdf.count());
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            for (ReportInput in : List.of(first, second)) {
                assertTrue(text.contains(in.result().unit().id()), in.result().unit().id() + " in " + text);
            }
        }
    }

    /** The worked example {@code name} with evidence for PEM.MP.1.a, whose item in the instrument has a question. */
    private static ReportInput withQuestionAndEvidence(String name) {
        Path examples = Path.of(System.getProperty("zirules.examples",
                "../zi-rules-engine/src/test/resources/domain/examples"));
        Assessment a = ZiJson.create().readAssessment(examples.resolve(name + ".json")).orElseThrow().toBuilder()
                .evidence("PEM.MP.1.a", new Evidence("SK Tim Kerja ZI 2026", "https://arsip.example.go.id/sk-tim.pdf",
                        null))
                .build();
        Result r = ZI.evaluate(a);
        List<Item> items = new ArrayList<>();
        for (Item i : ZI.instrument(r.ruleSet().id()).items()) {
            items.add(i.id().value().equals("PEM.MP.1.a") ? new Item(i.id(), i.section(), i.area(), i.indicator(),
                    i.indicatorName(), i.answerType(), i.ratioFormula(), QUESTION, List.of("Ya", "Tidak")) : i);
        }
        return ReportInput.of(r).withAssessment(a).withInstrument(new Instrument(items));
    }
}
