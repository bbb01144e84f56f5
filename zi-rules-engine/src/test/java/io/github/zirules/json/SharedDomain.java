package io.github.zirules.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.AnswerType;
import io.github.zirules.api.Area;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<Item> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir().resolve("lke-zi-2021-items.csv"));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            Section section = Section.ofCode(f[1]);
            Area area = section == Section.HASIL ? null : Area.valueOf(f[2]);
            items.add(new Item(ItemId.of(f[0]), section, area, f[3], f[4], AnswerType.valueOf(f[7]),
                    f[8].isEmpty() ? null : f[8]));
        }
        return new Instrument(items);
    }
}
