package io.github.zirules.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Predicate;
import io.github.zirules.api.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test helper: the shared worked examples, read with a minimal mapper independent of the production reader. */
public final class Examples {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Examples() {
    }

    /** The shared domain folder (system property set by the build, else ../../shared/domain). */
    public static Path sharedDomain() {
        String p = System.getProperty("zirules.shared.domain");
        Path dir = p != null ? Path.of(p) : Path.of("../../shared/domain");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("../shared/domain");
        }
        return dir;
    }

    /** Every example assessment file. */
    public static List<Path> exampleFiles() throws IOException {
        try (Stream<Path> s = Files.list(sharedDomain().resolve("examples"))) {
            return s.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }

    /** The expected file of an example. */
    public static JsonNode expected(Path example) throws IOException {
        return JSON.readTree(example.resolveSibling(example.getFileName().toString().replace(".json",
                ".expected.json")).toFile());
    }

    /** Reads an example with a minimal mapper. */
    public static Assessment read(Path file) throws IOException {
        JsonNode n = JSON.readTree(file.toFile());
        JsonNode u = n.get("unit");
        Assessment.Builder b = Assessment.builder(new Unit(u.get("id").asText(), u.path("name").asText(null),
                        u.path("agency").asText(null)), n.get("year").asInt(),
                Predicate.valueOf(n.get("target").asText()));
        if (n.has("currentPredicate")) {
            b.currentPredicate(Predicate.valueOf(n.get("currentPredicate").asText()));
        }
        if (n.has("ruleset")) {
            b.ruleset(n.get("ruleset").asText());
        }
        Iterator<Map.Entry<String, JsonNode>> it = n.get("answers").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            Answer a;
            if (v.isTextual()) {
                a = Answer.choice(v.asText());
            } else if (v.isNumber()) {
                a = Answer.index(v.decimalValue());
            } else if (v.has("numerator")) {
                a = Answer.ratio(v.get("numerator").asLong(), v.get("denominator").asLong());
            } else {
                a = Answer.decrease(v.get("lastYear").asLong(), v.get("thisYear").asLong());
            }
            b.answer(e.getKey(), a);
        }
        return b.build();
    }
}
