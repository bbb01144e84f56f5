package io.github.zirules.json;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.GradeCheck;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Scores;
import io.github.zirules.api.Unit;
import io.github.zirules.api.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators of structurally valid values (anything the JSON format can represent). */
final class Gens {

    private static final String SPECIALS = "\"\\/'$[]. ";
    private static final byte[] PUNCTUATION = "{}[]\":,0e.-\\ x\u00ff".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);

    private Gens() {
    }

    static long between(RandomnessSource in, long lo, long hi) {
        return in.next(Constraint.between(lo, hi));
    }

    static boolean coin(RandomnessSource in) {
        return between(in, 0, 1) == 1;
    }

    /** Text of well-formed Unicode: ASCII, control characters, Latin, emoji, private use and specials. */
    static String text(RandomnessSource in, int maxLength) {
        int len = (int) between(in, 0, maxLength);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            int cp = switch ((int) between(in, 0, 5)) {
                case 0 -> (int) between(in, 0x20, 0x7E);
                case 1 -> (int) between(in, 0, 0x1F);
                case 2 -> (int) between(in, 0xA0, 0x24F);
                case 3 -> (int) between(in, 0x1F600, 0x1F64F);
                case 4 -> (int) between(in, 0xE000, 0xFFFF);
                default -> SPECIALS.charAt((int) between(in, 0, SPECIALS.length() - 1));
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    static String optionalText(RandomnessSource in, int maxLength) {
        return coin(in) ? text(in, maxLength) : null;
    }

    /** A non-blank id. */
    static String id(RandomnessSource in) {
        return (char) between(in, 'A', 'Z') + text(in, 8);
    }

    static long count(RandomnessSource in) {
        return switch ((int) between(in, 0, 3)) {
            case 0 -> between(in, 0, 100);
            case 1 -> between(in, 0, AssessmentValidator.MAX_COUNT);
            case 2 -> between(in, Long.MIN_VALUE, -1);
            default -> AssessmentValidator.MAX_COUNT;
        };
    }

    static BigDecimal decimal(RandomnessSource in) {
        return BigDecimal.valueOf(between(in, -10_000_000_000L, 10_000_000_000L), (int) between(in, 0, 12));
    }

    static Answer answer(RandomnessSource in) {
        return switch ((int) between(in, 0, 3)) {
            case 0 -> Answer.choice(text(in, 6));
            case 1 -> Answer.ratio(count(in), count(in));
            case 2 -> Answer.decrease(count(in), count(in));
            default -> Answer.index(decimal(in));
        };
    }

    static Map<ItemId, Answer> answers(RandomnessSource in, int max) {
        Map<ItemId, Answer> out = new LinkedHashMap<>();
        long n = between(in, 0, max);
        for (int i = 0; i < n; i++) {
            out.put(ItemId.of(id(in)), answer(in));
        }
        return out;
    }

    static Gen<Assessment> assessments() {
        return in -> {
            Predikat target = coin(in) ? Predikat.WBK : Predikat.WBBM;
            Predikat current = Predikat.values()[(int) between(in, 0, 2)];
            Unit unit = new Unit(text(in, 10), optionalText(in, 10), optionalText(in, 10));
            AgencyFacts agency = coin(in) ? AgencyFacts.NONE : new AgencyFacts(optionalText(in, 4),
                    optionalText(in, 4), optionalText(in, 4), optionalText(in, 4));
            Map<ItemId, List<Evidence>> evidence = new LinkedHashMap<>();
            for (long i = between(in, 0, 3); i > 0; i--) {
                List<Evidence> docs = new ArrayList<>();
                for (long j = between(in, 0, 3); j > 0; j--) {
                    docs.add(new Evidence(text(in, 8), optionalText(in, 8), optionalText(in, 8)));
                }
                evidence.put(ItemId.of(id(in)), docs);
            }
            Map<String, Map<ItemId, Answer>> reviews = new LinkedHashMap<>();
            for (long i = between(in, 0, 2); i > 0; i--) {
                reviews.put(text(in, 4), answers(in, 5));
            }
            int year = (int) between(in, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return new Assessment(optionalText(in, 10), unit, year, target, current, agency, answers(in, 15),
                    evidence, reviews);
        };
    }

    static BigDecimal score(RandomnessSource in) {
        return BigDecimal.valueOf(between(in, -100_000, 100_000), 2);
    }

    static Gen<Result> results() {
        return in -> {
            Map<String, BigDecimal> areas = new LinkedHashMap<>();
            for (String a : List.of("MP", "TT", "SDM", "AK", "PW", "PP")) {
                if (coin(in)) {
                    areas.put(a, score(in));
                }
            }
            Map<String, BigDecimal> parts = new LinkedHashMap<>();
            Map<String, BigDecimal> indicators = new LinkedHashMap<>();
            for (long i = between(in, 0, 5); i > 0; i--) {
                parts.put(text(in, 6), score(in));
                indicators.put(text(in, 6), score(in));
            }
            Scores scores = new Scores(score(in), score(in), score(in), score(in), areas, parts, score(in),
                    score(in), score(in), score(in), score(in), indicators);
            List<Check> checks = new ArrayList<>();
            for (long i = between(in, 0, 5); i > 0; i--) {
                boolean passed = coin(in);
                checks.add(coin(in)
                        ? new ScoreCheck(text(in, 6), score(in), score(in), passed, passed ? null : score(in),
                                text(in, 10))
                        : new GradeCheck(text(in, 6), text(in, 3), text(in, 3), passed, text(in, 10)));
            }
            boolean eligible = checks.stream().allMatch(Check::passed);
            List<Problem> warnings = new ArrayList<>();
            for (long i = between(in, 0, 3); i > 0; i--) {
                String expected = optionalText(in, 8);
                warnings.add(new Problem(coin(in) ? Problem.Severity.WARNING : Problem.Severity.ERROR, id(in),
                        text(in, 8), Message.texts(text(in, 8), text(in, 8)), expected == null ? null
                        : Message.texts(coin(in) ? text(in, 8) : expected, expected)));
            }
            List<ItemScore> items = new ArrayList<>();
            for (long i = between(in, 0, 6); i > 0; i--) {
                items.add(new ItemScore(ItemId.of(id(in)), coin(in) ? answer(in) : null,
                        BigDecimal.valueOf(between(in, 0, 10_000), 4), text(in, 6), score(in), text(in, 8)));
            }
            RuleSetInfo rs = new RuleSetInfo(text(in, 8), text(in, 4), text(in, 8), optionalText(in, 8),
                    optionalText(in, 8), optionalText(in, 8), coin(in), coin(in) ? List.of() : List.of(text(in, 5)));
            Unit unit = new Unit(text(in, 8), optionalText(in, 8), optionalText(in, 8));
            return new Result(rs, unit, (int) between(in, Integer.MIN_VALUE, Integer.MAX_VALUE), scores,
                    new Verdict(Predikat.values()[(int) between(in, 0, 2)], eligible, checks), warnings, items);
        };
    }

    /** Bytes: random, or a random mix of JSON punctuation, words and multi-byte fragments. */
    static Gen<byte[]> jsonishBytes() {
        String[] tokens = {"{", "}", "[", "]", "\"", ":", ",", " ", "\n", "0", "-1", "12.5", "1e400", "NaN",
            "true", "null", "\"format\"", "\"zi-assessment/1\"", "\"answers\"", "\"unit\"", "\"id\"", "\\",
            "\\u", "\u00e9", "\uD83D\uDE00", "Infinity", "\"year\"", "2026", "\"target\"", "\"WBK\""};
        return in -> {
            int len = (int) between(in, 0, 200);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            boolean raw = coin(in);
            for (int i = 0; i < len; i++) {
                if (raw || between(in, 0, 9) == 0) {
                    out.write((int) between(in, 0, 255));
                } else {
                    out.writeBytes(tokens[(int) between(in, 0, tokens.length - 1)]
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return out.toByteArray();
        };
    }

    /** A valid document, mutated 1 to 6 times: bytes deleted, inserted, replaced, repeated, or cut off. */
    static Gen<byte[]> mutated(List<byte[]> documents) {
        return in -> {
            byte[] doc = documents.get((int) between(in, 0, documents.size() - 1));
            List<Byte> b = new ArrayList<>();
            for (byte x : doc) {
                b.add(x);
            }
            for (long m = between(in, 1, 6); m > 0 && !b.isEmpty(); m--) {
                int at = (int) between(in, 0, b.size() - 1);
                int span = (int) Math.min(b.size() - at, between(in, 1, 40));
                switch ((int) between(in, 0, 4)) {
                    case 0 -> b.subList(at, at + span).clear();
                    case 1 -> b.add(at, (byte) between(in, 0, 255));
                    case 2 -> b.set(at, PUNCTUATION[(int) between(in, 0, PUNCTUATION.length - 1)]);
                    case 3 -> b.addAll(at, new ArrayList<>(b.subList(at, at + span)));
                    default -> b.subList(at, b.size()).clear();
                }
            }
            byte[] out = new byte[b.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = b.get(i);
            }
            return out;
        };
    }
}
