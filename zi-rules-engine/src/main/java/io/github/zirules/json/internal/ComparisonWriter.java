package io.github.zirules.json.internal;

import io.github.zirules.api.Check;
import io.github.zirules.api.Result;
import io.github.zirules.compare.AnswerSet;
import io.github.zirules.compare.AnswerSetComparison;
import io.github.zirules.compare.CheckDifference;
import io.github.zirules.compare.ItemDifference;
import io.github.zirules.compare.ScoreDifference;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes an {@link AnswerSetComparison} as {@code zi-compare/1}: the unit, rule set and target; how reviews are read;
 * per answer set its role, answers given, total, eligibility and failed checks; whether the verdicts differ; then the
 * items, scores and checks that differ, each with its values per role.
 */
public final class ComparisonWriter {

    /** The format name. */
    public static final String FORMAT = "zi-compare/1";
    /** How a review is read, repeated in every output so that its reader need not look it up. */
    public static final String REVIEW_SEMANTICS = "a review lists only the answers the reviewer gave; every item it "
            + "does not mention keeps the unit's answer";

    private ComparisonWriter() {
    }

    /** Writes {@code cmp} as the next value of {@code w}. */
    public static void write(AnswerSetComparison cmp, JsonWriter w) throws IOException {
        Result unit = cmp.unit().result();
        w.beginObject();
        w.name("format").value(FORMAT);
        w.name("unit").beginObject().name("id").value(unit.unit().id()).endObject();
        PlanWriter.ruleSet(unit.ruleSet(), w);
        w.name("target").value(unit.verdict().target().name());
        w.name("reviews").value(REVIEW_SEMANTICS);
        w.name("sets").beginArray();
        for (AnswerSet s : cmp.sets()) {
            w.beginObject().name("role").value(s.role()).name("answersGiven").value(s.reviewed().size())
                    .name("total").value(s.result().scores().total())
                    .name("eligible").value(s.result().eligible());
            w.name("failedChecks").beginArray();
            for (Check c : s.result().verdict().failedChecks()) {
                w.value(c.id());
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.name("verdictsDiffer").value(cmp.verdictsDiffer());
        w.name("items").beginArray();
        for (ItemDifference d : cmp.items()) {
            w.beginObject().name("item").value(d.item().value());
            w.name("answers").beginObject();
            for (var a : d.answers().entrySet()) {
                PlanWriter.answer(w.name(a.getKey()), a.getValue());
            }
            w.endObject();
            numbers("points", d.points(), w);
            numbers("differences", d.differences(), w);
            w.endObject();
        }
        w.endArray();
        w.name("scores").beginArray();
        for (ScoreDifference d : cmp.scores()) {
            w.beginObject().name("id").value(d.id()).name("level").value(d.level().name());
            numbers("values", d.values(), w);
            numbers("differences", d.differences(), w);
            w.endObject();
        }
        w.endArray();
        w.name("checks").beginArray();
        for (CheckDifference d : cmp.checks()) {
            w.beginObject().name("id").value(d.id());
            w.name("passed").beginObject();
            for (var p : d.passed().entrySet()) {
                w.name(p.getKey()).value(p.getValue());
            }
            w.endObject();
            w.name("actual").beginObject();
            for (var a : d.actual().entrySet()) {
                w.name(a.getKey()).value(a.getValue());
            }
            w.endObject().endObject();
        }
        w.endArray();
        w.endObject();
    }

    private static void numbers(String name, Map<String, BigDecimal> values, JsonWriter w) throws IOException {
        w.name(name).beginObject();
        for (var v : values.entrySet()) {
            w.name(v.getKey()).value(v.getValue());
        }
        w.endObject();
    }
}
