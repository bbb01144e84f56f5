package io.github.zirules.reliability;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import io.github.zirules.json.ZiJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The generated inputs of the bad-input catalogue ({@code gen:NAME} in {@code catalogue.csv}): what is too big to
 * store (100 MB, a million answers, 100,000 levels of nesting) or is not text (other encodings, stray bytes).
 */
final class BadInputs {

    static final String HEAD = "{\"format\": \"zi-assessment/1\", \"ruleset\": \"permenpan-rb-90-2021\", "
            + "\"unit\": {\"id\": \"KATALOG-1\"}, \"year\": 2026, \"target\": \"WBK\", ";
    /** The head of a document whose unit name follows, to be closed by {@link #NAMED_TAIL}. */
    static final String NAMED_HEAD = "{\"format\": \"zi-assessment/1\", "
            + "\"unit\": {\"id\": \"KATALOG-1\", \"name\": \"";
    static final String NAMED_TAIL = "\"}, \"year\": 2026, \"target\": \"WBK\", \"answers\": {}}";
    private static final String VALID = HEAD + "\"answers\": {\"PEM.MP.1.a\": \"Tidak\", \"HAS.IPAK\": 3.71}}";

    private final Instrument instrument;

    BadInputs(Instrument instrument) {
        this.instrument = instrument;
    }

    /** The input named {@code name}, as a fresh stream. */
    InputStream open(String name) {
        Supplier<InputStream> s = generators().get(name);
        if (s == null) {
            throw new IllegalArgumentException("no generator '" + name + "' in BadInputs; known: "
                    + new java.util.TreeSet<>(generators().keySet()));
        }
        return s.get();
    }

    private Map<String, Supplier<InputStream>> generators() {
        return Map.ofEntries(
                Map.entry("all-items-best", () -> bytes(ZiJson.create().writeAssessment(allBest()))),
                Map.entry("utf16-le", () -> new ByteArrayInputStream(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        VALID.getBytes(StandardCharsets.UTF_16LE)))),
                Map.entry("utf16-be", () -> new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_16BE))),
                Map.entry("latin1", () -> new ByteArrayInputStream(
                        VALID.replace("KATALOG-1\"}", "KATALOG-1\", \"name\": \"Unit Kecamatan Cibé\"}")
                                .getBytes(StandardCharsets.ISO_8859_1))),
                Map.entry("nul-byte", () -> spliced(VALID.indexOf("\"year\""), (byte) 0)),
                Map.entry("overlong-utf8", () -> spliced(VALID.indexOf("KATALOG") + 7, (byte) 0xC0, (byte) 0xAF)),
                Map.entry("encoded-surrogate", () -> spliced(VALID.indexOf("KATALOG") + 7, (byte) 0xED, (byte) 0xA0,
                        (byte) 0x80)),
                Map.entry("byte-ff", () -> spliced(VALID.indexOf("KATALOG") + 7, (byte) 0xFF)),
                Map.entry("truncated-multibyte", () -> new ByteArrayInputStream(concat(
                        (HEAD + "\"answers\": {}, \"x\": \"").getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xE2, (byte) 0x82}))),
                Map.entry("hundred-megabytes", () -> new Streamed(HEAD + "\"answers\": {", 100L * 1024 * 1024 / 40,
                        i -> "\"PEM.MP." + (10_000_000 + i) + "\": \"Ya bukan Tidak ya\",", "\"Z\": \"A\"}}")),
                Map.entry("hundred-megabytes-of-spaces", () -> new Streamed(HEAD + "\"answers\": {}", 100L * 1024,
                        i -> " ".repeat(1024), "}")),
                Map.entry("hundred-megabyte-string", () -> new Streamed(NAMED_HEAD, 100L * 1024,
                        i -> "x".repeat(1024), NAMED_TAIL)),
                Map.entry("million-answers", () -> new Streamed(HEAD + "\"answers\": {", 1_000_000,
                        i -> "\"PEM.MP.1.a" + i + "\": \"Ya\",", "\"PEM.MP.1.b\": \"A\"}}")),
                Map.entry("200000-answers", () -> new Streamed(HEAD + "\"answers\": {", 200_000,
                        i -> "\"PEM.MP.1.a" + i + "\": \"Ya\",", "\"PEM.MP.1.b\": \"A\"}}")),
                Map.entry("deep-arrays", () -> new Streamed("", 100_000, i -> "[", "")),
                Map.entry("deep-objects-in-answer", () -> new Streamed(HEAD + "\"answers\": {\"PEM.MP.1.a\": ",
                        100_000, i -> "{\"a\": ", "")),
                Map.entry("long-unit-name", () -> new Streamed(NAMED_HEAD, 2048,
                        i -> "n".repeat(1024), NAMED_TAIL)),
                Map.entry("long-item-id", () -> new Streamed(HEAD + "\"answers\": {\"", 2048,
                        i -> "i".repeat(1024), "\": \"Ya\"}}")),
                Map.entry("long-number", () -> new Streamed(HEAD + "\"answers\": {\"HAS.IPAK\": 3.", 100_000,
                        i -> "7", "}}")),
                Map.entry("many-small-arrays", () -> new Streamed(HEAD + "\"answers\": {}, \"x\": [", 100,
                        i -> (i == 0 ? "" : ",") + "[" + "[],".repeat(999) + "[]]", "]}")),
                Map.entry("nest-70", () -> bytes(VALID.replace("\"answers\"", "\"lampiran\": "
                        + "[".repeat(69) + "]".repeat(69) + ", \"answers\""))),
                Map.entry("number-150-digits", () -> bytes(VALID.replace("\"answers\"",
                        "\"kode\": 1" + "0".repeat(149) + ", \"answers\""))),
                Map.entry("unit-name-2000", () -> bytes(VALID.replace("\"KATALOG-1\"}",
                        "\"KATALOG-1\", \"name\": \"" + "n".repeat(2000) + "\"}"))));
    }

    /** Every item of the instrument answered at its best. */
    Assessment allBest() {
        Assessment.Builder b = Assessment.builder(Unit.of("KATALOG-1"), 2026, Predikat.WBK);
        for (Item it : instrument.items()) {
            b.answer(it.id(), switch (instrument.answerScale(it).kind()) {
                case RATIO -> Answer.ratio(10, 10);
                case DECREASE -> Answer.decrease(10, 0);
                case INDEX -> Answer.index(BigDecimal.valueOf(4));
                default -> Answer.choice(instrument.answerScale(it).labels().get(0));
            });
        }
        return b.build();
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The valid document with {@code inserted} bytes put in at {@code at} (a character index, ASCII text). */
    private static InputStream spliced(int at, byte... inserted) {
        byte[] v = VALID.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(v, 0, at);
        out.writeBytes(inserted);
        out.write(v, at, v.length - at);
        return new ByteArrayInputStream(out.toByteArray());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(a);
            out.write(b);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
