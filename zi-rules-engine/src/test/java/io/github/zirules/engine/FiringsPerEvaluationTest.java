package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Predikat;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.DroolsEvaluator;
import io.github.zirules.engine.internal.RuleSetCatalog;
import io.github.zirules.rules.RuleRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cost of an evaluation is mostly Drools' work per fact and per firing (docs/performance.md): a rule that fires
 * once per item where once per indicator would do made every evaluation about 40 % slower before anyone noticed.
 * These tests count the firings of the built-in rule set instead of timing it, so they hold on any machine.
 */
class FiringsPerEvaluationTest {

    private static final CompiledRuleSet RS = RuleSetCatalog.load(List.of(), true).get("permenpan-rb-90-2021");
    /** The files whose rules match single items: an answer's value, a zero denominator, a warning about an answer. */
    private static final Set<String> ITEM_FILES = Set.of("answer-values.drl", "zero-denominators.drl",
            "warnings.drl");

    private static Map<RuleRef, Integer> firings(Predikat target) {
        Map<RuleRef, Integer> counts = new LinkedHashMap<>();
        DroolsEvaluator.evaluateWith(RS, TestAssessments.allBest(RS.instrument(), target).build(),
                EvaluatorOptions.DEFAULT_FIRE_LIMIT, r -> counts.merge(r, 1, Integer::sum));
        return counts;
    }

    /** The rule's file without its rule-set folder. */
    private static String fileName(RuleRef rule) {
        return rule.file().substring(rule.file().lastIndexOf('/') + 1);
    }

    @Test
    void noRuleOutsideTheItemFilesFiresMoreOftenThanThereAreIndicators() {
        int indicators = RS.instrument().indicators().size();
        for (Predikat target : List.of(Predikat.WBK, Predikat.WBBM)) {
            firings(target).forEach((rule, n) -> assertTrue(ITEM_FILES.contains(fileName(rule)) || n <= indicators,
                    () -> "rule " + rule + " fired " + n + " times for " + target + ", more than the " + indicators
                            + " indicators: a rule that works per item belongs in the indicator's rule"));
        }
    }

    @Test
    void anAssessmentWithEveryAnswerFiresAtMostOneAnswerValueRulePerItem() {
        int items = RS.instrument().items().size();
        int answerValues = firings(Predikat.WBK).entrySet().stream()
                .filter(e -> fileName(e.getKey()).equals("answer-values.drl")).mapToInt(Map.Entry::getValue).sum();
        assertTrue(answerValues <= items, () -> answerValues + " answer-value firings for " + items + " items");
    }
}
