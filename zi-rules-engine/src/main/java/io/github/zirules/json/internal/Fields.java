package io.github.zirules.json.internal;

import io.github.zirules.api.Message;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Typed access to the members of JSON objects, reporting a missing member or a wrong type as a problem and returning
 * null instead of throwing. A member whose value is {@code null} counts as absent. A value already reported while
 * reading ({@link Node.Bad}) gives null without a further problem.
 */
public final class Fields {

    private final Problems problems;

    /** Access that reports to {@code problems}. */
    public Fields(Problems problems) {
        this.problems = problems;
    }

    /** The problems reported to. */
    public Problems problems() {
        return problems;
    }

    /** The member's value, or null if it is absent or {@code null}. */
    public static Node get(Node.Obj o, String name) {
        Node n = o.members().get(name);
        return n instanceof Node.Null ? null : n;
    }

    /** The path of a plain member. */
    public static String path(String parent, String name) {
        return JsonPath.member(parent, name, false);
    }

    private <T> T typed(Node.Obj o, String parent, String name, boolean required, Message expected,
            Function<Node, T> convert) {
        Node n = get(o, name);
        // The path is written out only for a problem.
        if (n == null) {
            if (required) {
                problems.add(problems.missing(path(parent, name), o, expected));
            }
            return null;
        }
        if (n instanceof Node.Bad) {
            return null;
        }
        T v = convert.apply(n);
        if (v == null) {
            problems.add(problems.wrongType(path(parent, name), n, expected));
        }
        return v;
    }

    /** A member that must be an object. */
    public Node.Obj object(Node.Obj o, String parent, String name, boolean required, Message expected) {
        return typed(o, parent, name, required, expected, n -> n instanceof Node.Obj x ? x : null);
    }

    /** A member that must be an array. */
    public Node.Arr array(Node.Obj o, String parent, String name, boolean required, Message expected) {
        return typed(o, parent, name, required, expected, n -> n instanceof Node.Arr x ? x : null);
    }

    /** A member that must be a string. */
    public String string(Node.Obj o, String parent, String name, boolean required, Message expected) {
        return typed(o, parent, name, required, expected, n -> n instanceof Node.Str s ? s.value() : null);
    }

    /** A member that must be a boolean. */
    public Boolean bool(Node.Obj o, String parent, String name, boolean required) {
        return typed(o, parent, name, required, Message.of("JSON_EXPECTED.bool"),
                n -> n instanceof Node.Bool b ? b.value() : null);
    }

    /** A member that must be a number (exact). */
    public Node.Num number(Node.Obj o, String parent, String name, boolean required, Message expected) {
        return typed(o, parent, name, required, expected, n -> n instanceof Node.Num x ? x : null);
    }

    /** What a score may look like. */
    public static final Message SCORE = Message.of("JSON_EXPECTED.score");
    /** What an item value may look like. */
    public static final Message VALUE = Message.of("JSON_EXPECTED.value");

    /**
     * A number with at most {@code scale} decimals, returned with exactly that scale; null (and a problem) if the
     * node is not a number or has more decimals.
     */
    public BigDecimal scaled(Node n, String path, int scale) {
        if (n instanceof Node.Bad) {
            return null;
        }
        Message expected = scale == 2 ? SCORE : VALUE;
        if (!(n instanceof Node.Num num)) {
            problems.add(problems.wrongType(path, n, expected));
            return null;
        }
        BigDecimal v = num.value();
        if (v.signum() != 0 && v.stripTrailingZeros().scale() > scale) {
            problems.add(problems.at("NUMBER_TOO_PRECISE", path, n, Message.of("NUMBER_TOO_PRECISE",
                    v.toPlainString(), scale), expected));
            return null;
        }
        return v.setScale(scale);
    }

    /** A member that must be a score (at most 2 decimals), returned with exactly 2 decimals. */
    public BigDecimal score(Node.Obj o, String parent, String name, boolean required) {
        return member(o, parent, name, required, 2);
    }

    /** A member that must be a number with at most {@code scale} decimals, returned with exactly that scale. */
    public BigDecimal member(Node.Obj o, String parent, String name, boolean required, int scale) {
        Node n = get(o, name);
        if (n == null) {
            if (required) {
                problems.add(problems.missing(path(parent, name), o, scale == 2 ? SCORE : VALUE));
            }
            return null;
        }
        return scaled(n, path(parent, name), scale);
    }

    /** Whether a number is whole (12 and 12.0 are; 12.5 is not). */
    public static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    /** A node that must be an object, given its path; null (and a problem) if it is not. */
    public Node.Obj asObject(Node n, String path, Message expected) {
        if (n instanceof Node.Obj o) {
            return o;
        }
        if (!(n instanceof Node.Bad)) {
            problems.add(problems.wrongType(path, n, expected));
        }
        return null;
    }
}
