package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.ItemId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shared worked examples read, write and read again unchanged. */
class ExampleFilesTest {

    private final ZiJson json = ZiJson.create();

    @TestFactory
    List<DynamicTest> everyExampleAssessmentRoundTripsUnchanged() throws IOException {
        List<Path> files = SharedDomain.exampleAssessments();
        assertFalse(files.isEmpty(), "no example assessments found");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            AssessmentRead first = json.readAssessment(f);
            assertTrue(first.ok(), () -> f + ": " + first.problems());
            assertTrue(first.problems().isEmpty());
            String written = json.writeAssessment(first.assessment());
            AssessmentRead again = json.readAssessment(written, "rewritten " + f.getFileName());
            assertTrue(again.ok(), again::toString);
            assertEquals(first.assessment(), again.assessment());
            assertEquals(written, json.writeAssessment(again.assessment()), "writing is stable");
        })).toList();
    }

    @TestFactory
    List<DynamicTest> everyExampleIsValidForThe2021Instrument() throws IOException {
        AssessmentValidator validator = new AssessmentValidator(SharedDomain.instrument());
        return SharedDomain.exampleAssessments().stream().map(f -> DynamicTest.dynamicTest(
                f.getFileName().toString(), () -> {
                    ValidatedRead r = json.readAndValidate(f, validator);
                    assertTrue(r.ok(), () -> r.problems().toString());
                })).toList();
    }

    @TestFactory
    List<DynamicTest> everyExpectedFileIsJsonWithDecimalScores() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return SharedDomain.exampleAssessments().stream().map(f -> {
            Path expected = f.resolveSibling(f.getFileName().toString().replace(".json", ".expected.json"));
            return DynamicTest.dynamicTest(expected.getFileName().toString(), () -> {
                assertTrue(Files.exists(expected), expected + " is missing");
                JsonNode root = mapper.readTree(expected.toFile());
                JsonNode scores = root.get("scores");
                for (String key : List.of("total", "pengungkit", "pemenuhan", "reform", "hasil", "BBA", "IPAK",
                        "KINERJA", "IPKP")) {
                    assertDecimal(scores.get(key), key);
                }
                assertEquals(6, scores.get("areas").size());
                scores.get("areas").forEach(n -> assertDecimal(n, "areas"));
                scores.get("indicators").forEach(n -> assertDecimal(n, "indicators"));
                assertInstanceOf(Boolean.class, mapper.treeToValue(root.at("/verdict/eligible"), Object.class));
                for (Iterator<JsonNode> it = root.at("/verdict/checks").elements(); it.hasNext(); ) {
                    JsonNode c = it.next();
                    assertDecimal(c.get("required"), c.get("id").asText());
                    assertDecimal(c.get("actual"), c.get("id").asText());
                }
            });
        }).toList();
    }

    private static void assertDecimal(JsonNode n, String what) {
        assertTrue(n != null && n.isNumber(), what + " is not a number: " + n);
        BigDecimal v = new BigDecimal(n.asText());
        assertTrue(v.stripTrailingZeros().scale() <= 2, what + " has more than 2 decimals: " + v);
    }

    @org.junit.jupiter.api.Test
    void exampleIndexAnswersAreReadExactly() throws IOException {
        Path f = SharedDomain.exampleAssessments().get(0);
        Assessment a = json.readAssessment(f).orElseThrow();
        Map<ItemId, Answer> answers = a.answers();
        Answer ipak = answers.get(ItemId.of("HAS.IPAK"));
        assertEquals(new BigDecimal("3.57"), ((Answer.Index) ipak).value());
        assertEquals(2, ((Answer.Index) ipak).value().scale(), "read from the text, not through a double");
    }
}
