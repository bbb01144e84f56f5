package io.github.zirules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.zirules.api.Result;
import java.io.StringWriter;
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
    void htmlAndCsvAreNotDrawnAheadSinceTheirReportsDependOnTheOnesBefore() throws Exception {
        Result r = Fixtures.example("random-1001-00");
        for (ReportFormat f : List.of(ReportFormat.HTML, ReportFormat.CSV)) {
            try (ReportStream s = ReportStream.open(f, new StringWriter(), ReportOptions.of("id"))) {
                assertNull(s.draw(ReportInput.of(r)), f.toString());
            }
        }
    }
}
