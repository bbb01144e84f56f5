package io.github.zirules.json;

import io.github.zirules.api.Problem;
import io.github.zirules.json.internal.JsonWriter;
import io.github.zirules.json.internal.ReportWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a list of {@link Problem}s as JSON, for the CLI and the web service to answer with:
 *
 * <pre>{@code
 * {
 *   "problems": [
 *     {
 *       "severity": "ERROR",
 *       "code": "JSON_WRONG_TYPE",
 *       "location": "$.answers['PEM.MP.1.a']",
 *       "messageId": "jenis nilai salah: …",
 *       "messageEn": "wrong type: …",
 *       "expected": "…"
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code expected} is left out when the problem has none, {@code expectedId} (what would be valid, in Bahasa
 * Indonesia) when it is the same as {@code expected}. Same layout rules as {@link ZiJson}: pretty-printed
 * UTF-8, {@code \n} line ends, a trailing newline, identical bytes for equal lists.
 */
public final class ProblemJson {

    private ProblemJson() {
    }

    /** The problems as JSON text. */
    public static String write(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        return ZiJson.text(w -> body(problems, w));
    }

    /** Writes the problems as JSON to {@code out}; does not close it. */
    public static void write(List<Problem> problems, OutputStream out) throws IOException {
        Objects.requireNonNull(problems, "problems");
        Writer w = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"),
                StandardCharsets.UTF_8));
        body(problems, new JsonWriter(w, true, 0));
        w.write('\n');
        w.flush();
    }

    private static void body(List<Problem> problems, JsonWriter w) throws IOException {
        w.beginObject().name("problems").beginArray();
        for (Problem p : problems) {
            ReportWriter.problem(p, w);
        }
        w.endArray().endObject();
    }
}
