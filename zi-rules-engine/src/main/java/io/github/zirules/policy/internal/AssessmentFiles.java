package io.github.zirules.policy.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Predicate;
import io.github.zirules.api.Unit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a {@code zi-assessment/1} file used as the base of a scenario case. Deliberately small and isolated: when the
 * library's JSON reader ({@code ZiJson}) is available, this class is replaced by a call to it.
 */
public final class AssessmentFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private AssessmentFiles() {
    }

    /**
     * The assessment in {@code file}.
     *
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException naming what is wrong, if it is not a zi-assessment/1 file
     */
    public static Assessment read(Path file) throws IOException {
        JsonNode n = JSON.readTree(file.toFile());
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode u = n.path("unit");
        Unit unit = new Unit(text(u, "id", "SCENARIO"), u.path("name").asText(null), u.path("agency").asText(null));
        Assessment.Builder b = Assessment.builder(unit, n.path("year").asInt(2024),
                Predicate.valueOf(text(n, "target", "WBK")));
        if (n.hasNonNull("currentPredicate")) {
            b.currentPredicate(Predicate.valueOf(n.get("currentPredicate").asText()));
        }
        if (n.hasNonNull("ruleset")) {
            b.ruleset(n.get("ruleset").asText());
        }
        JsonNode ag = n.path("agency");
        if (ag.isObject()) {
            b.agency(new AgencyFacts(ag.path("bpkOpinion").asText(null), ag.path("akip").asText(null),
                    ag.path("indeksRb").asText(null), ag.path("kind").asText(null)));
        }
        Iterator<Map.Entry<String, JsonNode>> it = n.path("answers").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            b.answer(e.getKey(), answer(e.getKey(), e.getValue()));
        }
        Iterator<Map.Entry<String, JsonNode>> ev = n.path("evidence").fields();
        while (ev.hasNext()) {
            Map.Entry<String, JsonNode> e = ev.next();
            for (JsonNode d : e.getValue()) {
                b.evidence(e.getKey(), new Evidence(d.path("title").asText("evidence"), d.path("uri").asText(null),
                        d.path("sha256").asText(null)));
            }
        }
        return b.build();
    }

    private static Answer answer(String item, JsonNode v) {
        if (v.isTextual()) {
            return Answer.choice(v.asText());
        }
        if (v.isNumber()) {
            return Answer.index(v.decimalValue());
        }
        if (v.has("numerator")) {
            return Answer.ratio(v.get("numerator").asLong(), v.path("denominator").asLong());
        }
        if (v.has("lastYear")) {
            return Answer.decrease(v.get("lastYear").asLong(), v.path("thisYear").asLong());
        }
        throw new IllegalArgumentException("the answer to " + item + " is neither text, a number, "
                + "{numerator, denominator} nor {lastYear, thisYear}");
    }

    private static String text(JsonNode n, String field, String dflt) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? dflt : v.asText();
    }
}
