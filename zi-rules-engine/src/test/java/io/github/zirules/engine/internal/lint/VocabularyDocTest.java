package io.github.zirules.engine.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class VocabularyDocTest {

    private static final Path DOC = Path.of("..", "docs", "policy", "vocabulary.md");

    /** Run with -Dzirules.writeDocs=true to rewrite the file after a change of the vocabulary. */
    @Test
    void theDocumentedVocabularyIsExactlyTheOneTheLintAllows() throws IOException {
        String expected = VocabularyDoc.markdown();
        if (Boolean.getBoolean("zirules.writeDocs")) {
            Files.writeString(DOC, expected);
        }
        assertEquals(expected, Files.readString(DOC), "docs/policy/vocabulary.md is stale: regenerate it with "
                + "-Dzirules.writeDocs=true");
    }
}
