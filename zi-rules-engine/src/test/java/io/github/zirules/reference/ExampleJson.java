package io.github.zirules.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A tiny, test-only reader of the worked examples: a {@code zi-assessment/1} file into an {@link Assessment}, and
 * its {@code .expected.json} into plain maps. Not the production JSON reader (which lives elsewhere and is what
 * users get); this one knows only what the examples use and fails loudly on anything else.
 */
final class ExampleJson {

    /** Floats as BigDecimal, so an index written {@code 3.20} stays exactly 3.20. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ExampleJson() {
    }

    /** One worked example: its name, its assessment, and the expected report. */
    record Example(String name, Assessment assessment, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The expected report, flattened.
     *
     * @param scores {@code total}, {@code pengungkit} … plus {@code areas.*} and {@code indicators.*} under their
     *     bare keys ({@code MP}, {@code PEM.MP.1}), as {@link ReferenceResult#scores()} has them
     * @param indicatorKeys the keys that were under {@code indicators}
     * @param target the verdict's target
     * @param eligible the verdict
     * @param checks the checks, in order
     */
    record Expected(Map<String, BigDecimal> scores, List<String> indicatorKeys, Predikat target, boolean eligible,
                    List<ReferenceCheck> checks) {
    }

    /** Every {@code NAME.json} with a {@code NAME.expected.json} beside it in {@code dir}, sorted by name. */
    static List<Example> examplesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expected.json"))
                    .sorted()
                    .map(n -> n.substring(0, n.length() - ".expected.json".length()))
                    .map(name -> new Example(name, assessment(read(dir.resolve(name + ".json"))),
                            expected(read(dir.resolve(name + ".expected.json")))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code zi-assessment/1} tree as an assessment. */
    static Assessment assessment(JsonNode root) {
        JsonNode u = root.required("unit");
        Assessment.Builder b = Assessment.builder(
                        new Unit(u.required("id").asText(), text(u, "name"), text(u, "agency")),
                        root.required("year").asInt(), Predikat.valueOf(root.required("target").asText()))
                .ruleSet(text(root, "ruleset"))
                .currentPredicate(root.has("currentPredicate")
                        ? Predikat.valueOf(root.get("currentPredicate").asText()) : Predikat.NONE);
        for (Map.Entry<String, JsonNode> e : root.path("answers").properties()) {
            b.answer(e.getKey(), answer(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, JsonNode> e : root.path("evidence").properties()) {
            e.getValue().forEach(d -> b.evidence(e.getKey(),
                    new Evidence(d.required("title").asText(), text(d, "uri"), text(d, "sha256"))));
        }
        return b.build();
    }

    private static Answer answer(String item, JsonNode v) {
        if (v.isTextual()) {
            return Answer.choice(v.asText());
        } else if (v.isNumber()) {
            return Answer.index(v.decimalValue());
        } else if (v.has("numerator")) {
            return Answer.ratio(v.required("numerator").longValue(), v.required("denominator").longValue());
        } else if (v.has("lastYear")) {
            return Answer.decrease(v.required("lastYear").longValue(), v.required("thisYear").longValue());
        }
        throw new IllegalArgumentException("answer of " + item + " is not understood: " + v);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A {@code .expected.json} tree, flattened. */
    static Expected expected(JsonNode root) {
        JsonNode s = root.required("scores");
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        List<String> indicatorKeys = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            if (e.getValue().isObject()) {
                e.getValue().properties().forEach(inner -> {
                    scores.put(inner.getKey(), inner.getValue().decimalValue());
                    if (e.getKey().equals("indicators")) {
                        indicatorKeys.add(inner.getKey());
                    }
                });
            } else {
                scores.put(e.getKey(), e.getValue().decimalValue());
            }
        }
        JsonNode v = root.required("verdict");
        List<ReferenceCheck> checks = new ArrayList<>();
        v.required("checks").forEach(c -> checks.add(new ReferenceCheck(c.required("id").asText(),
                decimal(c, "required"), decimal(c, "actual"), text(c, "requiredLabel"), text(c, "actualLabel"),
                c.required("passed").asBoolean(), decimal(c, "shortfall"))));
        return new Expected(scores, indicatorKeys, Predikat.valueOf(v.required("target").asText()),
                v.required("eligible").asBoolean(), checks);
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }
}
