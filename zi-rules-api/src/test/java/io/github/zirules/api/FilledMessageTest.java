package io.github.zirules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A rule's warning text filled in only when read ({@link Message#filled}) is, to everyone who reads it, the texts
 * its author wrote: the same text in each language, equal to and serialized as {@link Message.Texts}.
 */
class FilledMessageTest {

    private static final List<String> NAMES = List.of("butir", "item", "jawaban", "answer");

    private static Message filled() {
        return Message.filled("Jawaban {jawaban} pada butir {butir} tidak disertai data dukung.",
                "Answer {answer} to item {item} has no evidence.", NAMES,
                List.of("PEM.MP.1.a", "PEM.MP.1.a", "Ya", "Ya"));
    }

    private static final Message TEXTS = Message.texts("Jawaban Ya pada butir PEM.MP.1.a tidak disertai data dukung.",
            "Answer Ya to item PEM.MP.1.a has no evidence.");

    @Test
    void readsAsTheTextsWithItsPlacesFilledInEachLanguage() {
        assertEquals(TEXTS.text(Message.INDONESIAN), filled().text(Message.INDONESIAN));
        assertEquals(TEXTS.text(Locale.ENGLISH), filled().text(Locale.ENGLISH));
    }

    @Test
    void isEqualToTheTextsBothWaysWithTheSameHashAndString() {
        Message f = filled();
        assertEquals(TEXTS, f);
        assertEquals(f, TEXTS);
        assertEquals(f, filled());
        assertEquals(TEXTS.hashCode(), f.hashCode());
        assertEquals(TEXTS.toString(), f.toString());
        assertEquals(Problem.warning("W", "PEM.MP.1.a", TEXTS), Problem.warning("W", "PEM.MP.1.a", f));
        assertEquals(Problem.warning("W", "PEM.MP.1.a", TEXTS).toString(),
                Problem.warning("W", "PEM.MP.1.a", f).toString());
        assertNotEquals(Message.texts("x", "y"), f);
    }

    @Test
    void isSerializedAsTheTexts() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Problem.warning("W", "PEM.MP.1.a", filled()));
        }
        ByteArrayOutputStream asTexts = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(asTexts)) {
            out.writeObject(Problem.warning("W", "PEM.MP.1.a", TEXTS));
        }
        assertEquals(List.of(asTexts.toByteArray().length), List.of(bytes.toByteArray().length));
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Problem p = (Problem) in.readObject();
            assertInstanceOf(Message.Texts.class, p.message());
            assertEquals(TEXTS, p.message());
        }
    }

    @Test
    void aPlaceItDoesNotKnowStaysAsWritten() {
        Message m = Message.filled("{butir} {x} {", "{item}}", NAMES, List.of("A", "A", "Ya", "Ya"));
        assertEquals("A {x} {", m.text(Message.INDONESIAN));
        assertEquals("A}", m.text(Locale.ENGLISH));
    }

    @Test
    void readByManyThreadsAtOnceEveryOneReadsTheSameText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 200; round++) {
                Message m = filled();
                List<Future<String>> reads = List.of(pool.submit(() -> m.text(Locale.ENGLISH)),
                        pool.submit(() -> m.text(Locale.ENGLISH)), pool.submit(() -> m.text(Message.INDONESIAN)));
                assertEquals(TEXTS.text(Locale.ENGLISH), reads.get(0).get());
                assertEquals(TEXTS.text(Locale.ENGLISH), reads.get(1).get());
                assertEquals(TEXTS.text(Message.INDONESIAN), reads.get(2).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
