package io.github.zirules.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads one JSON document into a {@link Node} tree with Jackson's streaming parser, enforcing the {@link JsonLimits}
 * and collecting problems instead of throwing.
 *
 * <p>Problems that leave the rest of the document readable (a duplicate name, an object with too many members, a
 * {@code NaN}, a number too long written out) are collected and reading goes on, so that all of them are reported; a
 * name repeated in one object is one problem however often it comes, with the count.
 * Problems that stop the parser (malformed JSON, a document too large, too deep, not UTF-8) end the read: the tree
 * is then not returned, since a partial tree would only produce misleading follow-up problems.
 *
 * <p>Jackson's parser enforces the size, depth, length and token limits ({@link JsonLimits}); recursion is bounded
 * by {@link JsonLimits#maxNestingDepth()}, which the parser enforces before a deeper value is entered, and memory by
 * {@link JsonLimits#maxTokens()}. This reader counts only what Jackson cannot: the members of one object or elements
 * of one array ({@link JsonLimits#maxAnswers()}) and a number's length in plain decimal form.
 */
public final class TreeReader {

    /**
     * The outcome of a read: the tree (null after a problem that stopped the parser) and the problems, to which the
     * mapping of the tree adds its own (one list, capped at {@link Problems#MAX_LISTED}, per document).
     */
    public record Outcome(Node root, Problems problems) {
    }

    private final JsonFactory factory;
    private final JsonLimits limits;
    private final Problems problems;
    private final Predicate<List<String>> bracketChildren;
    private final List<String> keys = new ArrayList<>();
    /**
     * Where the value being read is, one step per level below the root: a member's name (written {@code ['name']}
     * when {@link #brackets} says so) or an element's index (when the name is null). The path is written out only for
     * a problem.
     */
    private final List<String> names = new ArrayList<>();
    private final List<Boolean> brackets = new ArrayList<>();
    private final List<Integer> indexes = new ArrayList<>();
    private JsonParser p;

    /**
     * A reader for one document.
     *
     * @param factory the parser factory, configured with the limits
     * @param limits the limits
     * @param source the source name for locations
     * @param bracketChildren given the member names leading to an object (outermost first), whether the names of its
     *     members are ids to write as {@code ['id']} in paths (answers by item id, review sets by role)
     */
    public TreeReader(JsonFactory factory, JsonLimits limits, String source, Predicate<List<String>> bracketChildren) {
        this.factory = factory;
        this.limits = limits;
        this.problems = new Problems(source);
        this.bracketChildren = bracketChildren;
    }

    /** Reads the document; never throws. Does not close {@code in}. */
    public Outcome read(InputStream in) {
        GuardedInput guarded = new GuardedInput(in);
        try (JsonParser parser = factory.createParser(guarded)) {
            p = parser;
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(Problem.error("JSON_EMPTY", problems.source() + ":1:1", Message.of("JSON_EMPTY"),
                        Message.of("JSON_EMPTY.expected")));
                return new Outcome(null, problems);
            }
            Node root = value(first, true);
            JsonToken after = p.nextToken();
            if (after != null) {
                JsonLocation at = p.currentTokenLocation();
                problems.add(Problem.error("JSON_SYNTAX", problems.position(at.getLineNr(), at.getColumnNr()),
                        Message.of("JSON_SYNTAX.2"), Message.of("JSON_SYNTAX.2.expected")));
                return new Outcome(null, problems);
            }
            return new Outcome(root, problems);
        } catch (GuardedInput.Refusal e) {
            problems.add(problems.refusal(e));
        } catch (StreamConstraintsException e) {
            problems.add(problems.limit(e.getOriginalMessage(), where(e), limits));
        } catch (JsonEOFException e) {
            problems.add(problems.truncated(where(e)));
        } catch (JsonProcessingException e) {
            problems.add(problems.syntax(e.getOriginalMessage(), where(e)));
        } catch (IOException e) {
            problems.add(problems.readFailed(e));
        } catch (RuntimeException e) {
            problems.add(problems.unreadable(e));
        }
        return new Outcome(null, problems);
    }

    private JsonLocation where(JsonProcessingException e) {
        if (e.getLocation() != null) {
            return e.getLocation();
        }
        return p == null ? null : p.currentTokenLocation();
    }

    /** The JSON path of the value being read. */
    private String path() {
        String path = JsonPath.ROOT;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            path = name == null ? JsonPath.index(path, indexes.get(i)) : JsonPath.member(path, name, brackets.get(i));
        }
        return path;
    }

    private void enter(String name, boolean bracket, int index) {
        names.add(name);
        brackets.add(bracket);
        indexes.add(index);
    }

    private void leave() {
        int last = names.size() - 1;
        names.remove(last);
        brackets.remove(last);
        indexes.remove(last);
    }

    private Node value(JsonToken t, boolean store) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        if (!store) {
            if (t.isStructStart()) {
                p.skipChildren();
            }
            return null;
        }
        return switch (t) {
            case START_OBJECT -> object(line, col);
            case START_ARRAY -> array(line, col);
            case VALUE_STRING -> new Node.Str(p.getText(), line, col);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(line, col);
            case VALUE_TRUE -> new Node.Bool(true, line, col);
            case VALUE_FALSE -> new Node.Bool(false, line, col);
            case VALUE_NULL -> new Node.Null(line, col);
            default -> throw new IllegalStateException("unexpected token " + t);
        };
    }

    private Node object(int line, int col) throws IOException {
        Map<String, Node> members = new LinkedHashMap<>();
        boolean bracket = bracketChildren.test(keys);
        boolean over = false;
        // Per repeated name: its problem's index in the list and how often the name came (bounded by the members).
        Map<String, int[]> repeated = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation nameAt = p.currentTokenLocation();
            JsonToken vt = p.nextToken();
            Node first = members.get(name);
            if (first != null) {
                repeated = repeated == null ? new LinkedHashMap<>() : repeated;
                int[] seen = repeated.get(name);
                if (seen == null) {
                    // Listed where the name first came again, so problems stay in document order; the count is
                    // filled in when the object ends.
                    int line2 = nameAt.getLineNr();
                    int col2 = nameAt.getColumnNr();
                    int index = problems.add(problems.duplicate(JsonPath.member(path(), name, bracket), name, line2,
                            col2, first.line(), 2));
                    repeated.put(name, new int[] {index, 2, line2, col2});
                } else {
                    seen[1]++;
                }
                value(vt, false);
            } else if (members.size() >= limits.maxAnswers()) {
                if (!over) {
                    over = true;
                    problems.add(problems.tooManyEntries(path(), line, col, limits.maxAnswers(), true));
                }
                value(vt, false);
            } else {
                keys.add(name);
                enter(name, bracket, 0);
                members.put(name, value(vt, true));
                keys.remove(keys.size() - 1);
                leave();
            }
        }
        expectEnd(t, JsonToken.END_OBJECT);
        if (repeated != null) {
            boolean byId = bracket;
            repeated.forEach((name, seen) -> {
                if (seen[1] > 2) {
                    problems.replace(seen[0], problems.duplicate(JsonPath.member(path(), name, byId), name,
                            seen[2], seen[3], members.get(name).line(), seen[1]));
                }
            });
        }
        return new Node.Obj(members, line, col);
    }

    private Node array(int line, int col) throws IOException {
        List<Node> elements = new ArrayList<>();
        boolean over = false;
        JsonToken t;
        while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
            if (elements.size() >= limits.maxAnswers()) {
                if (!over) {
                    over = true;
                    problems.add(problems.tooManyEntries(path(), line, col, limits.maxAnswers(), false));
                }
                value(t, false);
                continue;
            }
            keys.add("[]");
            enter(null, false, elements.size());
            elements.add(value(t, true));
            keys.remove(keys.size() - 1);
            leave();
        }
        expectEnd(t, JsonToken.END_ARRAY);
        return new Node.Arr(elements, line, col);
    }

    private void expectEnd(JsonToken t, JsonToken end) throws IOException {
        if (t != end) {
            throw new JsonEOFException(p, t, "Unexpected end-of-input");
        }
    }

    private Node number(int line, int col) throws IOException {
        String text = p.getText();
        if (p.isNaN()) {
            problems.add(problems.notFinite(path(), text, line, col));
            return new Node.Bad(line, col);
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(problems.numberTooLong(path(), text, Long.MAX_VALUE, limits.maxNumberLength(), line, col));
            return new Node.Bad(line, col);
        }
        long plain = plainLength(v);
        if (plain > limits.maxNumberLength()) {
            problems.add(problems.numberTooLong(path(), text, plain, limits.maxNumberLength(), line, col));
            return new Node.Bad(line, col);
        }
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return new Node.Num(v, line, col);
    }

    /** How many characters {@code v} has written out in plain decimal notation (never scientific). */
    static long plainLength(BigDecimal v) {
        long scale = v.scale();
        long intDigits = v.signum() == 0 ? 1 : Math.max(1, (long) v.precision() - scale);
        long fraction = scale > 0 ? scale + 1 : 0;
        return (v.signum() < 0 ? 1 : 0) + intDigits + fraction;
    }
}
