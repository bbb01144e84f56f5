package io.github.zirules.json.internal;

import io.github.zirules.api.Check;
import io.github.zirules.api.GradeCheck;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Scores;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Result} as {@code zi-report/1}: the fields of FORMAT.md in its order, then the extra fields
 * {@code warnings} and {@code explanation}. Every score is written with exactly 2 decimals (rounded half-up, the
 * reporting rule) and every item value with 4; a null value is left out.
 */
public final class ReportWriter {

    /** The format written. */
    public static final String FORMAT = "zi-report/1";
    /** Decimals of a score. */
    public static final int SCORE_SCALE = 2;
    /** Decimals of an item value. */
    public static final int VALUE_SCALE = 4;

    private ReportWriter() {
    }

    /** Writes {@code r} as the next value of {@code w}. */
    public static void write(Result r, JsonWriter w) throws IOException {
        w.beginObject();
        w.name("format").value(FORMAT);
        ruleSet(r.ruleSet(), w);
        AssessmentWriter.unit(r.unit(), w);
        w.name("year").value(r.year());
        scores(r.scores(), w);
        w.name("verdict").beginObject();
        w.name("target").value(r.verdict().target().name());
        w.name("eligible").value(r.verdict().eligible());
        w.name("checks").beginArray();
        for (Check c : r.verdict().checks()) {
            check(c, w);
        }
        w.endArray().endObject();
        w.name("warnings").beginArray();
        for (Problem p : r.warnings()) {
            problem(p, w);
        }
        w.endArray();
        w.name("explanation").beginObject().name("items").beginArray();
        for (ItemScore i : r.items()) {
            w.beginObject().name("item").value(i.item().value());
            if (i.answer() != null) {
                w.name("answer");
                AnswerJson.write(w, i.answer());
            }
            w.name("value").value(scaled(i.value(), VALUE_SCALE));
            w.name("exactValue").value(i.exactValue());
            w.name("points").value(score(i.points()));
            w.name("rule").value(i.rule());
            w.endObject();
        }
        w.endArray().endObject();
        w.endObject();
    }

    private static void ruleSet(RuleSetInfo rs, JsonWriter w) throws IOException {
        w.name("ruleset").beginObject()
                .name("id").value(rs.id())
                .name("version").value(rs.version())
                .name("sha256").value(rs.sha256())
                .optional("title", rs.title())
                .optional("legalBasis", rs.legalBasis())
                .optional("years", rs.years())
                .name("provisional").value(rs.provisional());
        w.name("parents").beginArray();
        for (String p : rs.parents()) {
            w.value(p);
        }
        w.endArray().endObject();
    }

    private static void scores(Scores s, JsonWriter w) throws IOException {
        w.name("scores").beginObject();
        w.name("total").value(score(s.total()));
        w.name("pengungkit").value(score(s.pengungkit()));
        w.name("pemenuhan").value(score(s.pemenuhan()));
        w.name("reform").value(score(s.reform()));
        w.name("areas").beginObject();
        for (Map.Entry<String, BigDecimal> a : s.areas().entrySet()) {
            w.name(a.getKey()).value(score(a.getValue()));
        }
        w.endObject();
        w.name("areaParts");
        scoreMap(s.areaParts(), w);
        w.name("hasil").value(score(s.hasil()));
        w.name("BBA").value(score(s.bba()));
        w.name("IPAK").value(score(s.ipak()));
        w.name("KINERJA").value(score(s.kinerja()));
        w.name("IPKP").value(score(s.ipkp()));
        w.name("indicators");
        scoreMap(s.indicators(), w);
        w.endObject();
    }

    private static void scoreMap(Map<String, BigDecimal> m, JsonWriter w) throws IOException {
        w.beginObject();
        for (Map.Entry<String, BigDecimal> e : m.entrySet()) {
            w.name(e.getKey()).value(score(e.getValue()));
        }
        w.endObject();
    }

    private static void check(Check c, JsonWriter w) throws IOException {
        w.beginObject().name("id").value(c.id());
        if (c instanceof ScoreCheck s) {
            w.name("required").value(score(s.required()));
            w.name("actual").value(score(s.actual()));
        } else if (c instanceof GradeCheck g) {
            w.optional("required", g.required());
            w.optional("actual", g.actual());
        }
        w.name("passed").value(c.passed());
        if (c instanceof ScoreCheck s && s.shortfall() != null) {
            w.name("shortfall").value(score(s.shortfall()));
        }
        w.name("rule").value(c.rule());
        w.endObject();
    }

    /**
     * Writes a problem: severity, code, location, messageId, messageEn, expected (left out when null), expectedId
     * (left out when it is the same as expected: a value, a list or a line of DRL).
     */
    public static void problem(Problem p, JsonWriter w) throws IOException {
        w.beginObject()
                .name("severity").value(p.severity().name())
                .name("code").value(p.code())
                .name("location").value(p.location())
                .name("messageId").value(p.messageId())
                .name("messageEn").value(p.messageEn())
                .optional("expected", p.expected())
                .optional("expectedId", Objects.equals(p.expectedId(), p.expected()) ? null : p.expectedId())
                .endObject();
    }

    private static BigDecimal score(BigDecimal v) {
        return scaled(v, SCORE_SCALE);
    }

    private static BigDecimal scaled(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.HALF_UP);
    }
}
