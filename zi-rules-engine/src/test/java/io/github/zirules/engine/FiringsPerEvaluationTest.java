package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Predikat;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.DroolsEvaluator;
import io.github.zirules.engine.internal.RuleSetCatalog;
import io.github.zirules.engine.internal.SessionRunner;
import io.github.zirules.rules.RuleRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cost of an evaluation is mostly Drools' work per fact and per firing (docs/performance.md): a rule that fires
 * once per item where once per indicator would do made every evaluation about 40 % slower before anyone noticed.
 * These tests count the facts and firings of the built-in rule set instead of timing it, so they hold on any machine.
 *
 * <p>A full assessment (every item answered at its best, each with evidence) inserts 11 facts (the score sheet and
 * the 10 items of a count or index scale) and fires 56 rules for WBK, 57 for WBBM (14 answer values, 10 count and
 * index values, one firing each for the indicators, the area parts, the areas and the per-area check, and the
 * once-per-evaluation rules, one of them the declared check of top answers without evidence). Before the answer
 * values became a table it inserted 178 facts and fired 209 rules for WBK; before the rules written once per level
 * were compiled to one firing per evaluation ({@code LevelRules}), 75 facts (46 indicators, 12 area parts and 6 areas
 * among them) and 122 firings. The same assessment without any evidence inserts and fires no more: its 103 top
 * answers without evidence are warned of by that declared check, where a rule per item inserted each of them and
 * fired once for each (178 facts, 224 firings). Rule coverage still counts each level rule once per level
 * ({@link #eachIndicatorAreaPartAndAreaIsScoredByOneFiring}).
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

    /** Every item answered at its best with one document of evidence: the full assessment of the benchmarks. */
    private static Assessment full(Predikat target) {
        Assessment.Builder b = TestAssessments.allBest(RS.instrument(), target);
        RS.instrument().items().forEach(it -> b.evidence(it.id().value(), Evidence.titled("SK " + it.id())));
        return b.build();
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
    void aFullAssessmentInserts11FactsAndFires56RulesForWbkAnd57ForWbbm() {
        assertEquals(new SessionRunner.Work(11, 56), SessionRunner.work(RS, full(Predikat.WBK)));
        assertEquals(new SessionRunner.Work(11, 57), SessionRunner.work(RS, full(Predikat.WBBM)));
    }

    @Test
    void topAnswersWithoutEvidenceAreWarnedOfWithoutAFactOrAFiringEach() {
        Assessment noEvidence = TestAssessments.allBest(RS.instrument(), Predikat.WBK).build();
        assertEquals(new SessionRunner.Work(11, 56), SessionRunner.work(RS, noEvidence));
        long warned = DroolsEvaluator.evaluateWith(RS, noEvidence, EvaluatorOptions.DEFAULT_FIRE_LIMIT, null)
                .warnings().stream().filter(w -> w.code().equals("TANPA_DATA_DUKUNG")).count();
        assertEquals(103, warned);
    }

    @Test
    void theDeclaredWarningCheckIsToldToTheObserverOncePerWarningItGave() {
        Map<RuleRef, Integer> counts = firings(Predikat.WBK);
        int told = counts.entrySet().stream().filter(e -> e.getKey().name().equals("Jawaban tertinggi tanpa data "
                + "dukung")).mapToInt(Map.Entry::getValue).sum();
        assertEquals(103, told, "allBest gives no evidence: one top answer without evidence per choice item");
    }

    @Test
    void choiceItemsAreValuedFromTheTableWithoutAFactOrAFiringEach() {
        int choiceItems = (int) RS.instrument().items().stream().filter(i -> !RS.instrument().answerScale(i).labels().isEmpty()).count();
        SessionRunner.Work work = SessionRunner.work(RS, full(Predikat.WBK));
        int items = RS.instrument().items().size();
        assertTrue(work.facts() <= 1 + items - choiceItems + RS.instrument().indicators().size() + 12 + 6,
                () -> work + ": a choice item was inserted");
    }

    /** Told to the observer (rule coverage) once per level, though compiled to one firing for all of them. */
    @Test
    void eachIndicatorAreaPartAndAreaIsScoredByOneFiring() {
        Map<RuleRef, Integer> counts = firings(Predikat.WBK);
        Map<String, Integer> byName = new LinkedHashMap<>();
        counts.forEach((r, n) -> byName.merge(r.name(), n, Integer::sum));
        assertEquals(RS.instrument().indicators().size(),
                byName.get("Nilai indikator = rata-rata nilai butirnya x bobot indikator"));
        assertEquals(12, byName.get("Nilai bagian area = jumlah nilai indikatornya"));
        assertEquals(6, byName.get("Nilai area = bagian Pemenuhan + bagian Reform"));
        assertEquals(6, byName.get("WBK: setiap area paling sedikit 60% dari bobotnya"));
    }

    @Test
    void eachAnswerValueRuleIsToldToTheObserverOncePerItemItValued() {
        int items = RS.instrument().items().size();
        int answerValues = firings(Predikat.WBK).entrySet().stream()
                .filter(e -> fileName(e.getKey()).equals("answer-values.drl")).mapToInt(Map.Entry::getValue).sum();
        assertEquals(items, answerValues, () -> answerValues + " answer values told for " + items + " items");
    }
}
