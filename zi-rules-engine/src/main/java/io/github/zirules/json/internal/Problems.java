package io.github.zirules.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.json.JsonLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of reading one JSON document, and the factory of each kind, every message in Bahasa Indonesia and
 * English. Problems of the document as text (syntax, encoding, limits) are located at {@code source:line:column};
 * problems of its content at a JSON path, with {@code source:line:column} in the message.
 *
 * <p>At most {@value #MAX_LISTED} problems are kept; the rest are counted and listed as one last problem
 * ({@code PROBLEMS_OMITTED}: "and N more"), so that no document, however many faults it repeats, makes a list (or a
 * response, or a terminal's worth of output) larger than its own limits allow.
 */
public final class Problems {

    private static final Message OBJECT_EXPECTED = Message.of("JSON_EXPECTED.object");

    /** The most problems listed for one document; the rest are counted in one last problem. */
    public static final int MAX_LISTED = 100;

    private final String source;
    private final List<Problem> list = new ArrayList<>();
    private int omitted;
    private boolean omittedErrors;

    /** Problems of the document {@code source}. */
    public Problems(String source) {
        this.source = source;
    }

    /** The source name. */
    public String source() {
        return source;
    }

    /** Adds a problem, or counts it once {@value #MAX_LISTED} are listed; returns its index, -1 if only counted. */
    public int add(Problem p) {
        if (list.size() < MAX_LISTED) {
            list.add(p);
            return list.size() - 1;
        }
        omitted++;
        omittedErrors |= p.severity() == Problem.Severity.ERROR;
        return -1;
    }

    /** Adds every problem. */
    public void addAll(List<Problem> ps) {
        ps.forEach(this::add);
    }

    /** Replaces the problem at {@code index} (as {@link #add} returned it; nothing if -1) by a fuller one. */
    void replace(int index, Problem p) {
        if (index >= 0) {
            list.set(index, p);
        }
    }

    /** The problems so far, in the order found: the first {@value #MAX_LISTED}, then how many more there were. */
    public List<Problem> list() {
        if (omitted == 0) {
            return List.copyOf(list);
        }
        List<Problem> all = new ArrayList<>(list);
        all.add(new Problem(omittedErrors ? Problem.Severity.ERROR : Problem.Severity.WARNING, "PROBLEMS_OMITTED",
                source, Message.of("PROBLEMS_OMITTED", omitted, MAX_LISTED), Message.of("PROBLEMS_OMITTED.expected")));
        return List.copyOf(all);
    }

    /** Whether an error was found, listed or not. */
    public boolean hasErrors() {
        return omittedErrors || list.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** {@code source:line:column}. */
    public String position(long line, long column) {
        return source + ":" + line + ":" + column;
    }

    private String position(JsonLocation at) {
        return at == null ? source : position(at.getLineNr(), at.getColumnNr());
    }

    /** A problem at a JSON path, its message followed by where in the source it is. */
    public Problem at(String code, String path, Node node, Message message, Message expected) {
        String pos = node == null ? source : position(node.line(), node.column());
        return Problem.error(code, path, Message.of("at", message, pos), expected);
    }

    Problem refusal(GuardedInput.Refusal r) {
        return notUtf8(position(r.line, r.column), r.detail);
    }

    private Problem notUtf8(String at, String detail) {
        return Problem.error("JSON_NOT_UTF8", at, Message.of("JSON_NOT_UTF8", detail),
                Message.of("JSON_NOT_UTF8.expected"));
    }

    Problem limit(String message, JsonLocation loc, JsonLimits limits) {
        String at = position(loc);
        String m = message == null ? "" : message;
        if (m.startsWith("Document length")) {
            long n = limits.maxDocumentBytes();
            return Problem.error("JSON_TOO_LARGE", at, Message.of("JSON_TOO_LARGE", n),
                    Message.of("JSON_TOO_LARGE.expected", n));
        } else if (m.startsWith("Token count")) {
            long n = limits.maxTokens();
            return Problem.error("JSON_TOO_MANY_TOKENS", at, Message.of("JSON_TOO_MANY_TOKENS", n),
                    Message.of("JSON_TOO_MANY_TOKENS.expected", n));
        } else if (m.startsWith("Document nesting depth")) {
            int d = limits.maxNestingDepth();
            return Problem.error("JSON_TOO_DEEP", at, Message.of("JSON_TOO_DEEP", d),
                    Message.of("JSON_TOO_DEEP.expected", d));
        } else if (m.startsWith("Number value length")) {
            int n = limits.maxNumberLength();
            return Problem.error("JSON_NUMBER_TOO_LONG", at, Message.of("JSON_NUMBER_TOO_LONG", n),
                    Message.of("JSON_NUMBER_TOO_LONG.expected", n));
        } else if (m.startsWith("String value length") || m.startsWith("Name length")) {
            int n = limits.maxStringLength();
            return Problem.error("JSON_STRING_TOO_LONG", at, Message.of("JSON_STRING_TOO_LONG", n),
                    Message.of("JSON_STRING_TOO_LONG.expected", n));
        }
        return Problem.error("JSON_TOO_LARGE", at, Message.of("JSON_TOO_LARGE.2", m),
                Message.of("JSON_TOO_LARGE.2.expected"));
    }

    Problem truncated(JsonLocation loc) {
        return Problem.error("JSON_TRUNCATED", position(loc), Message.of("JSON_TRUNCATED"),
                Message.of("JSON_TRUNCATED.expected"));
    }

    Problem syntax(String message, JsonLocation loc) {
        String m = clean(message);
        if (m.contains("end-of-input")) {
            return truncated(loc);
        }
        if (m.contains("Invalid UTF-8")) {
            return notUtf8(position(loc), m);
        }
        return Problem.error("JSON_SYNTAX", position(loc), Message.of("JSON_SYNTAX", m),
                Message.of("JSON_SYNTAX.expected"));
    }

    /** Drops the parser's redacted source reference from its message. */
    private static String clean(String message) {
        if (message == null) {
            return "unreadable input";
        }
        return message.replaceAll("\\[Source: [^;\\]]*; ", "[");
    }

    Problem readFailed(IOException e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return Problem.error("JSON_READ_FAILED", source, Message.of("JSON_READ_FAILED", what),
                Message.of("JSON_READ_FAILED.expected"));
    }

    Problem unreadable(RuntimeException e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return Problem.error("JSON_UNREADABLE", source, Message.of("JSON_UNREADABLE.2", what),
                Message.of("JSON_UNREADABLE.2.expected"));
    }

    /**
     * A name given {@code times} times in one object, reported once for all of them: where it came again first
     * ({@code line}:{@code column}) and where it was first given.
     */
    Problem duplicate(String path, String name, int line, int column, int firstLine, int times) {
        String pos = position(line, column);
        Message count = times == 2 ? Message.of("json.twice") : Message.of("json.times", times);
        return Problem.error("JSON_DUPLICATE_KEY", path, Message.of("JSON_DUPLICATE_KEY", name, count, pos,
                firstLine), Message.of("JSON_DUPLICATE_KEY.expected"));
    }

    Problem tooManyEntries(String path, int line, int column, int max, boolean object) {
        String pos = position(line, column);
        Message what = Message.of(object ? "json.too-many.object" : "json.too-many.array", max);
        return Problem.error("JSON_TOO_MANY_ENTRIES", path, Message.of("JSON_TOO_MANY_ENTRIES", what, pos),
                Message.of("JSON_TOO_MANY_ENTRIES.expected", max));
    }

    Problem notFinite(String path, String text, int line, int column) {
        String pos = position(line, column);
        return Problem.error("JSON_NUMBER_NOT_FINITE", path, Message.of("JSON_NUMBER_NOT_FINITE", text, pos),
                Message.of("JSON_NUMBER_NOT_FINITE.expected"));
    }

    Problem numberTooLong(String path, String text, long plain, int max, int line, int column) {
        String pos = position(line, column);
        String t = text.length() > 24 ? text.substring(0, 20) + "…" : text;
        Object digits = plain == Long.MAX_VALUE ? Message.of("json.astronomical") : plain;
        return Problem.error("JSON_NUMBER_TOO_LONG", path, Message.of("JSON_NUMBER_TOO_LONG.2", t, digits, max, pos),
                Message.of("JSON_NUMBER_TOO_LONG.2.expected", max));
    }

    /** A value of the wrong JSON type. */
    public Problem wrongType(String path, Node node, Message expected) {
        return at("JSON_WRONG_TYPE", path, node, Message.of("JSON_WRONG_TYPE", Node.kind(node)), expected);
    }

    /** A required member that is missing (or null). */
    public Problem missing(String path, Node parent, Message expected) {
        return at("JSON_FIELD_MISSING", path, parent, Message.of("JSON_FIELD_MISSING"), expected);
    }

    /** The root, or a value that must be an object, is not one. */
    public Problem notObject(String path, Node node) {
        return wrongType(path, node, OBJECT_EXPECTED);
    }

    /** A number that must be whole has a fraction. */
    public Problem notWhole(String path, Node.Num n, Message expected) {
        return at("JSON_NOT_WHOLE_NUMBER", path, n, Message.of("JSON_NOT_WHOLE_NUMBER", n.value().toPlainString()),
                expected);
    }
}
