package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Instrument;
import io.github.zirules.reference.ReferenceItems;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared domain folder (examples, item list) the way CI lays it out. */
final class SharedDomain {

    private SharedDomain() {
    }

    /** The folder: the {@code zirules.shared.domain} property, else {@code ../../shared/domain}. */
    static Path dir() {
        String prop = System.getProperty("zirules.shared.domain");
        Path p = prop != null && Files.isDirectory(Path.of(prop)) ? Path.of(prop) : Path.of("../../shared/domain");
        assertTrue(Files.isDirectory(p), "shared domain folder not found: " + p.toAbsolutePath()
                + " (set -Dzirules.shared.domain)");
        return p;
    }

    /** The example assessments ({@code *.json} but not {@code *.expected.json}), sorted. */
    static List<Path> exampleAssessments() throws IOException {
        try (Stream<Path> s = Files.list(dir().resolve("examples"))) {
            return s.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }

    /** The 90/2021 instrument, from the shared item list (its weight columns are ignored). */
    static Instrument instrument() throws IOException {
        Path csv = dir().resolve(ReferenceItems.CSV_NAME);
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return ReferenceItems.read(r, csv.toString()).instrument();
        }
    }
}
