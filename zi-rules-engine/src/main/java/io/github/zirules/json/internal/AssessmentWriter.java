package io.github.zirules.json.internal;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Unit;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Assessment} as {@code zi-assessment/1} in a stable order: format, ruleset, unit, year, target,
 * currentPredicate, agency (if any fact of the regulation
 * is given), facts (if any other fact is given), answers (in the assessment's order), evidence, reviews (if any).
 * A null value is left out.
 */
public final class AssessmentWriter {

    private AssessmentWriter() {
    }

    /** Writes {@code a} as the next value of {@code w}. */
    public static void write(Assessment a, JsonWriter w) throws IOException {
        w.beginObject();
        w.name("format").value(AssessmentMapper.FORMAT);
        w.optional("ruleset", a.ruleSet());
        unit(a.unit(), w);
        w.name("year").value(a.year());
        w.name("target").value(a.target().name());
        w.name("currentPredicate").value(a.currentPredicate().name());
        AgencyFacts f = a.agency();
        if (f.bpkOpinion() != null || f.akip() != null || f.indeksRb() != null || f.kind() != null) {
            w.name("agency").beginObject()
                    .optional("bpkOpinion", f.bpkOpinion())
                    .optional("akip", f.akip())
                    .optional("indeksRb", f.indeksRb())
                    .optional("kind", f.kind())
                    .endObject();
        }
        facts(f, w);
        w.name("answers");
        answers(a.answers(), w);
        w.name("evidence").beginObject();
        for (Map.Entry<ItemId, List<Evidence>> e : a.evidence().entrySet()) {
            w.name(e.getKey().value()).beginArray();
            for (Evidence d : e.getValue()) {
                w.beginObject().name("title").value(d.title()).optional("uri", d.uri())
                        .optional("sha256", d.sha256()).endObject();
            }
            w.endArray();
        }
        w.endObject();
        if (!a.reviews().isEmpty()) {
            w.name("reviews").beginObject();
            for (Map.Entry<String, Map<ItemId, Answer>> e : a.reviews().entrySet()) {
                w.name(e.getKey());
                answers(e.getValue(), w);
            }
            w.endObject();
        }
        w.endObject();
    }

    /** The facts the rule set declares (all but those of the regulation, written in {@code agency}), if any. */
    private static void facts(AgencyFacts f, JsonWriter w) throws IOException {
        boolean open = false;
        for (Map.Entry<String, AgencyFacts.Value> e : f.values().entrySet()) {
            if (AgencyFacts.REGULATION_FACTS.contains(e.getKey())) {
                continue;
            }
            if (!open) {
                w.name("facts").beginObject();
                open = true;
            }
            w.name(e.getKey());
            if (e.getValue() instanceof AgencyFacts.Numeric n) {
                w.value(n.value());
            } else if (e.getValue() instanceof AgencyFacts.Text t) {
                w.value(t.value());
            } else {
                w.value(((AgencyFacts.YesNo) e.getValue()).value());
            }
        }
        if (open) {
            w.endObject();
        }
    }

    static void unit(Unit u, JsonWriter w) throws IOException {
        w.name("unit").beginObject().name("id").value(u.id()).optional("name", u.name())
                .optional("agency", u.agency()).endObject();
    }

    private static void answers(Map<ItemId, Answer> answers, JsonWriter w) throws IOException {
        w.beginObject();
        for (Map.Entry<ItemId, Answer> e : answers.entrySet()) {
            w.name(e.getKey().value());
            AnswerJson.write(w, e.getValue());
        }
        w.endObject();
    }
}
