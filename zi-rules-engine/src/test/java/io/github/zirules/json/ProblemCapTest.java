package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Problem;
import io.github.zirules.json.internal.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No input multiplies: a document's problems are listed up to {@link Problems#MAX_LISTED} and counted beyond, and a
 * name repeated in one object is one problem with its count. The sizes are far above the cap (so the cap, not the
 * document, decides the list's length) and small enough to read in well under a second.
 */
class ProblemCapTest {

    private static final String HEAD = "{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \"U1\"}, \"year\": 2026,"
            + " \"target\": \"WBK\", \"answers\": {";

    private final ZiJson json = ZiJson.create();

    @Test
    void anItemAnswered50002TimesIsOneProblemSayingHowOften() {
        // 50,000 repeats: 500 times the cap of 100 problems, and under the default token limit (162,000).
        GeneratedInput doc = new GeneratedInput(HEAD + "\n\"PEM.MP.1.a\": \"Ya\",\n", 50_000,
                i -> "\"PEM.MP.1.a\": \"Tidak\",", "\"PEM.MP.1.a\": \"Ya\"}}");
        AssessmentRead r = json.readAssessment(doc, "dup.json");
        assertEquals(List.of("JSON_DUPLICATE_KEY"), r.problems().stream().map(Problem::code).toList());
        Problem p = r.problems().get(0);
        assertEquals("$.answers['PEM.MP.1.a']", p.location());
        assertTrue(p.messageEn().contains("appears 50002 times") && p.messageEn().contains("again at dup.json:3:1")
                && p.messageEn().contains("first at line 2"), p::toString);
        assertTrue(p.messageId().contains("muncul 50002 kali"), p::toString);
    }

    @Test
    void fiveThousandRepeatedItemsListTheFirst100AndCountTheRest() {
        GeneratedInput doc = new GeneratedInput(HEAD, 5_000, i -> "\"I." + i + "\": 1, \"I." + i + "\": 2, ",
                "\"END\": 0}}");
        AssessmentRead r = json.readAssessment(doc, "many.json");
        assertFalse(r.ok());
        assertEquals(Problems.MAX_LISTED + 1, r.problems().size());
        assertTrue(r.problems().subList(0, Problems.MAX_LISTED).stream()
                .allMatch(p -> p.code().equals("JSON_DUPLICATE_KEY")));
        assertEquals("$.answers['I.0']", r.problems().get(0).location(), "listed in document order");
        Problem more = r.problems().get(Problems.MAX_LISTED);
        assertEquals("PROBLEMS_OMITTED", more.code());
        assertEquals(Problem.Severity.ERROR, more.severity());
        assertEquals("many.json", more.location());
        assertTrue(more.messageEn().startsWith("and 4900 more problems"), more::toString);
        Docs.assertBilingual(more);
    }

    @Test
    void validationProblemsCountAgainstTheSameCap() throws java.io.IOException {
        StringBuilder answers = new StringBuilder();
        // 1000 unknown items: ten times the cap, one validator problem each.
        for (int i = 0; i < 1_000; i++) {
            answers.append(i == 0 ? "" : ", ").append("\"NO.SUCH.").append(i).append("\": \"Ya\"");
        }
        ValidatedRead r = json.readAndValidate(new java.io.ByteArrayInputStream(Docs.withAnswers(answers.toString())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "unknown.json",
                new AssessmentValidator(SharedDomain.instrument()));
        assertFalse(r.ok());
        assertEquals(Problems.MAX_LISTED + 1, r.problems().size());
        assertEquals("PROBLEMS_OMITTED", r.problems().get(Problems.MAX_LISTED).code());
    }
}
