package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants over many generated inputs (QuickTheories). */
class JsonPropertiesTest {

    private final ZiJson json = ZiJson.create();

    @Test
    void anyAssessmentReadsBackEqualAfterWriting() {
        // 300: each draw mixes every answer kind, optional member and text class (controls, emoji, specials,
        // private use), so 300 draws write each branch of the writer and reader hundreds of times.
        qt().withExamples(300).forAll(Gens.assessments()).checkAssert(a -> {
            String text = json.writeAssessment(a);
            AssessmentRead r = json.readAssessment(text, "p.json");
            assertTrue(r.ok(), () -> r.problems() + "\n" + text);
            assertEquals(a, r.assessment());
            assertEquals(text, json.writeAssessment(r.assessment()), "rewriting gives the same bytes");
        });
    }

    @Test
    void anyResultReadsBackEqualAfterWritingInEveryLayout() {
        // 200: a result has about 150 numbers and texts of its own, each drawn independently, in three layouts.
        qt().withExamples(200).forAll(Gens.results()).checkAssert(r -> {
            assertEquals(r, json.readReport(json.writeReport(r), "r.json"));
            java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
            try {
                json.writeReports(List.of(r), lines, ReportLayout.JSON_LINES);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            String line = lines.toString(StandardCharsets.UTF_8);
            assertEquals(1, line.chars().filter(c -> c == '\n').count(), "one line: " + line);
            assertEquals(r, json.readReport(line, "r.jsonl"));
        });
    }

    @Test
    void arbitraryBytesNeverThrowAndEveryRefusalIsExplained() {
        // 1000 short byte strings from JSON punctuation and Latin-1 bytes reach every parser error the reader maps;
        // the reliability FuzzTest runs 4000 more through the whole pipeline.
        qt().withExamples(1000).forAll(Gens.jsonishBytes()).checkAssert(this::assertReadExplains);
    }

    @Test
    void mutatedValidDocumentsNeverThrowAndEveryRefusalIsExplained() throws IOException {
        List<byte[]> docs = new ArrayList<>();
        for (Path f : SharedDomain.exampleAssessments()) {
            docs.add(Files.readAllBytes(f));
        }
        docs.add(json.writeAssessment(AssessmentWriteTest.full()).getBytes(StandardCharsets.UTF_8));
        // 500 mutations of 7 documents: about 70 per document, cutting, flipping and copying at any offset.
        qt().withExamples(500).forAll(Gens.mutated(docs)).checkAssert(this::assertReadExplains);
    }

    private void assertReadExplains(byte[] bytes) {
        AssessmentRead r = json.readAssessment(new ByteArrayInputStream(bytes), "f.json");
        if (!r.ok()) {
            assertFalse(r.problems().isEmpty());
        }
        for (Problem p : r.problems()) {
            Docs.assertBilingual(p);
            assertFalse(p.code().equals("JSON_UNREADABLE"), () -> "an internal failure: " + p);
            assertTrue(p.location().startsWith("$") || p.location().startsWith("f.json"), p::toString);
        }
        Assessment a = r.assessment();
        if (a != null) {
            assertEquals(a, json.readAssessment(json.writeAssessment(a), "again").assessment());
        }
        try {
            json.readReport(new ByteArrayInputStream(bytes), "f.json");
        } catch (InvalidInputException e) {
            assertFalse(e.problems().isEmpty());
            assertFalse(e.problems().stream().anyMatch(p -> p.code().equals("JSON_UNREADABLE")), e::getMessage);
        }
    }
}
