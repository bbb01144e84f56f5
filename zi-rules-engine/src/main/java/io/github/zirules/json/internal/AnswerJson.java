package io.github.zirules.json.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Message;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers in their {@code zi-assessment/1} shapes: a string is a {@link Answer.Choice}, a number an
 * {@link Answer.Index}, {@code {numerator, denominator}} a {@link Answer.Ratio} and {@code {lastYear, thisYear}} a
 * {@link Answer.Decrease}.
 */
public final class AnswerJson {

    /** What an answer may look like. */
    public static final Message EXPECTED = Message.of("JSON_EXPECTED.answer",
            "{\"numerator\": n, \"denominator\": d}", "{\"lastYear\": n, \"thisYear\": m}");
    /** What a count may look like. */
    public static final Message COUNT_EXPECTED = Message.of("JSON_EXPECTED.count", AssessmentValidator.MAX_COUNT);

    private static final Set<String> RATIO = Set.of("numerator", "denominator");
    private static final Set<String> DECREASE = Set.of("lastYear", "thisYear");
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(AssessmentValidator.MAX_COUNT);
    private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);

    private AnswerJson() {
    }

    /**
     * The answer a node holds; null if the node is {@code null} (no answer) or if it is not a valid answer (then a
     * problem has been reported).
     */
    public static Answer read(Node n, String path, Problems problems) {
        return read(n, () -> path, problems);
    }

    /** As {@link #read(Node, String, Problems)}, the path written out only when it is needed. */
    public static Answer read(Node n, Supplier<String> where, Problems problems) {
        if (n instanceof Node.Str s) {
            return new Answer.Choice(s.value());
        } else if (n instanceof Node.Num x) {
            return new Answer.Index(x.value());
        } else if (n instanceof Node.Obj o) {
            String path = where.get();
            Set<String> keys = o.members().keySet();
            if (keys.equals(RATIO)) {
                Long num = count(o, path, "numerator", problems);
                Long den = count(o, path, "denominator", problems);
                return num == null || den == null ? null : new Answer.Ratio(num, den);
            } else if (keys.equals(DECREASE)) {
                Long last = count(o, path, "lastYear", problems);
                Long now = count(o, path, "thisYear", problems);
                return last == null || now == null ? null : new Answer.Decrease(last, now);
            }
            problems.add(problems.at("ANSWER_SHAPE_UNKNOWN", path, o, Message.of("ANSWER_SHAPE_UNKNOWN", keys),
                    Message.of("ANSWER_SHAPE_UNKNOWN.expected")));
            return null;
        } else if (n instanceof Node.Null || n instanceof Node.Bad) {
            return null;
        }
        problems.add(problems.wrongType(where.get(), n, EXPECTED));
        return null;
    }

    private static Long count(Node.Obj o, String parent, String name, Problems problems) {
        Node n = o.members().get(name);
        String path = Fields.path(parent, name);
        if (n instanceof Node.Bad) {
            return null;
        }
        if (!(n instanceof Node.Num num)) {
            problems.add(problems.wrongType(path, n, COUNT_EXPECTED));
            return null;
        }
        BigDecimal v = num.value();
        if (!Fields.isWhole(v)) {
            problems.add(problems.notWhole(path, num, COUNT_EXPECTED));
            return null;
        }
        if (v.compareTo(MAX_COUNT) > 0) {
            problems.add(problems.at("COUNT_TOO_LARGE", path, n, Message.of("COUNT_TOO_LARGE", v.toPlainString()),
                    COUNT_EXPECTED));
            return null;
        }
        if (v.compareTo(MIN_LONG) < 0) {
            problems.add(problems.at("COUNT_NEGATIVE", path, n, Message.of("COUNT_NEGATIVE", v.toPlainString()),
                    COUNT_EXPECTED));
            return null;
        }
        return v.longValueExact();
    }

    /** Writes an answer in its shape. */
    public static void write(JsonWriter w, Answer a) throws IOException {
        if (a instanceof Answer.Choice c) {
            w.value(c.label());
        } else if (a instanceof Answer.Ratio r) {
            w.beginObject().name("numerator").value(r.numerator()).name("denominator").value(r.denominator())
                    .endObject();
        } else if (a instanceof Answer.Decrease d) {
            w.beginObject().name("lastYear").value(d.lastYear()).name("thisYear").value(d.thisYear()).endObject();
        } else {
            w.value(((Answer.Index) a).value());
        }
    }
}
