package io.github.zirules.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
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

    private static final String OBJECT_EXPECTED = "a JSON object";

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
        String id = "dan " + omitted + " masalah lain yang tidak dicantumkan (hanya " + MAX_LISTED
                + " yang pertama dicantumkan)";
        String en = "and " + omitted + " more problems, not listed (only the first " + MAX_LISTED + " are)";
        String expected = "fix the problems listed, then read the document again";
        all.add(new Problem(omittedErrors ? Problem.Severity.ERROR : Problem.Severity.WARNING, "PROBLEMS_OMITTED",
                source, id, en, expected));
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
    public Problem at(String code, String path, Node node, String messageId, String messageEn, String expected) {
        String pos = node == null ? source : position(node.line(), node.column());
        return Problem.error(code, path, messageId + " (di " + pos + ")", messageEn + " (at " + pos + ")", expected);
    }

    Problem refusal(GuardedInput.Refusal r) {
        return notUtf8(position(r.line, r.column), r.detail);
    }

    private Problem notUtf8(String at, String detail) {
        return Problem.error("JSON_NOT_UTF8", at, "berkas tidak dalam pengodean UTF-8: " + detail,
                "the file is not encoded in UTF-8: " + detail, "UTF-8 text (a byte order mark is tolerated)");
    }

    Problem limit(String message, JsonLocation loc, JsonLimits limits) {
        String at = position(loc);
        String m = message == null ? "" : message;
        if (m.startsWith("Document length")) {
            long n = limits.maxDocumentBytes();
            return Problem.error("JSON_TOO_LARGE", at, "dokumen lebih besar dari batas (lebih dari " + n + " bita)",
                    "the document is larger than the limit (more than " + n + " bytes)",
                    "a document within maxDocumentBytes (" + n + " bytes)");
        } else if (m.startsWith("Token count")) {
            long n = limits.maxTokens();
            return Problem.error("JSON_TOO_MANY_TOKENS", at, "dokumen berisi lebih dari " + n + " token JSON",
                    "the document holds more than " + n + " JSON tokens", "at most " + n
                    + " tokens (16 × maxAnswers + 2000; each value, member name and bracket is one)");
        } else if (m.startsWith("Document nesting depth")) {
            int d = limits.maxNestingDepth();
            return Problem.error("JSON_TOO_DEEP", at, "JSON bersarang lebih dari " + d + " tingkat",
                    "the JSON nests deeper than " + d + " levels", "at most " + d + " nested objects and arrays");
        } else if (m.startsWith("Number value length")) {
            int n = limits.maxNumberLength();
            return Problem.error("JSON_NUMBER_TOO_LONG", at, "angka lebih panjang dari " + n + " karakter",
                    "a number is longer than " + n + " characters", "a number of at most " + n + " characters");
        } else if (m.startsWith("String value length") || m.startsWith("Name length")) {
            int n = limits.maxStringLength();
            return Problem.error("JSON_STRING_TOO_LONG", at, "teks lebih panjang dari " + n + " karakter",
                    "a string is longer than " + n + " characters", "a string of at most " + n + " characters");
        }
        return Problem.error("JSON_TOO_LARGE", at, "dokumen melampaui batas: " + m, "the document exceeds a limit: "
                + m, "a smaller document");
    }

    Problem truncated(JsonLocation loc) {
        return Problem.error("JSON_TRUNCATED", position(loc),
                "dokumen berakhir terlalu cepat: objek, larik atau teks belum ditutup",
                "the document ends too early: an object, array or string is not closed",
                "a complete JSON document");
    }

    Problem syntax(String message, JsonLocation loc) {
        String m = clean(message);
        if (m.contains("end-of-input")) {
            return truncated(loc);
        }
        if (m.contains("Invalid UTF-8")) {
            return notUtf8(position(loc), m);
        }
        return Problem.error("JSON_SYNTAX", position(loc), "JSON tidak sah: " + m, "malformed JSON: " + m,
                "valid JSON (RFC 8259)");
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
        return Problem.error("JSON_READ_FAILED", source, "berkas tidak dapat dibaca (" + what + ")",
                "the file cannot be read (" + what + ")", "a readable file");
    }

    Problem unreadable(RuntimeException e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return Problem.error("JSON_UNREADABLE", source, "dokumen tidak dapat dibaca (" + what + ")",
                "the document cannot be read (" + what + ")", "a valid zi JSON document");
    }

    /**
     * A name given {@code times} times in one object, reported once for all of them: where it came again first
     * ({@code line}:{@code column}) and where it was first given.
     */
    Problem duplicate(String path, String name, int line, int column, int firstLine, int times) {
        String pos = position(line, column);
        String timesId = times == 2 ? "dua kali" : times + " kali";
        String timesEn = times == 2 ? "twice" : times + " times";
        return Problem.error("JSON_DUPLICATE_KEY", path,
                "nama '" + name + "' muncul " + timesId + " dalam objek yang sama (lagi di " + pos
                        + "; pertama di baris " + firstLine + ")",
                "name '" + name + "' appears " + timesEn + " in the same object (again at " + pos
                        + "; first at line " + firstLine + ")",
                "each name once");
    }

    Problem tooManyEntries(String path, int line, int column, int max, boolean object) {
        String pos = position(line, column);
        String id = object ? "objek ini berisi lebih dari " + max + " anggota" : "larik ini berisi lebih dari "
                + max + " unsur";
        String en = object ? "this object has more than " + max + " members" : "this array has more than " + max
                + " elements";
        return Problem.error("JSON_TOO_MANY_ENTRIES", path, id + "; sisanya tidak dibaca (di " + pos + ")",
                en + "; the rest were not read (at " + pos + ")", "at most " + max + " (maxAnswers)");
    }

    Problem notFinite(String path, String text, int line, int column) {
        String pos = position(line, column);
        return Problem.error("JSON_NUMBER_NOT_FINITE", path, "'" + text + "' bukan angka JSON (di " + pos + ")",
                "'" + text + "' is not a JSON number (at " + pos + ")", "a finite number, e.g. 3.71");
    }

    Problem numberTooLong(String path, String text, long plain, int max, int line, int column) {
        String pos = position(line, column);
        String t = text.length() > 24 ? text.substring(0, 20) + "…" : text;
        String digits = plain == Long.MAX_VALUE ? "tak terhingga" : String.valueOf(plain);
        String digitsEn = plain == Long.MAX_VALUE ? "astronomically many" : String.valueOf(plain);
        return Problem.error("JSON_NUMBER_TOO_LONG", path,
                "angka " + t + " terlalu panjang: ditulis lengkap " + digits + " karakter, batasnya " + max + " (di "
                        + pos + ")",
                "number " + t + " is too long: written out it has " + digitsEn + " characters, the limit is " + max
                        + " (at " + pos + ")",
                "a number of at most " + max + " characters written out, e.g. 3.71");
    }

    /** A value of the wrong JSON type. */
    public Problem wrongType(String path, Node node, String expected) {
        String[] k = Node.kind(node);
        return at("JSON_WRONG_TYPE", path, node, "jenis nilainya salah (" + k[0] + ")",
                "has the wrong type (" + k[1] + ")", expected);
    }

    /** A required member that is missing (or null). */
    public Problem missing(String path, Node parent, String expected) {
        return at("JSON_FIELD_MISSING", path, parent, "wajib diisi tetapi tidak ada",
                "is required but missing", expected);
    }

    /** The root, or a value that must be an object, is not one. */
    public Problem notObject(String path, Node node) {
        return wrongType(path, node, OBJECT_EXPECTED);
    }

    /** A number that must be whole has a fraction. */
    public Problem notWhole(String path, Node.Num n, String expected) {
        return at("JSON_NOT_WHOLE_NUMBER", path, n, "angka " + n.value().toPlainString() + " bukan bilangan bulat",
                "number " + n.value().toPlainString() + " is not a whole number", expected);
    }
}
