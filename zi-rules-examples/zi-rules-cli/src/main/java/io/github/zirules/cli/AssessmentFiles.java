package io.github.zirules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Predicate;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads an assessment file (zi-assessment/1, with its {@code reviews}) for the {@code plan} and {@code compare}
 * commands. The only place where these commands read files: at merge it is replaced by the library's reader
 * ({@code io.github.zirules.json.ZiJson}). Reports every problem found at once, each with its JSON path.
 */
final class AssessmentFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private AssessmentFiles() {
    }

    /**
     * The assessment in {@code file}.
     *
     * @throws InvalidInputException listing every problem (unreadable file, bad JSON, missing or wrong fields)
     */
    static Assessment read(Path file) {
        JsonNode n;
        try {
            n = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw refused(file, List.of(Problem.error("JSON_SYNTAX", file + (loc == null ? "" : ":" + loc.getLineNr()
                    + ":" + loc.getColumnNr()), "berkas bukan JSON yang sah: " + e.getOriginalMessage(),
                    "the file is not valid JSON: " + e.getOriginalMessage(), "a zi-assessment/1 JSON object")));
        } catch (IOException e) {
            throw refused(file, List.of(Problem.error("FILE_UNREADABLE", file.toString(), "berkas tidak dapat dibaca: "
                    + e.getMessage(), "the file cannot be read: " + e.getMessage(), null)));
        }
        List<Problem> problems = new ArrayList<>();
        if (n == null || !n.isObject()) {
            throw refused(file, List.of(wrong("$", "a zi-assessment/1 JSON object")));
        }
        JsonNode u = n.path("unit");
        String unitId = text(u, "id", "$.unit.id", problems);
        Integer year = n.path("year").canConvertToInt() && n.path("year").isIntegralNumber()
                ? n.path("year").intValue() : null;
        if (year == null) {
            problems.add(wrong("$.year", "a whole number, e.g. 2026"));
        }
        Predicate target = predicate(n.path("target"), "$.target", problems, false);
        Predicate current = predicate(n.path("currentPredicate"), "$.currentPredicate", problems, true);
        Assessment.Builder b = Assessment.builder(new Unit(unitId == null ? "" : unitId, optional(u, "name"),
                optional(u, "agency")), year == null ? 0 : year, target == null ? Predicate.WBK : target);
        b.ruleset(optional(n, "ruleset")).currentPredicate(current);
        answers(n.path("answers"), "$.answers", problems, b::answer);
        JsonNode reviews = n.path("reviews");
        if (!reviews.isMissingNode()) {
            objectFields(reviews, "$.reviews", problems, (role, set) -> answers(set, "$.reviews['" + role + "']",
                    problems, (item, a) -> b.review(role, item, a)));
        }
        JsonNode ev = n.path("evidence");
        if (!ev.isMissingNode()) {
            objectFields(ev, "$.evidence", problems, (item, docs) -> {
                for (int i = 0; docs.isArray() && i < docs.size(); i++) {
                    JsonNode d = docs.get(i);
                    String title = text(d, "title", "$.evidence['" + item + "'][" + i + "].title", problems);
                    if (title != null) {
                        b.evidence(item, new Evidence(title, optional(d, "uri"), optional(d, "sha256")));
                    }
                }
                if (!docs.isArray()) {
                    problems.add(wrong("$.evidence['" + item + "']", "a list of documents"));
                }
            });
        }
        JsonNode ag = n.path("agency");
        if (ag.isObject()) {
            b.agency(new AgencyFacts(optional(ag, "bpkOpinion"), optional(ag, "akip"), optional(ag, "indeksRb"),
                    optional(ag, "kind")));
        }
        if (!problems.isEmpty()) {
            throw refused(file, problems);
        }
        return b.build();
    }

    private static void answers(JsonNode set, String at, List<Problem> problems, BiConsumer<String, Answer> put) {
        objectFields(set, at, problems, (item, v) -> {
            String where = at + "['" + item + "']";
            if (v.isTextual()) {
                put.accept(item, Answer.choice(v.asText()));
            } else if (v.isNumber()) {
                put.accept(item, Answer.index(v.decimalValue()));
            } else if (v.isObject() && v.has("numerator") && v.has("denominator")) {
                Long num = count(v.get("numerator"), where + ".numerator", problems);
                Long den = count(v.get("denominator"), where + ".denominator", problems);
                if (num != null && den != null) {
                    put.accept(item, Answer.ratio(num, den));
                }
            } else if (v.isObject() && v.has("lastYear") && v.has("thisYear")) {
                Long last = count(v.get("lastYear"), where + ".lastYear", problems);
                Long now = count(v.get("thisYear"), where + ".thisYear", problems);
                if (last != null && now != null) {
                    put.accept(item, Answer.decrease(last, now));
                }
            } else {
                problems.add(wrong(where, "a label such as \"Ya\" or \"B\", {numerator, denominator}, "
                        + "{lastYear, thisYear}, or a number from 0 to 4"));
            }
        });
    }

    private static void objectFields(JsonNode node, String at, List<Problem> problems,
                                     BiConsumer<String, JsonNode> each) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            problems.add(wrong(at, "an object"));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            each.accept(e.getKey(), e.getValue());
        }
    }

    private static Long count(JsonNode v, String at, List<Problem> problems) {
        if (v != null && v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        problems.add(wrong(at, "a whole number"));
        return null;
    }

    private static Predicate predicate(JsonNode v, String at, List<Problem> problems, boolean optional) {
        if (v.isMissingNode() && optional) {
            return Predicate.NONE;
        }
        if (v.isTextual()) {
            for (Predicate p : Predicate.values()) {
                if (p.name().equals(v.asText().strip())) {
                    return p;
                }
            }
        }
        problems.add(wrong(at, optional ? "NONE, WBK or WBBM" : "WBK or WBBM"));
        return null;
    }

    private static String text(JsonNode obj, String field, String at, List<Problem> problems) {
        JsonNode v = obj.path(field);
        if (!v.isTextual()) {
            problems.add(wrong(at, "text"));
            return null;
        }
        return v.asText();
    }

    private static String optional(JsonNode obj, String field) {
        JsonNode v = obj.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static Problem wrong(String at, String expected) {
        return Problem.error("JSON_FIELD_INVALID", at, "isian tidak ada atau tidak sah", "missing or invalid field",
                expected);
    }

    private static InvalidInputException refused(Path file, List<Problem> problems) {
        return new InvalidInputException("assessment file " + file, problems);
    }
}
