package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.ZiRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

class SharedExamplesTest {

    private static final Evaluator ZI = ZiRules.evaluator();

    @TestFactory
    Stream<DynamicTest> everySharedExampleIsReproducedToTheCent() throws Exception {
        return Examples.exampleFiles().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> reproduces(f)));
    }

    private static void reproduces(Path file) throws Exception {
        Result r = ZI.evaluate(Examples.read(file));
        JsonNode exp = Examples.expected(file);
        JsonNode s = exp.get("scores");
        List<Executable> checks = new ArrayList<>();
        checks.add(eq("total", s, r.scores().total()));
        checks.add(eq("pengungkit", s, r.scores().pengungkit()));
        checks.add(eq("pemenuhan", s, r.scores().pemenuhan()));
        checks.add(eq("reform", s, r.scores().reform()));
        checks.add(eq("hasil", s, r.scores().hasil()));
        checks.add(eq("BBA", s, r.scores().bba()));
        checks.add(eq("IPAK", s, r.scores().ipak()));
        checks.add(eq("KINERJA", s, r.scores().kinerja()));
        checks.add(eq("IPKP", s, r.scores().ipkp()));
        for (Map.Entry<String, JsonNode> e : s.get("areas").properties()) {
            checks.add(eq(e.getKey(), s.get("areas"), r.scores().area(e.getKey())));
        }
        for (Map.Entry<String, JsonNode> e : s.get("indicators").properties()) {
            checks.add(eq(e.getKey(), s.get("indicators"), r.scores().indicators().get(e.getKey())));
        }
        JsonNode v = exp.get("verdict");
        checks.add(() -> assertEquals(v.get("eligible").asBoolean(), r.eligible(), "eligible"));
        checks.add(() -> assertEquals(v.get("checks").size(), r.verdict().checks().size(), "number of checks"));
        for (JsonNode c : v.get("checks")) {
            String id = c.get("id").asText();
            ScoreCheck actual = r.verdict().scoreCheck(id).orElseThrow(() -> new AssertionError("missing check " + id));
            checks.add(() -> assertEquals(0, c.get("required").decimalValue().compareTo(actual.required()),
                    id + " required " + actual.required()));
            checks.add(() -> assertEquals(0, c.get("actual").decimalValue().compareTo(actual.actual()),
                    id + " actual " + actual.actual()));
            checks.add(() -> assertEquals(c.get("passed").asBoolean(), actual.passed(), id + " passed"));
            if (c.has("shortfall")) {
                checks.add(() -> assertEquals(0, c.get("shortfall").decimalValue().compareTo(actual.shortfall()),
                        id + " shortfall " + actual.shortfall()));
            }
        }
        assertAll(file.getFileName().toString(), checks);
    }

    private static Executable eq(String key, JsonNode parent, BigDecimal actual) {
        return () -> assertEquals(0, parent.get(key).decimalValue().compareTo(actual),
                key + ": expected " + parent.get(key) + " but was " + actual);
    }
}
