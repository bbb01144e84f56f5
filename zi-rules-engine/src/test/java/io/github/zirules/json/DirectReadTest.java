package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

import io.github.zirules.api.Assessment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a file takes the direct way (no tree) for a plain, valid document and gives exactly what the tree reader
 * gives for the same bytes: the same assessment, or the same problems with the same words and locations.
 */
class DirectReadTest {

    private final ZiJson json = ZiJson.create();

    @TempDir
    Path dir;

    @Test
    void anyWrittenAssessmentIsReadTheDirectWayAndEqual() {
        qt().withExamples(300).forAll(Gens.assessments()).checkAssert(a -> {
            byte[] bytes = json.writeAssessment(a).getBytes(StandardCharsets.UTF_8);
            Assessment direct = json.readDirect(bytes);
            assertNotNull(direct, () -> new String(bytes, StandardCharsets.UTF_8));
            assertEquals(a, direct);
            assertEquals(a.toString(), direct.toString(), "the maps in the same order");
            assertSameAsTheStream(bytes);
        });
    }

    @Test
    void theExampleAssessmentsAreReadTheDirectWay() throws IOException {
        for (Path f : SharedDomain.exampleAssessments()) {
            byte[] bytes = Files.readAllBytes(f);
            assertNotNull(json.readDirect(bytes), f::toString);
            assertSameAsTheStream(bytes);
        }
    }

    @Test
    void arbitraryBytesReadFromAFileGiveWhatTheStreamGives() {
        qt().withExamples(500).forAll(Gens.jsonishBytes()).checkAssert(this::assertSameAsTheStream);
    }

    @Test
    void mutatedValidDocumentsReadFromAFileGiveWhatTheStreamGives() throws IOException {
        List<byte[]> docs = new ArrayList<>();
        for (Path f : SharedDomain.exampleAssessments()) {
            docs.add(Files.readAllBytes(f));
        }
        docs.add(json.writeAssessment(AssessmentWriteTest.full()).getBytes(StandardCharsets.UTF_8));
        qt().withExamples(500).forAll(Gens.mutated(docs)).checkAssert(this::assertSameAsTheStream);
    }

    @Test
    void aDocumentWithAnyProblemOrUnknownMemberIsLeftToTheTreeReader() {
        String head = "{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \"U-1\"}, \"year\": 2026, "
                + "\"target\": \"WBK\", ";
        for (String rest : List.of(
                "\"answers\": {\"PEM.MP.1.a\": \"Ya\", \"PEM.MP.1.a\": \"Tidak\"}}",
                "\"answers\": {\"PEM.MP.1.a\": null}}",
                "\"answers\": {\"HAS.IPAK\": NaN}}",
                "\"answers\": {\" \": \"Ya\"}}",
                "\"answers\": {}, \"note\": 1}",
                "\"answers\": {}, \"target\": \"WBK\"}",
                "\"answers\": {\"X\": {\"numerator\": 1.5, \"denominator\": 2}}}",
                "\"answers\": {\"X\": {\"numerator\": 1}}}",
                "\"answers\": {}, \"facts\": {\"akip\": \"A\"}}",
                "\"answers\": {}} {}",
                "\"answers\": {}")) {
            byte[] bytes = (head + rest).getBytes(StandardCharsets.UTF_8);
            assertNull(json.readDirect(bytes), rest);
            assertSameAsTheStream(bytes);
        }
    }

    private void assertSameAsTheStream(byte[] bytes) {
        try {
            Path file = Files.write(dir.resolve("f.json"), bytes);
            AssessmentRead fromFile = json.readAssessment(file);
            AssessmentRead fromStream = json.readAssessment(new ByteArrayInputStream(bytes), file.toString());
            assertEquals(fromStream.problems(), fromFile.problems());
            assertEquals(fromStream.assessment(), fromFile.assessment());
            assertEquals(String.valueOf(fromStream.assessment()), String.valueOf(fromFile.assessment()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
