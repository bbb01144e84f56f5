package io.github.zirules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zirules.json.AssessmentRead;
import io.github.zirules.json.ZiJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input of the bad-input catalogue read from a file (where a plain, valid document takes the direct way, with
 * no tree) gives exactly what reading it as a stream gives: the same problems, words and locations, the same
 * assessment. Inputs larger than the document limit are streamed from files too, so they are left out here.
 */
class CatalogueFromFilesTest {

    /** Past this many bytes a file is never read at once (16 MiB, the default document limit). */
    private static final int AT_ONCE = 16 * 1024 * 1024;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCatalogueInputReadsTheSameFromAFileAsFromAStream() throws IOException {
        return Catalogue.read("reliability/catalogue.csv").stream()
                .map(r -> DynamicTest.dynamicTest(r.id() + ": " + r.description(), () -> check(r)));
    }

    private void check(Catalogue.Row row) throws IOException {
        byte[] bytes;
        try (InputStream in = BadInputCatalogueTest.open(row)) {
            bytes = in.readNBytes(AT_ONCE + 1);
        }
        if (bytes.length > AT_ONCE) {
            return;
        }
        ZiJson json = ZiJson.create(row.jsonLimits());
        Path file = Files.write(dir.resolve(row.id() + ".json"), bytes);
        AssessmentRead fromFile = json.readAssessment(file);
        AssessmentRead fromStream = json.readAssessment(new ByteArrayInputStream(bytes), file.toString());
        assertEquals(fromStream.problems(), fromFile.problems());
        assertEquals(fromStream.assessment(), fromFile.assessment());
    }
}
