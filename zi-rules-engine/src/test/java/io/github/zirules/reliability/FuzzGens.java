package io.github.zirules.reliability;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators of hostile input for {@link FuzzTest}. */
final class FuzzGens {

    /** Fragments the parser must get past before random bytes hurt: structure, numbers, strings, traps. */
    static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "false",
            "NaN", "Infinity", "-Infinity", "1e400", "1e-400", "-1", "2.5", "1e12", "-0", "0x10", "+1",
            "\"\\u0000\"", "\"\\ud800\"", "\"ya \"", "\"Ya\"", "\"Tidak\"", "\"B\"",
            "{\"numerator\": -1, \"denominator\": 0}",
            "{\"lastYear\": 1}", "\"PEM.MP.1.a\": \"Ya\",", "\"HAS.IPAK\": 4.0000000001,", "\"answers\": {},",
            "\"format\": \"zi-assessment/1\",", "[[[[[[[[[[[[[[[[", "\uFEFF", "\u00e9", "//", "/*", "\t\n");
    private static final byte[][] RAW = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xFF}, {0}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    private FuzzGens() {
    }

    static int between(RandomnessSource in, int lo, int hi) {
        return (int) in.next(Constraint.between(lo, hi));
    }

    /** Random bytes, mostly made of JSON-ish fragments so the reader gets deep, with raw bytes between. */
    static Gen<byte[]> randomBytes() {
        return in -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int parts = between(in, 0, 60);
            for (int i = 0; i < parts; i++) {
                switch (between(in, 0, 3)) {
                    case 0 -> out.writeBytes(TOKENS.get(between(in, 0, TOKENS.size() - 1))
                            .getBytes(StandardCharsets.UTF_8));
                    case 1 -> out.writeBytes(RAW[between(in, 0, RAW.length - 1)]);
                    default -> {
                        int n = between(in, 1, 8);
                        for (int k = 0; k < n; k++) {
                            out.write(between(in, 0, 255));
                        }
                    }
                }
            }
            return out.toByteArray();
        };
    }

    /** One of {@code docs} with 1 to 4 mutations: byte flips, truncations, hostile insertions, cuts, copies. */
    static Gen<byte[]> mutated(List<byte[]> docs) {
        return in -> {
            byte[] d = docs.get(between(in, 0, docs.size() - 1)).clone();
            int mutations = between(in, 1, 4);
            for (int m = 0; m < mutations && d.length > 0; m++) {
                int at = between(in, 0, d.length - 1);
                d = switch (between(in, 0, 4)) {
                    case 0 -> flip(d, at, between(in, 0, 255));
                    case 1 -> java.util.Arrays.copyOf(d, at);
                    case 2 -> splice(d, at, at, TOKENS.get(between(in, 0, TOKENS.size() - 1))
                            .getBytes(StandardCharsets.UTF_8));
                    case 3 -> splice(d, at, Math.min(d.length, at + between(in, 1, 40)), new byte[0]);
                    default -> splice(d, at, at, java.util.Arrays.copyOfRange(d, at,
                            Math.min(d.length, at + between(in, 1, 200))));
                };
            }
            return d;
        };
    }

    private static byte[] flip(byte[] d, int at, int value) {
        d[at] = (byte) value;
        return d;
    }

    private static byte[] splice(byte[] d, int from, int to, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(d, 0, from);
        out.writeBytes(with);
        out.write(d, to, d.length - to);
        return out.toByteArray();
    }

    /** A varied assessment with 1 to 5 mistakes that the Java types allow but the instrument does not. */
    static Gen<Assessment> wrongAssessments(Varied varied, Instrument instrument) {
        List<Item> items = instrument.items();
        return in -> {
            Assessment a = varied.of(between(in, 0, 1_000_000));
            Map<ItemId, Answer> answers = new LinkedHashMap<>(a.answers());
            Map<ItemId, List<Evidence>> evidence = new LinkedHashMap<>(a.evidence());
            Map<String, Map<ItemId, Answer>> reviews = new LinkedHashMap<>(a.reviews());
            Unit unit = a.unit();
            int year = a.year();
            Predikat target = a.target();
            AgencyFacts agency = a.agency();
            int mistakes = between(in, 1, 5);
            for (int m = 0; m < mistakes; m++) {
                ItemId id = items.get(between(in, 0, items.size() - 1)).id();
                switch (between(in, 0, 12)) {
                    case 0 -> answers.put(ItemId.of(id.value() + (char) between(in, 'a', 'z')), Answer.choice("Ya"));
                    case 1 -> answers.put(id, Answer.choice(List.of("Mungkin", "Z", "", " ", "Ya Tidak", "AA")
                            .get(between(in, 0, 5))));
                    case 2 -> answers.put(id, Answer.ratio(between(in, -5, -1), between(in, 0, 10)));
                    case 3 -> answers.put(id, Answer.decrease(5_000_000_000L, between(in, 0, 10)));
                    case 4 -> answers.put(id, Answer.index(new BigDecimal(List.of("-0.01", "4.01", "1e3",
                            "3.12345678901", "-1e-20", "99").get(between(in, 0, 5)))));
                    case 5 -> answers.put(id, List.of(Answer.choice("ya "), Answer.index(BigDecimal.ONE),
                            Answer.ratio(1, 1), Answer.decrease(1, 0)).get(between(in, 0, 3)));
                    case 6 -> unit = Unit.of(List.of(" ", "\t", "\u00a0").get(between(in, 0, 2)));
                    case 7 -> year = List.of(1999, 2101, -1, Integer.MAX_VALUE, 0).get(between(in, 0, 4));
                    case 8 -> target = Predikat.NONE;
                    case 9 -> evidence.put(id, List.of(new Evidence(" ", null, List.of("xyz", "A".repeat(63),
                            "g".repeat(64)).get(between(in, 0, 2)))));
                    case 10 -> agency = new AgencyFacts("WTP+", "a", "Z", "KEMENTERIAN");
                    case 11 -> reviews.put(List.of("TPI", " ", "").get(between(in, 0, 2)),
                            Map.of(ItemId.of("REF.XX." + between(in, 1, 9)), Answer.choice("A")));
                    default -> answers.remove(id);
                }
            }
            return new Assessment(a.ruleSet(), unit, year, target, a.currentPredicate(), agency, answers, evidence,
                    reviews);
        };
    }
}
