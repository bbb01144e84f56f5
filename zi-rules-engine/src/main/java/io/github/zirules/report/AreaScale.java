package io.github.zirules.report;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Unit;
import io.github.zirules.api.UnknownRuleSetException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the chart of the change areas is drawn against: each area's weight (its maximum) and, per predicate, each
 * area's minimum in points, keyed by the area codes of the rule set's structure ({@code MP} …). A report shows an area
 * as a share of its weight, with a line at each predicate's minimum share (for 90/2021: 60 % for Menuju WBK, 75 % for
 * Menuju WBBM).
 *
 * <p>None of these numbers is written in Java: {@link #learn} asks the rule set. It scores a probe assessment in
 * which every item has its best answer (the first label of a choice scale, a full ratio, a full decrease, an index of
 * 4) once for each predicate: each area's score is then its weight, and each predicate's {@code AREA.*} checks give
 * its minimums. (The engine refuses to load a rule set in which every answer at its best does not reach the
 * weights, so the probe is sound; should it ever not reach full marks on every item, or should the result's rule set
 * not be the evaluator's, the scale is {@link #UNKNOWN} and reports leave the chart out rather than guess.)
 *
 * @param weights each area's weight in points, e.g. MP 8.00
 * @param minimums per predicate, each area's minimum in points, e.g. WBK → MP 4.80
 */
public record AreaScale(Map<String, BigDecimal> weights, Map<Predikat, Map<String, BigDecimal>> minimums) {

    /** No scale known: reports leave out the chart and the shares of weight. */
    public static final AreaScale UNKNOWN = new AreaScale(Map.of(), Map.of());

    /** The unit id of the probe assessment. */
    static final String PROBE_UNIT = "zi-rules-area-scale-probe";

    /** Copies the maps, keeping their order and only positive weights. */
    public AreaScale {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        Objects.requireNonNull(weights, "weights").forEach((a, v) -> {
            if (v != null && v.signum() > 0) {
                w.put(a, v);
            }
        });
        weights = Collections.unmodifiableMap(w);
        Map<Predikat, Map<String, BigDecimal>> m = new EnumMap<>(Predikat.class);
        Objects.requireNonNull(minimums, "minimums").forEach((p, byArea) -> {
            if (!byArea.isEmpty()) {
                m.put(p, Collections.unmodifiableMap(new LinkedHashMap<>(byArea)));
            }
        });
        minimums = Collections.unmodifiableMap(m);
    }

    /** Whether the weights are known (else the chart cannot be drawn). */
    public boolean isKnown() {
        return !weights.isEmpty();
    }

    /** The weight of {@code area}, if known. */
    public Optional<BigDecimal> weight(String area) {
        return Optional.ofNullable(weights.get(area));
    }

    /** The minimum of {@code area} for {@code predicate} in points, if the rule set has one. */
    public Optional<BigDecimal> minimum(Predikat predicate, String area) {
        return Optional.ofNullable(minimums.getOrDefault(predicate, Map.of()).get(area));
    }

    /** {@code points} as a share of the weight of {@code area} (0.6 for 4.80 of 8), if the weight is known. */
    public Optional<BigDecimal> share(String area, BigDecimal points) {
        return weight(area).map(w -> points.divide(w, MathContext.DECIMAL64));
    }

    /**
     * The scale of the rule set that produced {@code result}, learned from {@code evaluator} by scoring a probe
     * assessment once per predicate (see the class description). Costs two evaluations; cache it per rule set
     * ({@link RuleSetInfo#sha256()}) when rendering many results.
     *
     * @return the scale, or {@link #UNKNOWN} if the evaluator does not have the result's rule set (same id and
     *     hash) or the probe does not reach full marks
     */
    public static AreaScale learn(Evaluator evaluator, Result result) {
        Objects.requireNonNull(evaluator, "evaluator");
        RuleSetInfo info = Objects.requireNonNull(result, "result").ruleSet();
        boolean same = evaluator.ruleSets().stream()
                .anyMatch(r -> r.id().equals(info.id()) && r.sha256().equals(info.sha256()));
        if (!same) {
            return UNKNOWN;
        }
        try {
            Instrument instrument = evaluator.instrument(info.id());
            Map<String, BigDecimal> weights = null;
            Map<Predikat, Map<String, BigDecimal>> minimums = new EnumMap<>(Predikat.class);
            for (Predikat p : Predikat.values()) {
                if (p == Predikat.NONE) {
                    continue;
                }
                Result full = evaluator.evaluate(probe(instrument, info.id(), result.year(), p));
                if (!full.items().stream().map(ItemScore::value).allMatch(v -> v.compareTo(BigDecimal.ONE) == 0)) {
                    return UNKNOWN;
                }
                weights = weights == null ? full.scoreTree().areas() : weights;
                Map<String, BigDecimal> mins = new LinkedHashMap<>();
                for (Check c : full.verdict().checks()) {
                    String area = c.id().startsWith("AREA.") ? c.id().substring("AREA.".length()) : "";
                    if (weights.containsKey(area) && c instanceof ScoreCheck s) {
                        mins.put(area, s.required());
                    }
                }
                minimums.put(p, mins);
            }
            return weights == null ? UNKNOWN : new AreaScale(weights, minimums);
        } catch (InvalidInputException | UnknownRuleSetException | EvaluationException e) {
            return UNKNOWN;
        }
    }

    /** An assessment of {@code instrument} with every item at its best answer. */
    static Assessment probe(Instrument instrument, String ruleSetId, int year, Predikat target) {
        Assessment.Builder b = Assessment.builder(Unit.of(PROBE_UNIT), year, target).ruleSet(ruleSetId)
                .currentPredicate(target == Predikat.WBBM ? Predikat.WBK : Predikat.NONE);
        for (Item i : instrument.items()) {
            RuleSetModel.AnswerScale scale = instrument.answerScale(i);
            b.answer(i.id(), switch (scale.kind()) {
                case CHOICE -> Answer.choice(scale.labels().get(0));
                case RATIO -> Answer.ratio(1, 1);
                case DECREASE -> Answer.decrease(1, 0);
                case INDEX -> Answer.index(scale.indexRange().highest());
            });
        }
        return b.build();
    }
}
