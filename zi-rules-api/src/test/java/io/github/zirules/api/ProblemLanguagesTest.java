package io.github.zirules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A problem's message and what would be valid, both in the language asked for, from the catalogue. */
class ProblemLanguagesTest {

    @Test
    void theMessageAndWhatWouldBeValidComeInTheLanguageAsked() {
        Problem p = Problem.error("LINT_QUERY", "t.drl:4", Message.of("LINT_QUERY", "q"),
                Message.of("LINT_QUERY.expected"));

        assertTrue(p.format(Message.INDONESIAN).startsWith("t.drl:4: query 'q'"), p::toString);
        assertTrue(p.format(Message.INDONESIAN).contains("(yang sah: "), p::toString);
        assertTrue(p.format(Locale.ENGLISH).contains("(expected: "), p::toString);
        assertEquals(p.message(Message.INDONESIAN), p.messageId());
        assertEquals(p.message(Locale.ENGLISH), p.messageEn());
    }

    @Test
    void theAssessmentsExpectedTextIsIndonesianUnderIndonesian() {
        Problem p = Problem.error("COUNT_NEGATIVE", "$.answers['X'].numerator", Message.of("COUNT_NEGATIVE", -1),
                Message.of("COUNT_NEGATIVE.expected", 1_000_000));

        assertEquals("bilangan cacah 0 sampai 1000000", p.expected(Message.INDONESIAN));
        assertEquals("a whole number from 0 to 1000000", p.expected(Locale.ENGLISH));
    }

    @Test
    void everyLocaleButIndonesianGetsEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Message.INDONESIAN);
            Message m = Message.of("UNKNOWN_ITEM", "PEM.MP.9");
            assertEquals("item 'PEM.MP.9' is not in the instrument", m.text(Locale.FRENCH));
            assertEquals("item 'PEM.MP.9' is not in the instrument", m.text(Locale.ENGLISH));
            assertEquals("butir 'PEM.MP.9' tidak ada dalam instrumen", m.text(Locale.forLanguageTag("id-ID")));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersAreShownAsWrittenNotReformattedForTheLanguage() {
        assertEquals("year 12345 is out of range", Message.of("YEAR_OUT_OF_RANGE", 12345).text(Locale.ENGLISH));
    }

    @Test
    void aWarningWithoutWhatWouldBeValidHasNone() {
        Problem none = Problem.warning("W", "$.y", Message.texts("awas", "beware"));

        assertNull(none.expectedId());
        assertNull(none.expected(Message.INDONESIAN));
        assertEquals("$.y: awas", none.format(Message.INDONESIAN));
    }

    @Test
    void aKeyTheCatalogueLacksIsRefusedWhereTheMessageIsMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Message.of("NO_SUCH_CODE"));

        assertTrue(e.getMessage().contains("'NO_SUCH_CODE'"), e::getMessage);
    }
}
