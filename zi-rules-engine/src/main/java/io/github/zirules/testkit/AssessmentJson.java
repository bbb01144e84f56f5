package io.github.zirules.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.ItemId;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes an assessment as a {@code zi-assessment/1} document (FORMAT.md), so that a counterexample can be replayed
 * with {@code zi-rules evaluate}. Deliberately one small method over Jackson: when the project's JSON writer
 * ({@code ZiJson}) is available, {@link #write} becomes a call to it.
 */
final class AssessmentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private AssessmentJson() {
    }

    /** The zi-assessment/1 text of {@code a}; reviewer answer sets, if any, under the extra field {@code reviews}. */
    static String write(Assessment a) {
        ObjectNode root = F.objectNode();
        root.put("format", "zi-assessment/1");
        if (a.ruleset() != null) {
            root.put("ruleset", a.ruleset());
        }
        ObjectNode unit = root.putObject("unit");
        unit.put("id", a.unit().id());
        putIfPresent(unit, "name", a.unit().name());
        putIfPresent(unit, "agency", a.unit().agency());
        root.put("year", a.year());
        root.put("target", a.target().name());
        root.put("currentPredicate", a.currentPredicate().name());
        AgencyFacts f = a.agency();
        if (!f.isEmpty()) {
            ObjectNode agency = root.putObject("agency");
            putIfPresent(agency, "bpkOpinion", f.bpkOpinion());
            putIfPresent(agency, "akip", f.akip());
            putIfPresent(agency, "indeksRb", f.indeksRb());
            putIfPresent(agency, "kind", f.kind());
        }
        root.set("answers", answers(a.answers()));
        if (!a.evidence().isEmpty()) {
            ObjectNode evidence = root.putObject("evidence");
            for (Map.Entry<ItemId, List<Evidence>> e : a.evidence().entrySet()) {
                ArrayNode docs = evidence.putArray(e.getKey().value());
                for (Evidence d : e.getValue()) {
                    ObjectNode doc = docs.addObject();
                    doc.put("title", d.title());
                    putIfPresent(doc, "uri", d.uri());
                    putIfPresent(doc, "sha256", d.sha256());
                }
            }
        }
        if (!a.reviews().isEmpty()) {
            ObjectNode reviews = root.putObject("reviews");
            a.reviews().forEach((role, set) -> reviews.set(role, answers(set)));
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode answers(Map<ItemId, Answer> answers) {
        ObjectNode out = F.objectNode();
        answers.forEach((id, x) -> {
            if (x instanceof Answer.Choice c) {
                out.put(id.value(), c.display());
            } else if (x instanceof Answer.Ratio r) {
                out.putObject(id.value()).put("numerator", r.numerator()).put("denominator", r.denominator());
            } else if (x instanceof Answer.Decrease d) {
                out.putObject(id.value()).put("lastYear", d.lastYear()).put("thisYear", d.thisYear());
            } else if (x instanceof Answer.Index i) {
                out.put(id.value(), i.value());
            }
        });
        return out;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
