package io.github.zirules.compare.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.Scores;
import io.github.zirules.compare.AnswerSet;
import io.github.zirules.compare.AnswerSetComparison;
import io.github.zirules.compare.CheckDifference;
import io.github.zirules.compare.ItemDifference;
import io.github.zirules.compare.ScoreDifference.Level;
import io.github.zirules.compare.ScoreDifference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Builds an {@link AnswerSetComparison} (use {@link AnswerSetComparison#compare}). */
public final class Comparer {

    private Comparer() {
    }

    /** Evaluates every answer set of {@code a} and compares them. */
    public static AnswerSetComparison compare(Evaluator evaluator, Assessment a) {
        if (a.reviews().containsKey(AnswerSet.UNIT)) {
            throw new InvalidInputException("assessment of unit '" + a.unit().id() + "'",
                    List.of(Problem.error("REVIEW_ROLE_RESERVED", "$.reviews['" + AnswerSet.UNIT + "']",
                    Message.of("REVIEW_ROLE_RESERVED", AnswerSet.UNIT), Message.of("REVIEW_ROLE_RESERVED.expected"))));
        }
        List<AnswerSet> sets = new ArrayList<>();
        sets.add(new AnswerSet(AnswerSet.UNIT, a.answers(), a.answers(), evaluator.evaluate(a)));
        a.reviews().forEach((role, reviewed) -> {
            Map<ItemId, Answer> answers = new LinkedHashMap<>(a.answers());
            answers.putAll(reviewed);
            sets.add(new AnswerSet(role, reviewed, answers, evaluator.evaluate(a.withAnswers(answers))));
        });
        Instrument instrument = evaluator.instrument(sets.get(0).result().ruleSet().id());
        return new AnswerSetComparison(sets, items(instrument, sets), scores(sets), checks(sets));
    }

    private static List<ItemDifference> items(Instrument instrument, List<AnswerSet> sets) {
        AnswerSet unit = sets.get(0);
        List<Map<ItemId, BigDecimal>> points = new ArrayList<>();
        for (AnswerSet s : sets) {
            Map<ItemId, BigDecimal> p = new LinkedHashMap<>();
            for (ItemScore is : s.result().items()) {
                p.put(is.item(), is.points());
            }
            points.add(p);
        }
        List<ItemDifference> out = new ArrayList<>();
        for (Item item : instrument.items()) {
            Answer mine = unit.answers().get(item.id());
            boolean differs = false;
            for (AnswerSet s : sets.subList(1, sets.size())) {
                differs |= !same(instrument.answerScale(item), mine, s.answers().get(item.id()));
            }
            if (!differs) {
                continue;
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            Map<String, BigDecimal> pts = new LinkedHashMap<>();
            Map<String, BigDecimal> diffs = new LinkedHashMap<>();
            for (int i = 0; i < sets.size(); i++) {
                AnswerSet s = sets.get(i);
                answers.put(s.role(), s.answers().get(item.id()));
                pts.put(s.role(), points.get(i).get(item.id()));
                if (i > 0) {
                    diffs.put(s.role(), points.get(i).get(item.id()).subtract(points.get(0).get(item.id())));
                }
            }
            out.add(new ItemDifference(item.id(), answers, pts, diffs));
        }
        return out;
    }

    /**
     * Two answers to an item of {@code scale} are the same when they score the same way: choices ignoring case and
     * spaces.
     */
    static boolean same(RuleSetModel.AnswerScale scale, Answer x, Answer y) {
        if (x instanceof Answer.Choice cx && y instanceof Answer.Choice cy) {
            Optional<String> a = cx.canonical(scale);
            Optional<String> b = cy.canonical(scale);
            return a.isPresent() ? a.equals(b) : cx.label().strip().equals(cy.label().strip());
        }
        return Objects.equals(x, y);
    }

    private static List<ScoreDifference> scores(List<AnswerSet> sets) {
        List<ScoreDifference> out = new ArrayList<>();
        add(out, sets, "TOTAL", Level.TOTAL, Scores::total);
        add(out, sets, "PENGUNGKIT", Level.COMPONENT, Scores::pengungkit);
        add(out, sets, "PEMENUHAN", Level.COMPONENT, Scores::pemenuhan);
        add(out, sets, "REFORM", Level.COMPONENT, Scores::reform);
        add(out, sets, "HASIL", Level.COMPONENT, Scores::hasil);
        add(out, sets, "BBA", Level.COMPONENT, Scores::bba);
        add(out, sets, "IPAK", Level.COMPONENT, Scores::ipak);
        add(out, sets, "KINERJA", Level.COMPONENT, Scores::kinerja);
        add(out, sets, "IPKP", Level.COMPONENT, Scores::ipkp);
        Set<String> areas = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        Set<String> indicators = new LinkedHashSet<>();
        for (AnswerSet s : sets) {
            areas.addAll(s.result().scores().areas().keySet());
            parts.addAll(s.result().scores().areaParts().keySet());
            indicators.addAll(s.result().scores().indicators().keySet());
        }
        for (String a : areas) {
            add(out, sets, "AREA." + a, Level.AREA, s -> s.areas().get(a));
        }
        for (String p : parts) {
            add(out, sets, p, Level.AREA_PART, s -> s.areaParts().get(p));
        }
        for (String i : indicators) {
            add(out, sets, i, Level.INDICATOR, s -> s.indicators().get(i));
        }
        return out;
    }

    private static void add(List<ScoreDifference> out, List<AnswerSet> sets, String id, Level level,
                            Function<Scores, BigDecimal> score) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, BigDecimal> diffs = new LinkedHashMap<>();
        BigDecimal unit = score.apply(sets.get(0).result().scores());
        boolean differs = false;
        for (AnswerSet s : sets) {
            BigDecimal v = score.apply(s.result().scores());
            values.put(s.role(), v);
            if (!s.isUnit()) {
                BigDecimal d = v == null || unit == null ? null : v.subtract(unit);
                diffs.put(s.role(), d);
                differs |= d == null ? v != unit : d.signum() != 0;
            }
        }
        if (differs) {
            out.add(new ScoreDifference(id, level, values, diffs));
        }
    }

    private static List<CheckDifference> checks(List<AnswerSet> sets) {
        Set<String> ids = new LinkedHashSet<>();
        for (AnswerSet s : sets) {
            s.result().verdict().checks().forEach(c -> ids.add(c.id()));
        }
        List<CheckDifference> out = new ArrayList<>();
        for (String id : ids) {
            Map<String, Boolean> passed = new LinkedHashMap<>();
            Map<String, String> actual = new LinkedHashMap<>();
            for (AnswerSet s : sets) {
                Optional<Check> c = s.result().verdict().check(id);
                passed.put(s.role(), c.map(Check::passed).orElse(null));
                actual.put(s.role(), c.map(Check::actualText).orElse(null));
            }
            if (passed.values().stream().distinct().count() > 1) {
                out.add(new CheckDifference(id, passed, actual));
            }
        }
        return out;
    }
}
