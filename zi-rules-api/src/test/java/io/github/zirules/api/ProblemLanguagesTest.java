package io.github.zirules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What would be valid, said in the language of the message. */
class ProblemLanguagesTest {

    @Test
    void anExpectedInBothLanguagesIsShownInTheLanguageAsked() {
        Problem p = Problem.error("LINT_QUERY", "t.drl:4", "query 'q' tidak diizinkan", "the query 'q' is not allowed",
                "hanya aturan", "rules only");

        assertEquals("hanya aturan", p.expected("id"));
        assertEquals("rules only", p.expected("en"));
        assertEquals("rules only", p.expected());
        assertEquals("t.drl:4: query 'q' tidak diizinkan (yang sah: hanya aturan)", p.format("id"));
        assertEquals("t.drl:4: the query 'q' is not allowed (expected: rules only)", p.format("en"));
    }

    @Test
    void theFirstVersionsConstructorAndFactoryGiveOneExpectedForBothLanguages() {
        Problem list = new Problem(Problem.Severity.ERROR, "C", "$.x", "salah", "wrong", "one of A, B");
        Problem none = Problem.warning("W", "$.y", "awas", "beware");

        assertEquals("one of A, B", list.expectedId());
        assertEquals(list, Problem.error("C", "$.x", "salah", "wrong", "one of A, B"));
        assertNull(none.expectedId());
        assertNull(none.expected("id"));
    }

    @Test
    void anIndonesianExpectedWithoutAnEnglishOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Problem(
                Problem.Severity.ERROR, "C", "$.x", "salah", "wrong", null, "satu dari A, B"));

        assertEquals("expectedId must be null when expected is null but was 'satu dari A, B'", e.getMessage());
    }
}
