package io.github.zirules.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares a {@code zi-report/1} answer with a shared example's {@code .expected.json}: every number, boolean and
 * string of the expected document must be at the same place in the report (numbers compared as decimals, so
 * {@code 46.8} equals {@code 46.80}); arrays of objects with an {@code id} (the checks) are matched by id and must
 * have the same length. Members the report has beyond the expected ones are not judged.
 */
final class ExpectedNumbers {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExpectedNumbers() {
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /** Every difference, as {@code path: expected X but was Y}; empty when the report has every expected value. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, out);
        return out;
    }

    private static void compare(String path, JsonNode exp, JsonNode act, List<String> out) {
        if (act == null || act.isMissingNode()) {
            out.add(path + ": expected " + exp + " but is missing");
        } else if (exp.isObject()) {
            for (Map.Entry<String, JsonNode> e : exp.properties()) {
                compare(path + "." + e.getKey(), e.getValue(), act.get(e.getKey()), out);
            }
        } else if (exp.isArray()) {
            if (act.size() != exp.size()) {
                out.add(path + ": expected " + exp.size() + " elements but was " + act.size());
            }
            for (int i = 0; i < exp.size(); i++) {
                JsonNode e = exp.get(i);
                JsonNode a = e.has("id") ? byId(act, e.get("id").asText()) : act.get(i);
                compare(path + "[" + (e.has("id") ? e.get("id").asText() : i) + "]", e, a, out);
            }
        } else if (exp.isNumber()) {
            if (!act.isNumber() || exp.decimalValue().compareTo(act.decimalValue()) != 0) {
                out.add(path + ": expected " + exp + " but was " + act);
            }
        } else if (!exp.equals(act)) {
            out.add(path + ": expected " + exp + " but was " + act);
        }
    }

    private static JsonNode byId(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (id.equals(n.path("id").asText(null))) {
                return n;
            }
        }
        return null;
    }
}
