package io.github.zirules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Reports drawn ahead on other threads and added in order make the same document as reports added one by one. */
class ReportStreamDrawTest {

    private static final List<String> EXAMPLES = List.of("random-1001-00", "random-1001-01", "random-1001-02");

    @Test
    void textAndMarkdownDrawnOnOtherThreadsGiveTheSameDocumentAsAddedInTurn() throws Exception {
        List<ReportInput> inputs = new ArrayList<>();
        for (String e : EXAMPLES) {
            inputs.add(ReportInput.of(Fixtures.example(e)));
        }
        inputs.add(ReportContentsTest.withQuestionAndEvidence());
        for (ReportFormat f : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN)) {
            for (String lang : List.of("id", "en")) {
                ReportOptions o = ReportOptions.of(lang);
                StringWriter inTurn = new StringWriter();
                try (ReportStream s = ReportStream.open(f, inTurn, o)) {
                    for (ReportInput in : inputs) {
                        s.add(in);
                    }
                }
                StringWriter drawn = new StringWriter();
                ExecutorService pool = Executors.newFixedThreadPool(3);
                try (ReportStream s = ReportStream.open(f, drawn, o)) {
                    List<Future<ReportStream.Drawn>> ahead = new ArrayList<>();
                    for (ReportInput in : inputs) {
                        ahead.add(pool.submit(() -> s.draw(in)));
                    }
                    for (Future<ReportStream.Drawn> d : ahead) {
                        s.add(d.get());
                    }
                    assertEquals(inputs.size(), s.count());
                    assertEquals(inputs.stream().filter(i -> i.result().eligible()).count(), s.eligibleCount());
                } finally {
                    pool.shutdown();
                }
                assertEquals(inTurn.toString(), drawn.toString(), f + " " + lang);
            }
        }
    }

    @Test
    void onAnOutputStreamEveryFormatIsTheUtf8OfTheDocumentOnAWriterDrawnAheadOrAddedInTurn() throws Exception {
        List<ReportInput> inputs = new ArrayList<>();
        inputs.add(ReportContentsTest.withQuestionAndEvidence());
        inputs.add(ReportInput.of(Fixtures.example("random-1001-01")));
        inputs.add(hostile());
        for (ReportFormat f : ReportFormat.values()) {
            ReportOptions o = ReportOptions.of("en");
            StringWriter text = new StringWriter();
            try (ReportStream s = ReportStream.open(f, text, o)) {
                for (ReportInput in : inputs) {
                    s.add(in);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ReportStream s = ReportStream.open(f, bytes, o)) {
                for (ReportInput in : inputs) {
                    ReportStream.Drawn d = s.draw(in);
                    if (d != null) {
                        s.add(d);
                    } else {
                        s.add(in);
                    }
                }
            }
            assertEquals(text.toString(), bytes.toString(StandardCharsets.UTF_8), f.toString());
            assertTrue(text.toString().contains("?[31m") || f != ReportFormat.TEXT, "escaped for a terminal");
        }
    }

    @Test
    void onAnOutputStreamAnUnpairedSurrogateFailsTheWriteAsTheWritersEncoderDoes() throws Exception {
        ReportInput in = ReportInput.of(Fixtures.ZI.evaluate(Fixtures.assessment("random-1001-00").toBuilder()
                .unit(new Unit("U-1", "Unit \ud800 uji", null)).build()));
        for (ReportFormat f : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN)) {
            try (ReportStream s = ReportStream.open(f, new ByteArrayOutputStream(), ReportOptions.of("id"))) {
                ReportStream.Drawn d = s.draw(in);
                assertThrows(CharacterCodingException.class, () -> {
                    s.add(d);
                    s.flush();
                }, f.toString());
            }
        }
    }

    /** A unit name and evidence with a terminal's control sequences, a reversing control and text above the BMP. */
    private static ReportInput hostile() {
        Assessment a = Fixtures.assessment("random-1001-02").toBuilder()
                .unit(new Unit("U-2", "Unit \u001b[31m merah \u202e 😀", "Instansi — Uji"))
                .evidence("PEM.MP.1.a", new Evidence("SK\u0007 Tim 𝔸", "https://arsip.example.go.id/\u2028sk.pdf", null))
                .build();
        return ReportInput.of(Fixtures.ZI.evaluate(a)).withAssessment(a);
    }

    @Test
    void htmlAndCsvAreNotDrawnAheadSinceTheirReportsDependOnTheOnesBefore() throws Exception {
        Result r = Fixtures.example("random-1001-00");
        for (ReportFormat f : List.of(ReportFormat.HTML, ReportFormat.CSV)) {
            try (ReportStream s = ReportStream.open(f, new StringWriter(), ReportOptions.of("id"))) {
                assertNull(s.draw(ReportInput.of(r)), f.toString());
            }
        }
    }
}
