package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Problem;
import java.util.List;

/** Small documents and assertions shared by the tests. */
final class Docs {

    private Docs() {
    }

    /** A valid assessment whose answers object holds {@code answers} (the text between the braces). */
    static String withAnswers(String answers) {
        return "{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \"U1\"}, \"year\": 2026, \"target\": \"WBK\",\n"
                + " \"answers\": {" + answers + "}}";
    }

    /** A valid assessment with one extra top-level member (e.g. {@code "\"x\": 1"}). */
    static String withMember(String member) {
        return "{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \"U1\"}, \"year\": 2026, \"target\": \"WBK\",\n"
                + " \"answers\": {\"PEM.MP.1.a\": \"Ya\"}, " + member + "}";
    }

    /** Asserts the read failed with a problem of {@code code} at {@code location}; returns it. */
    static Problem problem(AssessmentRead r, String code, String location) {
        assertFalse(r.ok(), "expected problems but the read succeeded");
        assertNull(r.assessment());
        Problem p = r.problems().stream()
                .filter(x -> x.code().equals(code) && x.location().equals(location))
                .findFirst().orElse(null);
        assertNotNull(p, () -> "no " + code + " at " + location + " in " + r.problems());
        assertBilingual(p);
        return p;
    }

    /** Asserts every problem has a code, a location and two different non-blank messages. */
    static void assertBilingual(Problem p) {
        assertFalse(p.code().isBlank());
        assertFalse(p.location().isBlank());
        assertFalse(p.messageId().isBlank());
        assertFalse(p.messageEn().isBlank());
        assertFalse(p.messageId().equals(p.messageEn()), () -> "not translated: " + p);
    }

    /** Asserts the codes of the problems, in order. */
    static void assertCodes(AssessmentRead r, List<String> codes) {
        assertTrue(r.problems().stream().map(Problem::code).toList().equals(codes),
                () -> "expected " + codes + " but got " + r.problems());
    }
}
