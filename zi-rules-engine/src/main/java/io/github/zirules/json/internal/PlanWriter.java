package io.github.zirules.json.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.planner.Plan;
import io.github.zirules.planner.PlannedChange;
import java.io.IOException;

/**
 * Writes a {@link Plan} (what {@code GapPlanner} proposes) as JSON: target, feasible, minimal, reason (code, id, en),
 * changes (item, from, to, gain, steps, needsNewSurvey; answers in their {@code zi-assessment/1} shapes, {@code from}
 * null for an unanswered item), steps, unit, ruleset (id, version, sha256) and after (total, eligible).
 */
public final class PlanWriter {

    private PlanWriter() {
    }

    /** Writes {@code plan} as the next value of {@code w}. */
    public static void write(Plan plan, JsonWriter w) throws IOException {
        w.beginObject();
        w.name("target").value(plan.target().name());
        w.name("feasible").value(plan.feasible());
        w.name("minimal").value(plan.minimal());
        w.name("reason").beginObject().name("code").value(plan.reason().code())
                .name("id").value(plan.reason().messageId()).name("en").value(plan.reason().messageEn()).endObject();
        w.name("changes").beginArray();
        for (PlannedChange c : plan.changes()) {
            w.beginObject().name("item").value(c.item().value());
            answer(w.name("from"), c.from());
            answer(w.name("to"), c.to());
            w.name("gain").value(c.gain()).name("steps").value(c.steps())
                    .name("needsNewSurvey").value(c.needsNewSurvey()).endObject();
        }
        w.endArray();
        w.name("steps").value(plan.steps());
        Result r = plan.result();
        w.name("unit").beginObject().name("id").value(r.unit().id()).endObject();
        ruleSet(r.ruleSet(), w);
        w.name("after").beginObject().name("total").value(r.scores().total())
                .name("eligible").value(r.eligible()).endObject();
        w.endObject();
    }

    /** An answer in its {@code zi-assessment/1} shape, or {@code null} for none. */
    static void answer(JsonWriter w, Answer a) throws IOException {
        if (a == null) {
            w.nullValue();
        } else {
            AnswerJson.write(w, a);
        }
    }

    /** The rule set's identity: {@code "ruleset": {id, version, sha256}}. */
    static void ruleSet(RuleSetInfo rs, JsonWriter w) throws IOException {
        w.name("ruleset").beginObject().name("id").value(rs.id()).name("version").value(rs.version())
                .name("sha256").value(rs.sha256()).endObject();
    }
}
