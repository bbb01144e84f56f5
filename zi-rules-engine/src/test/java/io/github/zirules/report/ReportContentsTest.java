package io.github.zirules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Result;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ReportContentsTest {

    static final String QUESTION = "Apakah unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas?";
    static final String HASH = "ab".repeat(32);

    /** random-1001-00 with evidence for PEM.MP.1.a, and an instrument whose PEM.MP.1.a carries its question. */
    static ReportInput withQuestionAndEvidence() {
        Assessment a = Fixtures.assessment("random-1001-00").toBuilder()
                .evidence("PEM.MP.1.a", new Evidence("SK Tim Kerja ZI 2026", "https://arsip.example.go.id/sk-tim.pdf",
                        HASH))
                .build();
        Result r = Fixtures.ZI.evaluate(a);
        List<Item> items = new ArrayList<>();
        for (Item i : Fixtures.ZI.instrument(r.ruleSet().id()).items()) {
            items.add(i.id().value().equals("PEM.MP.1.a") ? new Item(i.id(), i.section(), i.area(), i.indicator(),
                    i.indicatorName(), i.answerType(), i.ratioFormula(), QUESTION, List.of("Ya", "Tidak")) : i);
        }
        return ReportInput.of(r).withAssessment(a).withInstrument(new Instrument(items));
    }

    @Test
    void everyFormatShowsAnItemsQuestionAndTheEvidenceListedForIt() {
        ReportInput in = withQuestionAndEvidence();
        for (ReportFormat f : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            String report = ReportRenderer.render(f, in, ReportOptions.of("id"));
            assertTrue(report.contains(QUESTION), f + ": the question");
            assertTrue(report.contains("SK Tim Kerja ZI 2026"), f + ": the evidence title");
            assertTrue(report.contains("https://arsip.example.go.id/sk-tim.pdf"), f + ": the evidence link");
            assertTrue(report.contains(HASH), f + ": the evidence hash");
            String other = in.instrument().item(io.github.zirules.api.ItemId.of("PEM.MP.1.b")).orElseThrow().question();
            assertTrue(!other.isBlank() && report.contains(other.strip().substring(0, 30)),
                    f + ": the rule set's own question of another item");
        }
    }

    @Test
    void itemValuesAreDecimalsInTheReportsLanguage() {
        String id = ReportRenderer.text(Fixtures.example("random-1001-00"), "id");
        String en = ReportRenderer.text(Fixtures.example("random-1001-00"), "en");
        String idLine = id.lines().filter(l -> l.startsWith("  REF.MP.1.a")).findFirst().orElseThrow();
        String enLine = en.lines().filter(l -> l.startsWith("  REF.MP.1.a")).findFirst().orElseThrow();
        assertTrue(idLine.contains("29 dari 40") && idLine.contains("0,725"), idLine);
        assertTrue(enLine.contains("29 of 40") && enLine.contains("0.725"), enLine);
        assertTrue(!id.contains("29/40"), "no fraction");
    }

    @Test
    void theChartCaptionNamesWhatTheChartDraws() {
        Result r = Fixtures.example("random-1001-00");
        String html = ReportRenderer.html(r, ReportOptions.of("id").withScale(AreaScale.learn(Fixtures.ZI, r)));
        String caption = html.substring(html.indexOf("<figcaption>"), html.indexOf("</figcaption>"));
        assertTrue(caption.contains("hijau: memenuhi minimum Menuju WBK"), caption);
        assertTrue(caption.contains("Menuju WBK (60 %), Menuju WBBM (75 %)"), caption);
    }

    @Test
    void aBatchOpensWithATableOfItsUnits() throws Exception {
        for (boolean print : new boolean[] {false, true}) {
            StringWriter w = new StringWriter();
            try (ReportStream s = ReportStream.open(ReportFormat.HTML, w, ReportOptions.of("en").withPrint(print))) {
                s.add(Fixtures.example("random-1001-00"));
                s.add(Fixtures.example("random-1001-01"));
            }
            String html = w.toString();
            int table = html.indexOf("<section class=\"units\">");
            assertTrue(table > 0, "a table of units");
            assertTrue(html.contains("<a href=\"#report-1\">") && html.contains("<a href=\"#report-2\">"), html);
            if (print) {
                assertTrue(table < html.indexOf("<article"), "on paper, the table comes first");
            } else {
                assertTrue(html.contains("section.units { order: -1;"), "on screen, it is shown first");
            }
        }
    }

    @Test
    void theCsvSummaryHasOneRowPerUnitInTheLanguagesNumberFormat() throws Exception {
        Result a = Fixtures.example("random-1001-00");
        Result b = Fixtures.example("random-1001-01");
        for (String lang : List.of("id", "en")) {
            StringWriter w = new StringWriter();
            try (ReportStream s = ReportStream.open(ReportFormat.CSV, w, ReportOptions.of(lang))) {
                s.add(a);
                s.add(b);
            }
            char delimiter = lang.equals("id") ? ';' : ',';
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader()
                    .setSkipHeaderRecord(true).get().parse(new StringReader(w.toString())).getRecords();
            assertEquals(2, rows.size(), w.toString());
            assertEquals(a.unit().id(), rows.get(0).get("unit_id"));
            String total = a.scores().total().toPlainString();
            assertEquals(lang.equals("id") ? total.replace('.', ',') : total, rows.get(0).get("total"));
            assertEquals(Boolean.toString(a.eligible()), rows.get(0).get("eligible"));
            assertTrue(rows.get(0).get("failed_checks").contains("IPAK"), rows.get(0).get("failed_checks"));
        }
    }
}
