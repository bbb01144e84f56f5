package io.github.zirules.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.Assessment;
import io.github.zirules.json.ZiJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: the shared worked examples (copied into the test resources). */
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

    /** Reads an example with the production reader, failing on any problem. */
    public static Assessment read(Path file) {
        return ZiJson.create().readAssessment(file).orElseThrow();
    }
}
