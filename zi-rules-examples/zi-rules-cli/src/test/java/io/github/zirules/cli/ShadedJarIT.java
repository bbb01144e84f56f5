package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The shaded jar itself, run as a user runs it: Drools (its services, kie.conf) and the built-in rule set must
 * survive shading, and the jar must reproduce every number of the shared worked examples.
 */
class ShadedJarIT {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void theJarReproducesEveryScoreAndCheckOfTheSharedExamples() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Cli.examples())) {
            files = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
        assertTrue(files.size() >= 4, "the shared examples are missing: " + files);
        List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json"));
        files.forEach(f -> args.add(f.toAbsolutePath().toString()));
        Cli.Run r = Jar.run(Jar.repo(), List.of(), args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        JsonNode reports = JSON.readTree(r.out());
        assertEquals(files.size(), reports.size());
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            JsonNode expected = JSON.readTree(f.resolveSibling(f.getFileName().toString()
                    .replace(".json", ".expected.json")).toFile());
            compare(f.getFileName().toString(), expected, reports.get(i), checks);
        }
        assertAll(checks);
    }

    private static void compare(String name, JsonNode expected, JsonNode actual, List<Executable> checks) {
        JsonNode es = expected.get("scores");
        JsonNode as = actual.get("scores");
        for (String k : List.of("total", "pengungkit", "pemenuhan", "reform", "hasil", "BBA", "IPAK", "KINERJA",
                "IPKP")) {
            checks.add(same(name + " " + k, es.get(k), as.get(k)));
        }
        for (String group : List.of("areas", "indicators")) {
            Iterator<Map.Entry<String, JsonNode>> it = es.get(group).properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                checks.add(same(name + " " + e.getKey(), e.getValue(), as.get(group).get(e.getKey())));
            }
        }
        JsonNode ev = expected.get("verdict");
        JsonNode av = actual.get("verdict");
        checks.add(() -> assertEquals(ev.get("eligible").asBoolean(), av.get("eligible").asBoolean(), name));
        checks.add(() -> assertEquals(ev.get("checks").size(), av.get("checks").size(), name + " checks"));
        for (JsonNode c : ev.get("checks")) {
            String id = c.get("id").asText();
            JsonNode a = find(av.get("checks"), id);
            checks.add(() -> assertTrue(a != null, name + ": no check " + id));
            if (a == null) {
                continue;
            }
            for (String k : List.of("required", "actual", "shortfall")) {
                if (c.has(k)) {
                    checks.add(same(name + " " + id + "." + k, c.get(k), a.get(k)));
                }
            }
            checks.add(() -> assertEquals(c.get("passed").asBoolean(), a.get("passed").asBoolean(), name + " " + id));
        }
    }

    private static JsonNode find(JsonNode checks, String id) {
        for (JsonNode c : checks) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        return null;
    }

    private static Executable same(String what, JsonNode expected, JsonNode actual) {
        return () -> {
            assertTrue(actual != null && actual.isNumber(), what + ": missing in the jar's report");
            assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()),
                    what + ": expected " + expected + " but the jar printed " + actual);
        };
    }

    @Test
    void theReadmeCommandPrintsTheTextReportFromTheRepositoryRoot() throws Exception {
        Cli.Run r = Jar.run(Jar.repo(), List.of("-Duser.language=id"), "evaluate",
                "zi-rules-examples/samples/kpknl-jakarta-wbk.json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("✓ MEMENUHI SYARAT untuk diusulkan Menuju WBK"), r.out());
        assertTrue(r.out().contains("Unit     : KPKNL Jakarta I (KPKNL-JKT1)"), r.out());
    }

    @Test
    void noStackTraceReachesTheUserOfTheJar() throws Exception {
        Path dir = Files.createTempDirectory("zi-it");
        Path bad = Files.writeString(dir.resolve("rusak.json"), "{\"format\": \"zi-assessment/1\", ");
        Cli.Run r = Jar.run(dir, List.of(), "evaluate", "--lang", "en", bad.toString());
        assertEquals(ZiRulesCli.INVALID_INPUT, r.exit());
        r.assertNoStackTrace();
        assertTrue(r.err().startsWith(bad + ":1:"), r.err());
    }
}
