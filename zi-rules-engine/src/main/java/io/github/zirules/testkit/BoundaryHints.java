package io.github.zirules.testkit;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel.AnswerKind;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What boundary hugging aims at, read from a rule set by scoring probes, never typed into Java: the shares of their
 * maximum that the score checks the areas decide require, and the survey indices at which a check starts to pass.
 *
 * @param shares each score check's minimum as a share of that score's maximum, for the checks that fail when every
 *     area item is answered at its worst (so: the areas', Pengungkit's and the total's, not Hasil's); ascending
 * @param indices for each survey index item (IDX4), the least index, in hundredths, at which no check fails that
 *     passes with every answer at its best; ascending, without an item no check depends on
 */
record BoundaryHints(List<Double> shares, List<BigDecimal> indices) {

    /** No hints: boundary hugging then leaves answers as drawn without it. */
    static final BoundaryHints NONE = new BoundaryHints(List.of(), List.of());

    private static final int MAX_HUNDREDTHS = 400;

    BoundaryHints {
        shares = List.copyOf(shares);
        indices = List.copyOf(indices);
    }

    /**
     * The hints of {@code rules} for assessments aiming at {@code target} in {@code year}; {@link #NONE} if the rules
     * fail on a probe (a defective rule set under test: the invariants, not the generator, report that).
     */
    static BoundaryHints probe(RuleSetUnderTest rules, Predikat target, int year) {
        try {
            return probeOrThrow(rules, target, year);
        } catch (RuntimeException rulesFailed) {
            return NONE;
        }
    }

    private static BoundaryHints probeOrThrow(RuleSetUnderTest rules, Predikat target, int year) {
        Assessment context = Assessment.builder(Unit.of(AssessmentGenerator.UNIT_ID_PREFIX + "HINTS"), year, target)
                .ruleSet(rules.id()).build();
        Assessment best = AnswerMoves.allBest(rules.instrument(), context);
        Result atBest = rules.baseline(context);
        Set<String> failingAtBest = failed(atBest);
        Assessment.Builder areasWorst = best.toBuilder();
        for (Item item : rules.instrument().items()) {
            if (item.area() != null) {
                areasWorst.answer(item.id(), AnswerMoves.worst(rules.instrument().answerScale(item)));
            }
        }
        Set<String> decidedByAreas = failed(rules.evaluate(areasWorst.build()));
        Map<String, BigDecimal> maxima = rules.maxima(context);
        // keyed by the share to 10 digits, so that one share reached through different weights counts once
        TreeMap<BigDecimal, Double> shares = new TreeMap<>();
        for (Check c : atBest.verdict().checks()) {
            String key = ScoreTable.keyOfCheck(c.id());
            BigDecimal max = maxima.get(key);
            if (c instanceof ScoreCheck s && decidedByAreas.contains(s.id()) && !failingAtBest.contains(s.id())
                    && max != null && max.signum() > 0 && s.required().signum() > 0
                    && s.required().compareTo(max) <= 0) {
                shares.putIfAbsent(s.required().divide(max, new MathContext(10)),
                        s.required().doubleValue() / max.doubleValue());
            }
        }
        TreeSet<BigDecimal> indices = new TreeSet<>();
        for (Item item : rules.instrument().items()) {
            if (rules.instrument().answerScale(item).kind() == AnswerKind.INDEX) {
                cutOff(rules, best, item, failingAtBest).ifPresent(indices::add);
            }
        }
        return new BoundaryHints(List.copyOf(shares.values()), List.copyOf(indices));
    }

    /**
     * The least index of {@code item}, with every other answer at its best, at which no check fails that passes at
     * the best: found by halving, as a rule set's scores rise with the index (the monotonicity invariant). Empty if
     * no check fails even at 0.
     */
    private static Optional<BigDecimal> cutOff(RuleSetUnderTest rules, Assessment best, Item item,
                                               Set<String> failingAtBest) {
        int low = 0;
        int high = MAX_HUNDREDTHS;
        if (passes(rules, best, item, low, failingAtBest) || !passes(rules, best, item, high, failingAtBest)) {
            return Optional.empty();
        }
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (passes(rules, best, item, mid, failingAtBest)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return Optional.of(BigDecimal.valueOf(high, 2));
    }

    private static boolean passes(RuleSetUnderTest rules, Assessment best, Item item, int hundredths,
                                  Set<String> failingAtBest) {
        Answer index = Answer.index(BigDecimal.valueOf(hundredths, 2));
        return failingAtBest.containsAll(failed(rules.evaluate(best.toBuilder().answer(item.id(), index).build())));
    }

    private static Set<String> failed(Result r) {
        return r.verdict().failedChecks().stream().map(Check::id).collect(Collectors.toSet());
    }
}
