package io.github.zirules.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No plan is larger than needed: on the tiny rule set, for many starting assessments, the planner's (items changed,
 * steps) is compared with the least over every combination of answers that the engine finds eligible (choices over
 * all their labels, the PCT item over 0/2, 1/2, 2/2, the survey indices over 3.00 and 4.00; an item unanswered at
 * the start may also stay unanswered). Costlier combinations than the best so far are not evaluated.
 */
class GapPlannerExhaustiveTest {

    private static final Evaluator ZI = TinyRuleSets.evaluator();
    private static final Instrument INSTRUMENT = ZI.instrument(TinyRuleSets.TINY);
    private static final GapPlanner PLANNER = GapPlanner.create(ZI);
    private static final List<List<Answer>> DOMAINS = new ArrayList<>();
    private static final Map<List<Object>, Boolean> ELIGIBLE = new HashMap<>();

    @BeforeAll
    static void domains() {
        for (Item item : INSTRUMENT.items()) {
            DOMAINS.add(switch (INSTRUMENT.answerScale(item).kind()) {
                case RATIO -> List.of(Answer.ratio(0, 2), Answer.ratio(1, 2), Answer.ratio(2, 2));
                case INDEX -> List.of(Answer.index("3.00"), Answer.index("4.00"));
                case DECREASE -> throw new IllegalStateException("the tiny instrument has no DEC item");
                default -> INSTRUMENT.answerScale(item).labels().stream().map(l -> (Answer) Answer.choice(l)).toList();
            });
        }
    }

    /** Whether the engine finds the combination eligible (each combination evaluated once). */
    private static boolean eligible(Answer[] combo, Predikat target) {
        List<Object> key = new ArrayList<>(Arrays.asList(combo));
        key.add(target);
        return ELIGIBLE.computeIfAbsent(key, k -> ZI.evaluate(assessment(combo, target)).eligible());
    }

    private static Assessment assessment(Answer[] answers, Predikat target) {
        Assessment.Builder b = Assessment.builder(Unit.of("TINY"), 2024, target).ruleSet(TinyRuleSets.TINY)
                .currentPredicate(target == Predikat.WBBM ? Predikat.WBK : Predikat.NONE);
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != null) {
                b.answer(INSTRUMENT.items().get(i).id(), answers[i]);
            }
        }
        return b.build();
    }

    @Test
    void planIsNeverLargerThanTheSmallestEligibleCombinationFoundByExhaustiveSearch() {
        Random r = new Random(7);
        int planned = 0;
        // 120 random starts, a third of them WBBM: more than 80 need changes (asserted below); the engine's verdicts
        // are cached per combination, so the exhaustive searches share most of their evaluations.
        for (int trial = 0; trial < 120; trial++) {
            Answer[] start = new Answer[DOMAINS.size()];
            for (int i = 0; i < start.length; i++) {
                List<Answer> d = DOMAINS.get(i);
                start[i] = r.nextInt(16) == 0 ? null : d.get(r.nextInt(d.size()));
            }
            Predikat target = trial % 3 == 0 ? Predikat.WBBM : Predikat.WBK;
            Plan plan = PLANNER.plan(assessment(start, target), target, PlanOptions.EVERYTHING);
            int[] least = least(start, target);
            assertTrue(plan.feasible(), "trial " + trial + ": " + plan.reason());
            assertTrue(plan.minimal(), "trial " + trial);
            assertEquals(least[0], plan.changes().size(), "trial " + trial + ": items changed; " + plan.changes());
            if (!plan.needsNewSurvey()) {
                // with a survey index among the changes, its least value comes before the fewest steps
                assertEquals(least[1], plan.steps(), "trial " + trial + ": steps; " + plan.changes());
            }
            assertTrue(ZI.evaluate(plan.apply(assessment(start, target))).eligible(), "trial " + trial);
            planned += plan.changes().isEmpty() ? 0 : 1;
        }
        assertTrue(planned > 80, "most trials need changes, so the comparison means something: " + planned);
    }

    /**
     * The least (items changed, steps) over every combination of answers from the domains (an item unanswered at the
     * start may also stay unanswered) that the engine finds eligible.
     */
    private static int[] least(Answer[] start, Predikat target) {
        int[] best = {Integer.MAX_VALUE, Integer.MAX_VALUE};
        search(start, target, new Answer[start.length], 0, best);
        return best;
    }

    private static void search(Answer[] start, Predikat target, Answer[] combo, int i, int[] best) {
        if (i == combo.length) {
            int changed = 0;
            int steps = 0;
            for (int j = 0; j < combo.length; j++) {
                if (!Objects.equals(combo[j], start[j])) {
                    changed++;
                    steps += steps(INSTRUMENT.answerScale(INSTRUMENT.items().get(j)), start[j], combo[j]);
                }
            }
            if ((changed < best[0] || changed == best[0] && steps < best[1]) && eligible(combo, target)) {
                best[0] = changed;
                best[1] = steps;
            }
            return;
        }
        List<Answer> domain = new ArrayList<>(DOMAINS.get(i));
        if (start[i] == null) {
            domain.add(null);
        }
        for (Answer a : domain) {
            combo[i] = a;
            search(start, target, combo, i + 1, best);
        }
    }

    /** Labels moved (from no answer: from the lowest label); 1 for a count or an index. */
    private static int steps(RuleSetModel.AnswerScale type, Answer from, Answer to) {
        if (type.kind() != RuleSetModel.AnswerKind.CHOICE || to == null) {
            return 1;
        }
        List<String> labels = type.labels();
        int f = from == null ? labels.size() - 1 : labels.indexOf(((Answer.Choice) from).label());
        return Math.abs(f - labels.indexOf(((Answer.Choice) to).label()));
    }
}
