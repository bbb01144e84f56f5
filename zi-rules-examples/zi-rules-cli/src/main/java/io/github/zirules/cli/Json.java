package io.github.zirules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Result;
import java.io.UncheckedIOException;

/** JSON output helpers of the CLI: answers written exactly as in zi-assessment/1, and pretty printing. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    private Json() {
    }

    /** An answer as zi-assessment/1 writes it: a label, {numerator, denominator}, {lastYear, thisYear} or a number. */
    static JsonNode answer(Answer a) {
        if (a == null) {
            return NODES.nullNode();
        }
        if (a instanceof Answer.Choice c) {
            return NODES.textNode(c.label().strip());
        }
        if (a instanceof Answer.Ratio r) {
            return NODES.objectNode().put("numerator", r.numerator()).put("denominator", r.denominator());
        }
        if (a instanceof Answer.Decrease d) {
            return NODES.objectNode().put("lastYear", d.lastYear()).put("thisYear", d.thisYear());
        }
        return NODES.numberNode(((Answer.Index) a).value());
    }

    /** The rule set of a result, as zi-report/1 writes it. */
    static ObjectNode ruleSet(Result r) {
        return NODES.objectNode().put("id", r.ruleSet().id()).put("version", r.ruleSet().version())
                .put("sha256", r.ruleSet().sha256());
    }

    /** Pretty-printed JSON text. */
    static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
