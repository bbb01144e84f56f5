package io.github.zirules.json;

import static io.github.zirules.json.Docs.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile sizes and shapes are refused as problems: never an exception, an out-of-memory error or a hang. */
class LimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(30);
    private static final String HEAD = "{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \"U1\"}, \"year\": 2026,"
            + " \"target\": \"WBK\", \"answers\": {";

    private final ZiJson json = ZiJson.create();

    @Test
    void nestingOf100000LevelsIsReportedAsTooDeep() {
        // 100,000 levels: a hundred times the largest depth limit, deep enough to overflow a recursive reader's stack.
        GeneratedInput deep = new GeneratedInput("", 100_000, i -> "[", "");
        AssessmentRead r = assertTimeoutPreemptively(QUICKLY, () -> json.readAssessment(deep, "deep.json"));
        Problem p = problem(r, "JSON_TOO_DEEP", "deep.json:1:65");
        assertTrue(p.messageEn().contains("64"), p::toString);
    }

    @Test
    void deepNestingInsideAnAnswerIsReportedAsTooDeep() {
        GeneratedInput deep = new GeneratedInput(HEAD + "\"X.Y\": ", 100_000, i -> "{\"a\":", "");
        AssessmentRead r = assertTimeoutPreemptively(QUICKLY, () -> json.readAssessment(deep, "deep.json"));
        Docs.assertCodes(r, List.of("JSON_TOO_DEEP"));
    }

    @Test
    void documentOverTheSizeLimitIsReportedWithoutReadingItAll() {
        // 100 MB of white space: few tokens, so it is the size (Jackson's maxDocumentLength) that stops the read,
        // within one parser buffer past the limit.
        GeneratedInput big = new GeneratedInput(HEAD + "\"PEM.MP.1.a\": \"Ya\"", 100L * 1024, i -> " ".repeat(1024),
                "}}");
        AssessmentRead r = assertTimeoutPreemptively(QUICKLY, () -> json.readAssessment(big, "big.json"));
        Docs.assertCodes(r, List.of("JSON_TOO_LARGE"));
        assertTrue(r.problems().get(0).location().startsWith("big.json:1:"), r::toString);
        assertTrue(big.served() <= JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES + 64 * 1024,
                "read " + big.served() + " bytes");
    }

    @Test
    void hundredMegabytesOfAnswersAreStoppedByTheTokenLimitLongBeforeTheSizeLimit() {
        GeneratedInput big = new GeneratedInput(HEAD, 100L * 1024 * 1024 / 40,
                i -> "\"PEM.MP." + (10_000_000 + i) + "\": \"Ya bukan Tidak ya\",", "\"Z\": \"A\"}}");
        AssessmentRead r = assertTimeoutPreemptively(QUICKLY, () -> json.readAssessment(big, "big.json"));
        Docs.assertCodes(r, List.of("JSON_TOO_MANY_ENTRIES", "JSON_TOO_MANY_TOKENS"));
        assertTrue(r.problems().get(1).messageEn().contains("162000"), r::toString);
        assertTrue(big.served() < 8L * 1024 * 1024, "read " + big.served() + " bytes");
    }

    @Test
    void documentOverASmallSizeLimitIsReported() {
        ZiJson small = ZiJson.create(JsonLimits.builder().maxDocumentBytes(100).build());
        AssessmentRead r = small.readAssessment(Docs.withAnswers("\"PEM.MP.1.a\": \"Ya\""), "s.json");
        Problem p = problem(r, "JSON_TOO_LARGE", r.problems().get(0).location());
        assertTrue(p.messageEn().contains("100 bytes"), p::toString);
        assertTrue(small.readAssessment("{\"format\": \"zi-assessment/1\"}", "s.json").problems().stream()
                .noneMatch(x -> x.code().equals("JSON_TOO_LARGE")), "a document within the limit is read");
    }

    @Test
    void answersOverTheAnswerLimitAreReportedOnce() {
        // 50,000 answers: five times the limit, under the token limit (162,000), so only the answer count is said.
        GeneratedInput many = new GeneratedInput(HEAD, 50_000, i -> "\"a" + i + "\":\"A\",", "\"z\":\"A\"}}");
        AssessmentRead r = assertTimeoutPreemptively(QUICKLY, () -> json.readAssessment(many, "many.json"));
        Problem p = problem(r, "JSON_TOO_MANY_ENTRIES", "$.answers");
        assertTrue(p.messageEn().contains("10000"), p::toString);
        assertEquals(1, r.problems().size(), r::toString);
    }

    @Test
    void answersUpToTheLimitAreRead() {
        ZiJson ten = ZiJson.create(JsonLimits.builder().maxAnswers(10).build());
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            answers.append(i == 0 ? "" : ",").append("\"I.").append(i).append("\": \"A\"");
        }
        assertTrue(ten.readAssessment(Docs.withAnswers(answers.toString()), "t.json").ok());
        problem(ten.readAssessment(Docs.withAnswers(answers + ", \"I.10\": \"A\""), "t.json"),
                "JSON_TOO_MANY_ENTRIES", "$.answers");
    }

    @Test
    void manySmallContainersAreStoppedByTheTokenLimit() {
        ZiJson ten = ZiJson.create(JsonLimits.builder().maxAnswers(10).build());
        String level1 = "[" + String.join(",", java.util.Collections.nCopies(10, "[]")) + "]";
        String level2 = "[" + String.join(",", java.util.Collections.nCopies(10, level1)) + "]";
        String level3 = "[" + String.join(",", java.util.Collections.nCopies(10, level2)) + "]";
        AssessmentRead r = ten.readAssessment(Docs.withMember("\"x\": " + level3), "t.json");
        Docs.assertCodes(r, List.of("JSON_TOO_MANY_TOKENS"));
        assertTrue(r.problems().get(0).messageEn().contains("2160"), r::toString);
    }

    @Test
    void stringOverTheLimitIsReported() {
        ZiJson small = ZiJson.create(JsonLimits.builder().maxStringLength(100).build());
        AssessmentRead r = small.readAssessment(Docs.withMember("\"ruleset\": \"" + "x".repeat(101) + "\""), "t.json");
        Docs.assertCodes(r, List.of("JSON_STRING_TOO_LONG"));
        AssessmentRead name = small.readAssessment(Docs.withAnswers("\"" + "x".repeat(101) + "\": \"A\""), "t.json");
        Docs.assertCodes(name, List.of("JSON_STRING_TOO_LONG"));
    }

    @Test
    void defaultLimitsAreTheDocumentedOnes() {
        JsonLimits d = JsonLimits.DEFAULTS;
        assertEquals(16L * 1024 * 1024, d.maxDocumentBytes());
        assertEquals(64, d.maxNestingDepth());
        assertEquals(100, d.maxNumberLength());
        assertEquals(1024 * 1024, d.maxStringLength());
        assertEquals(10_000, d.maxAnswers());
        assertEquals(162_000, d.maxTokens());
        assertEquals(d, JsonLimits.builder().build());
        assertEquals(d, ZiJson.create().limits());
    }

    @Test
    void builderRefusesEachBadLimitSayingWhatItMustBe() {
        assertRefused(JsonLimits.builder().maxDocumentBytes(0), "maxDocumentBytes must be at least 1 but was 0");
        assertRefused(JsonLimits.builder().maxNestingDepth(3),
                "maxNestingDepth must be between 4 and 1000 but was 3");
        assertRefused(JsonLimits.builder().maxNestingDepth(100_000),
                "maxNestingDepth must be between 4 and 1000 but was 100000");
        assertRefused(JsonLimits.builder().maxNumberLength(10),
                "maxNumberLength must be between 16 and 100000 but was 10");
        assertRefused(JsonLimits.builder().maxStringLength(-1),
                "maxStringLength must be between 64 and 2147483647 but was -1");
        assertRefused(JsonLimits.builder().maxAnswers(0), "maxAnswers must be between 1 and 10000000 but was 0");
    }

    private static void assertRefused(JsonLimits.Builder b, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals(message, e.getMessage());
    }

    @Test
    void builderKeepsWhatItIsGiven() {
        JsonLimits l = JsonLimits.builder().maxDocumentBytes(1000).maxNestingDepth(8).maxNumberLength(20)
                .maxStringLength(64).maxAnswers(5).build();
        assertEquals(new JsonLimits(1000, 8, 20, 64, 5), l);
        assertEquals(l, l.toBuilder().build());
    }

    @Test
    void readingDoesNotCloseTheCallersStream() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(Docs.withAnswers("").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertTrue(json.readAssessment(in, "t.json").ok());
        assertEquals(false, closed[0]);
    }
}
