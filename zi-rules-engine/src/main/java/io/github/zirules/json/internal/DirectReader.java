package io.github.zirules.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import io.github.zirules.json.JsonLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plain, valid {@code zi-assessment/1} document straight from Jackson's parser into an {@link Assessment},
 * with no tree: the fast path of reading a file. It gives up (returns null) at the first thing that is not plainly
 * right: a problem of any kind (syntax, a limit, a byte that is not UTF-8, a duplicate name, a missing member, a wrong
 * type, a number too long or not finite, too many members), an unknown member, or a {@code null}. The caller then
 * reads the same bytes again with {@link TreeReader} and {@link AssessmentMapper}, which find and word every problem;
 * so the problems, their messages and their locations come from one reader only, and a document read here is the
 * assessment that the tree reader would give, equal in every map and its order.
 */
public final class DirectReader {

    /** Thrown inside to give up; never leaves this class. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("not a plain document", null, false, false);
        }
    }

    private static final List<String> UNIT = List.of("id", "name", "agency");
    private static final List<String> DOCUMENT = List.of("title", "uri", "sha256");
    private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(AssessmentValidator.MAX_COUNT);
    private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);

    private final JsonParser p;
    private final JsonLimits limits;

    private DirectReader(JsonParser p, JsonLimits limits) {
        this.p = p;
        this.limits = limits;
    }

    /**
     * The assessment the document holds, or null if it is not plainly right (then read it with the tree reader).
     *
     * @param factory the parser factory, configured with the limits (as for {@link TreeReader})
     * @param limits the limits
     * @param bytes the whole document
     */
    public static @Nullable Assessment read(JsonFactory factory, JsonLimits limits, byte[] bytes) {
        try (JsonParser parser = factory.createParser(new GuardedInput(new ByteArrayInputStream(bytes)))) {
            DirectReader r = new DirectReader(parser, limits);
            r.next(JsonToken.START_OBJECT);
            Assessment a = r.assessment();
            return parser.nextToken() == null ? a : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static GiveUp giveUp() {
        return GiveUp.INSTANCE;
    }

    private void next(JsonToken expected) throws IOException {
        if (p.nextToken() != expected) {
            throw giveUp();
        }
    }

    /** The next member's name, or null at the object's end; counts it against the limit. */
    private @Nullable String member(int[] count) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        if (t != JsonToken.FIELD_NAME || ++count[0] > limits.maxAnswers()) {
            throw giveUp();
        }
        return p.currentName();
    }

    /** Marks a fixed member as seen; a second one gives up (a duplicate name is a problem). */
    private static int once(int seen, int bit) {
        if ((seen & bit) != 0) {
            throw giveUp();
        }
        return seen | bit;
    }

    private String string() throws IOException {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw giveUp();
        }
        return p.getText();
    }

