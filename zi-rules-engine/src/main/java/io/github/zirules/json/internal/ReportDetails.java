package io.github.zirules.json.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's extra fields, beyond FORMAT.md: {@code warnings} (problems) and {@code explanation.items} (how each
 * item was scored). Both are optional when reading.
 */
final class ReportDetails {

    private final Fields fields;
    private final Problems problems;

    ReportDetails(Fields fields) {
        this.fields = fields;
        this.problems = fields.problems();
    }

    List<Problem> warnings(Node.Obj o) {
        List<Problem> out = new ArrayList<>();
        Node.Arr ws = fields.array(o, "$", "warnings", false, Message.of("JSON_EXPECTED.list-problems"));
        if (ws != null) {
            for (int i = 0; i < ws.elements().size(); i++) {
                Problem w = problem(ws.elements().get(i), JsonPath.index("$.warnings", i));
                if (w != null) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private Problem problem(Node n, String path) {
        Node.Obj w = fields.asObject(n, path, Message.of("JSON_EXPECTED.code-location-messageid-messageen"));
        if (w == null) {
            return null;
        }
        String severity = fields.string(w, path, "severity", false, Message.of("JSON_EXPECTED.error-warning"));
        String code = fields.string(w, path, "code", true, Message.of("JSON_EXPECTED.problem-code"));
        String location = fields.string(w, path, "location", true, Message.of("JSON_EXPECTED.where-problem-is"));
        String messageId = fields.string(w, path, "messageId", true,
                Message.of("JSON_EXPECTED.message-in-bahasa-indonesia"));
        String messageEn = fields.string(w, path, "messageEn", true, Message.of("JSON_EXPECTED.message-in-english"));
        String expected = fields.string(w, path, "expected", false, Message.of("JSON_EXPECTED.what-would-be-valid"));
        String expectedId = fields.string(w, path, "expectedId", false,
                Message.of("JSON_EXPECTED.what-would-be-valid-2"));
        Problem.Severity sev = Problem.Severity.WARNING;
        if (severity != null) {
            try {
                sev = Problem.Severity.valueOf(severity);
            } catch (IllegalArgumentException e) {
                problems.add(problems.at("JSON_VALUE_INVALID", path + ".severity", w.members().get("severity"),
                        Message.of("JSON_VALUE_INVALID", severity), Message.of("JSON_VALUE_INVALID.expected")));
                return null;
            }
        }
        if (code == null || location == null || messageId == null || messageEn == null) {
            return null;
        }
        return new Problem(sev, code, location, Message.texts(messageId, messageEn), expected == null ? null
                : Message.texts(expectedId == null ? expected : expectedId, expected));
    }

    List<ItemScore> items(Node.Obj o) {
        List<ItemScore> out = new ArrayList<>();
        Node.Obj ex = fields.object(o, "$", "explanation", false, Message.of("JSON_EXPECTED.items"));
        if (ex == null) {
            return out;
        }
        Node.Arr items = fields.array(ex, "$.explanation", "items", false,
                Message.of("JSON_EXPECTED.list-item-scores"));
        if (items == null) {
            return out;
        }
        for (int i = 0; i < items.elements().size(); i++) {
            String path = JsonPath.index("$.explanation.items", i);
            Node.Obj it = fields.asObject(items.elements().get(i), path, Message.of("JSON_EXPECTED.item-value"));
            if (it == null) {
                continue;
            }
            String id = fields.string(it, path, "item", true, Message.of("JSON_EXPECTED.item-id"));
            Node an = Fields.get(it, "answer");
            Answer answer = an == null ? null : AnswerJson.read(an, Fields.path(path, "answer"), problems);
            BigDecimal value = fields.member(it, path, "value", true, ReportWriter.VALUE_SCALE);
            String exact = fields.string(it, path, "exactValue", true, Message.of("JSON_EXPECTED.fraction-number"));
            BigDecimal points = fields.score(it, path, "points", true);
            String rule = fields.string(it, path, "rule", false, Message.of("JSON_EXPECTED.rule-s-name"));
            if (id != null && id.isBlank()) {
                problems.add(problems.at("ITEM_ID_BLANK", Fields.path(path, "item"), it, Message.of("ITEM_ID_BLANK"),
                        Message.of("ITEM_ID_BLANK.expected")));
            } else if (id != null && value != null && exact != null && points != null) {
                out.add(new ItemScore(ItemId.of(id), answer, value, exact, points, rule == null ? "" : rule));
            }
        }
        return out;
    }
}
