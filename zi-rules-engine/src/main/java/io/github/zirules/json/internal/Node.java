package io.github.zirules.json.internal;

import io.github.zirules.api.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as read, with the line and column where it starts (1-based). Numbers are kept exact, as the decimal
 * text they were written with. {@link Bad} stands for a value that was already reported as a problem while reading
 * (a {@code NaN}, a number too long), so that mapping it does not report it again.
 */
public sealed interface Node permits Node.Obj, Node.Arr, Node.Str, Node.Num, Node.Bool, Node.Null, Node.Bad {

    /** The line where the value starts. */
    int line();

    /** The column where the value starts. */
    int column();

    /** An object; members in document order, the first of duplicate names kept. */
    record Obj(Map<String, Node> members, int line, int column) implements Node {
    }

    /** An array. */
    record Arr(List<Node> elements, int line, int column) implements Node {
    }

    /** A string. */
    record Str(String value, int line, int column) implements Node {
    }

    /** A finite number, exact. */
    record Num(BigDecimal value, int line, int column) implements Node {
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value, int line, int column) implements Node {
    }

    /** {@code null}. */
    record Null(int line, int column) implements Node {
    }

    /** A value already reported as a problem. */
    record Bad(int line, int column) implements Node {
    }

    /** What kind of JSON value a node is, in Bahasa Indonesia and English, for messages. */
    static Message kind(Node n) {
        if (n instanceof Obj) {
            return Message.of("json.kind.object");
        } else if (n instanceof Arr) {
            return Message.of("json.kind.array");
        } else if (n instanceof Str) {
            return Message.of("json.kind.string");
        } else if (n instanceof Num) {
            return Message.of("json.kind.number");
        } else if (n instanceof Bool) {
            return Message.of("json.kind.boolean");
        } else if (n instanceof Null) {
            return Message.of("json.kind.null");
        }
        return Message.of("json.kind.invalid");
    }
}