    /** The number at the current token, as the tree reader keeps it. */
    private BigDecimal number(JsonToken t) throws IOException {
        if ((t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) || p.isNaN()) {
            throw giveUp();
        }
        BigDecimal v = new BigDecimal(p.getText());
        if (TreeReader.plainLength(v) > limits.maxNumberLength()) {
            throw giveUp();
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private Assessment assessment() throws IOException {
        int[] count = {0};
        int seen = 0;
        String format = null;
        String ruleSet = null;
        Unit unit = null;
        BigDecimal year = null;
        String target = null;
        String current = null;
        AgencyFacts agency = AgencyFacts.NONE;
        Map<String, AgencyFacts.Value> facts = null;
        Map<ItemId, Answer> answers = null;
        Map<ItemId, List<Evidence>> evidence = new LinkedHashMap<>();
        Map<String, Map<ItemId, Answer>> reviews = new LinkedHashMap<>();
        String name;
        while ((name = member(count)) != null) {
            switch (name) {
                case "format" -> {
                    seen = once(seen, 1);
                    format = string();
                }
                case "ruleset" -> {
                    seen = once(seen, 2);
                    ruleSet = string();
                }
                case "unit" -> {
                    seen = once(seen, 4);
                    unit = unit();
                }
                case "year" -> {
                    seen = once(seen, 8);
                    year = number(p.nextToken());
                }
                case "target" -> {
                    seen = once(seen, 16);
                    target = string();
                }
                case "currentPredicate" -> {
                    seen = once(seen, 32);
                    current = string();
                }
                case "agency" -> {
                    seen = once(seen, 64);
                    agency = agency();
                }
                case "facts" -> {
                    seen = once(seen, 128);
                    facts = facts();
                }
                case "answers" -> {
                    seen = once(seen, 256);
                    next(JsonToken.START_OBJECT);
                    answers = answers();
                }
                case "evidence" -> {
                    seen = once(seen, 512);
                    evidence = evidence();
                }
                case "reviews" -> {
                    seen = once(seen, 1024);
                    reviews = reviews();
                }
                default -> throw giveUp();
            }
        }
        if (!AssessmentMapper.FORMAT.equals(format) || unit == null || answers == null || year == null
                || !Fields.isWhole(year) || year.compareTo(MIN_INT) < 0 || year.compareTo(MAX_INT) > 0
                || !("WBK".equals(target) || "WBBM".equals(target))
                || !(current == null || current.equals("NONE") || current.equals("WBK") || current.equals("WBBM"))) {
            throw giveUp();
        }
        if (facts != null) {
            Map<String, AgencyFacts.Value> values = new LinkedHashMap<>(agency.values());
            values.putAll(facts);
            agency = new AgencyFacts(values);
        }
        return new Assessment(ruleSet, unit, year.intValueExact(), Predikat.valueOf(target),
                current == null ? null : Predikat.valueOf(current), agency, answers, evidence, reviews);
    }

    /**
     * An object whose members are all strings named in {@code names}, each at most once: their values by the names'
     * order, null where absent. Its start is already read.
     */
    private String[] strings(List<String> names) throws IOException {
        int[] count = {0};
        String[] values = new String[names.size()];
        String name;
        while ((name = member(count)) != null) {
            int i = names.indexOf(name);
            if (i < 0 || values[i] != null) {
                throw giveUp();
            }
            values[i] = string();
        }
        return values;
    }

    private Unit unit() throws IOException {
        next(JsonToken.START_OBJECT);
        String[] v = strings(UNIT);
        if (v[0] == null) {
            throw giveUp();
        }
        return new Unit(v[0], v[1], v[2]);
    }

    private AgencyFacts agency() throws IOException {
        next(JsonToken.START_OBJECT);
        String[] v = strings(AgencyFacts.REGULATION_FACTS);
        return new AgencyFacts(v[0], v[1], v[2], v[3]);
    }

    private Map<String, AgencyFacts.Value> facts() throws IOException {
        next(JsonToken.START_OBJECT);
        int[] count = {0};
        Map<String, AgencyFacts.Value> out = new LinkedHashMap<>();
        String name;
        while ((name = member(count)) != null) {
            if (AgencyFacts.REGULATION_FACTS.contains(name)) {
                throw giveUp();
            }
            JsonToken t = p.nextToken();
            AgencyFacts.Value v = switch (t) {
                case VALUE_STRING -> new AgencyFacts.Text(p.getText());
                case VALUE_TRUE -> new AgencyFacts.YesNo(true);
                case VALUE_FALSE -> new AgencyFacts.YesNo(false);
                default -> new AgencyFacts.Numeric(number(t));
            };
            if (out.put(name, v) != null) {
                throw giveUp();
            }
        }
        return out;
    }

    /** The members of an answer set, its start already read. */
    private Map<ItemId, Answer> answers() throws IOException {
        int[] count = {0};
        Map<ItemId, Answer> out = new LinkedHashMap<>();
        String id;
        while ((id = member(count)) != null) {
            if (id.isBlank() || out.put(ItemId.of(id), answer()) != null) {
                throw giveUp();
            }
        }
        return out;
    }

    private Answer answer() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_STRING) {
            return new Answer.Choice(p.getText());
        }
        if (t != JsonToken.START_OBJECT) {
            return new Answer.Index(number(t));
        }
        int[] count = {0};
        String first = member(count);
        Long a = first == null ? null : count();
        String second = first == null ? null : member(count);
        Long b = second == null ? null : count();
        if (second == null || member(count) != null) {
            throw giveUp();
        }
        if (first.equals("numerator") && second.equals("denominator")) {
            return new Answer.Ratio(a, b);
        } else if (first.equals("denominator") && second.equals("numerator")) {
            return new Answer.Ratio(b, a);
        } else if (first.equals("lastYear") && second.equals("thisYear")) {
            return new Answer.Decrease(a, b);
        } else if (first.equals("thisYear") && second.equals("lastYear")) {
            return new Answer.Decrease(b, a);
        }
        throw giveUp();
    }

    /** A count of a ratio or decrease, as {@link AnswerJson} accepts it. */
    private long count() throws IOException {
        BigDecimal v = number(p.nextToken());
        if (!Fields.isWhole(v) || v.compareTo(MAX_COUNT) > 0 || v.compareTo(MIN_LONG) < 0) {
            throw giveUp();
        }
        return v.longValueExact();
    }

    private Map<ItemId, List<Evidence>> evidence() throws IOException {
        next(JsonToken.START_OBJECT);
        int[] count = {0};
        Map<ItemId, List<Evidence>> out = new LinkedHashMap<>();
        String id;
        while ((id = member(count)) != null) {
            if (id.isBlank()) {
                throw giveUp();
            }
            next(JsonToken.START_ARRAY);
            List<Evidence> list = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                if (list.size() >= limits.maxAnswers()) {
                    throw giveUp();
                }
                list.add(document());
            }
            if (t != JsonToken.END_ARRAY || out.put(ItemId.of(id), list) != null) {
                throw giveUp();
            }
        }
        return out;
    }

    /** A document of the evidence, its start already read. */
    private Evidence document() throws IOException {
        String[] v = strings(DOCUMENT);
        if (v[0] == null) {
            throw giveUp();
        }
        return new Evidence(v[0], v[1], v[2]);
    }

    private Map<String, Map<ItemId, Answer>> reviews() throws IOException {
        next(JsonToken.START_OBJECT);
        int[] count = {0};
        Map<String, Map<ItemId, Answer>> out = new LinkedHashMap<>();
        String role;
        while ((role = member(count)) != null) {
            next(JsonToken.START_OBJECT);
            if (out.put(role, answers()) != null) {
                throw giveUp();
            }
        }
        return out;
    }
}
