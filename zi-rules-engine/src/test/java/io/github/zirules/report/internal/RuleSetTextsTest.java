package io.github.zirules.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A rule set's texts as a report shows them are made once and then given again, up to a bound. */
class RuleSetTextsTest {

    @Test
    void aTextIsMadeOnceAndTheSameStringIsGivenEveryTimeAfter() {
        AtomicInteger made = new AtomicInteger();
        RuleSetTexts<String> texts = new RuleSetTexts<>(s -> {
            made.incrementAndGet();
            return ReportView.oneLine(s);
        });
        String first = texts.of("  Apakah\ttim\n sudah dibentuk? ");
        assertEquals("Apakah tim sudah dibentuk?", first);
        assertSame(first, texts.of("  Apakah\ttim\n sudah dibentuk? "));
        assertEquals(1, made.get());
    }

    @Test
    void pastTheBoundTextsAreMadeEachTimeAndStillRight() {
        AtomicInteger made = new AtomicInteger();
        RuleSetTexts<String> texts = new RuleSetTexts<>(s -> {
            made.incrementAndGet();
            return Escape.terminal(s);
        });
        for (int i = 0; i < RuleSetTexts.MAX; i++) {
            texts.of("q" + i);
        }
        assertEquals("a?b", texts.of("a\u001bb"));
        assertEquals("a?b", texts.of("a\u001bb"));
        assertEquals(RuleSetTexts.MAX + 2, made.get(), "nothing more is kept");
    }
}
