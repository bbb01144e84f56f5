package io.github.zirules.report;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ZiJson;
import io.github.zirules.policy.BuiltInRuleSets;
import io.github.zirules.reference.ReferenceItems;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: one shared evaluator, the shared examples, and the independent item table (with weights). */
final class Fixtures {

    static final Evaluator ZI = ZiRules.evaluator();
    private Fixtures() {
    }

    static Path domain() {
        String p = System.getProperty("zirules.shared.domain");
        return Path.of(p != null ? p : "src/test/resources/domain");
    }

    /** The result of the shared example {@code name} (e.g. random-1001-00). */
    static Result example(String name) {
        return ZI.evaluate(assessment(name));
    }

    static Assessment assessment(String name) {
        return ZiJson.create().readAssessment(domain().resolve("examples/" + name + ".json")).orElseThrow();
    }

    /** An assessment with no answers at all (113 unanswered items). */
    static Result unanswered(String unitName, Predikat target) {
        return ZI.evaluate(Assessment.builder(new Unit("KOSONG-1", unitName, "Instansi Uji"), 2026, target)
                .currentPredicate(target == Predikat.WBBM ? Predikat.WBK : Predikat.NONE).build());
    }

    /** Each area's weight: the sum of its indicators' weights, read from the shared item table, not the engine. */
    static Map<String, BigDecimal> areaWeightsFromItemTable() throws IOException {
        Path csv = domain().resolve(ReferenceItems.CSV_NAME);
        Map<String, BigDecimal> areas = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            ReferenceItems.read(r, csv.toString()).indicators().forEach((id, rows) -> {
                ReferenceItems.Row first = rows.get(0);
                if (!first.section().equals("HAS")) {
                    areas.merge(first.area(), first.weight().round(2, RoundingMode.UNNECESSARY), BigDecimal::add);
                }
            });
        }
        return areas;
    }

    /** Copies the built-in rule set into {@code dir}. */
    static Path copyBuiltIn(Path dir) throws IOException {
        BuiltInRuleSets.copy("permenpan-rb-90-2021", dir);
        return dir;
    }
}
