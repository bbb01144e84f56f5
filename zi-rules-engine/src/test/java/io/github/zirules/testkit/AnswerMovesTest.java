package io.github.zirules.testkit;

import static io.github.zirules.testkit.AssessmentGeneratorTest.INSTRUMENT;
import static io.github.zirules.testkit.AssessmentGeneratorTest.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.reference.ReferenceScorer;
import io.github.zirules.rules.Exact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AnswerMovesTest {

    private static final AssessmentValidator VALIDATOR = new AssessmentValidator(INSTRUMENT);
    private static final AssessmentGenerator GEN = AssessmentGenerator.builder(INSTRUMENT).quality(0.5)
            .reviewSets(1).evidenceShare(0.5).build();

    /** The answer scale of the item with this id. */
    private static RuleSetModel.AnswerScale scale(String id) {
        return scale(item(ItemId.of(id)));
    }

    private static RuleSetModel.AnswerScale scale(Item item) {
        return INSTRUMENT.answerScale(item);
    }

    @Test
    void raiseGoesOneStepUpTheScale() {
        assertEquals(Optional.of(Answer.choice("Ya")), AnswerMoves.raise(scale("PEM.MP.1.a"), Answer.choice("Tidak")));
        assertEquals(Optional.of(Answer.choice("B")), AnswerMoves.raise(scale("PEM.MP.1.b"), Answer.choice("C")));
        assertEquals(Optional.of(Answer.choice("A")), AnswerMoves.raise(scale("PEM.MP.1.b"), Answer.choice(" b ")));
        assertEquals(Optional.of(Answer.ratio(4, 5)), AnswerMoves.raise(scale("REF.PW.2.a"), Answer.ratio(3, 5)));
        assertEquals(Optional.of(Answer.decrease(10, 3)),
                AnswerMoves.raise(scale("REF.SDM.3.a"), Answer.decrease(10, 4)));
        assertEquals(Optional.of(Answer.index("4.00")), AnswerMoves.raise(scale("HAS.IPAK"), Answer.index("3.99")));
        assertEquals(Optional.of(Answer.index("4")), AnswerMoves.raise(scale("HAS.IPAK"), Answer.index("3.995")));
    }

    @Test
    void raiseStopsAtTheTop() {
        assertEquals(Optional.empty(), AnswerMoves.raise(scale("PEM.MP.1.a"), Answer.choice("Ya")));
        assertEquals(Optional.empty(), AnswerMoves.raise(scale("PEM.MP.1.b"), Answer.choice("A")));
        assertEquals(Optional.empty(), AnswerMoves.raise(scale("REF.PW.2.a"), Answer.ratio(5, 5)));
        assertEquals(Optional.empty(), AnswerMoves.raise(scale("REF.PW.2.a"), Answer.ratio(7, 5)), "already capped");
        assertEquals(Optional.empty(), AnswerMoves.raise(scale("REF.PW.2.a"), Answer.ratio(0, 0)));
        assertEquals(Optional.empty(), AnswerMoves.raise(scale("REF.SDM.3.a"), Answer.decrease(10, 0)));
        assertEquals(Optional.empty(), AnswerMoves.raise(scale("HAS.IPKP"), Answer.index("4.00")));
    }

    @Test
    void lowerGoesOneStepDownTheScaleAndStopsAtTheBottom() {
        assertEquals(Optional.of(Answer.choice("Tidak")), AnswerMoves.lower(scale("PEM.MP.1.a"), Answer.choice("Ya")));
        assertEquals(Optional.of(Answer.choice("E")), AnswerMoves.lower(scale("REF.MP.2.a"), Answer.choice("D")));
        assertEquals(Optional.empty(), AnswerMoves.lower(scale("REF.MP.2.a"), Answer.choice("E")));
        assertEquals(Optional.of(Answer.ratio(2, 5)), AnswerMoves.lower(scale("REF.PW.2.a"), Answer.ratio(3, 5)));
        assertEquals(Optional.empty(), AnswerMoves.lower(scale("REF.PW.2.a"), Answer.ratio(0, 5)));
        assertEquals(Optional.of(Answer.decrease(10, 5)),
                AnswerMoves.lower(scale("REF.SDM.3.a"), Answer.decrease(10, 4)));
        assertEquals(Optional.empty(), AnswerMoves.lower(scale("REF.SDM.3.a"), Answer.decrease(10, 10)));
        assertEquals(Optional.empty(), AnswerMoves.lower(scale("REF.SDM.3.a"), Answer.decrease(5, 8)), "already 0");
        assertEquals(Optional.of(Answer.index("0.00")), AnswerMoves.lower(scale("HAS.IPAK"), Answer.index("0.01")));
        assertEquals(Optional.empty(), AnswerMoves.lower(scale("HAS.IPAK"), Answer.index("0")));
    }

    @Test
    void bestAndWorstAreTheEndsOfEveryScale() {
        for (Item item : INSTRUMENT.items()) {
            RuleSetModel.AnswerScale scale = scale(item);
            assertEquals(Optional.empty(), AnswerMoves.raise(scale, AnswerMoves.best(scale)), item.id()::value);
            assertEquals(Optional.empty(), AnswerMoves.lower(scale, AnswerMoves.worst(scale)), item.id()::value);
        }
        Assessment best = AnswerMoves.allBest(INSTRUMENT, GEN.fromSeed(1));
        assertEquals(List.of(), VALIDATOR.validate(best));
        assertEquals("100.00", ReferenceScorer.standard().score(best).score("total").toPlainString());
        Assessment.Builder worst = best.toBuilder();
        INSTRUMENT.items().forEach(i -> worst.answer(i.id(), AnswerMoves.worst(scale(i))));
        assertEquals("0.00", ReferenceScorer.standard().score(worst.build()).score("total").toPlainString());
    }

    @Test
    void raisingFromWorstReachesBest() {
        for (Item item : INSTRUMENT.items()) {
            Answer a = AnswerMoves.worst(scale(item));
            int steps = 0;
            RuleSetModel.AnswerScale scale = scale(item);
            for (Optional<Answer> up = AnswerMoves.raise(scale, a); up.isPresent(); up = AnswerMoves.raise(scale, a)) {
                a = up.get();
                assertTrue(++steps <= 400, item.id()::value);
            }
            assertEquals(AnswerMoves.best(scale(item)), a, item.id()::value);
        }
    }

    @Test
    void raiseAndLowerUndoEachOtherOnAnswersWithinTheirScale() {
        qt().forAll(longs().all()).checkAssert(seed -> GEN.fromSeed(seed).answers().forEach((id, a) -> {
            Item item = item(id);
            if (a instanceof Answer.Ratio r && r.numerator() > r.denominator()
                    || a instanceof Answer.Decrease d && d.thisYear() > d.lastYear()) {
                return; // above 100 % or more violations than last year: accepted input outside the scale
            }
            AnswerMoves.raise(scale(item), a).ifPresent(up ->
                    assertEquals(Optional.of(a), AnswerMoves.lower(scale(item), up), () -> id + " " + a.display()));
            AnswerMoves.lower(scale(item), a).ifPresent(down ->
                    assertEquals(Optional.of(a), AnswerMoves.raise(scale(item), down), () -> id + " " + a.display()));
        }));
    }

    @Test
    void raisedAndLoweredAnswersStayValid() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Assessment a = GEN.fromSeed(seed);
            Assessment.Builder up = a.toBuilder();
            Assessment.Builder down = a.toBuilder();
            a.answers().forEach((id, answer) -> {
                AnswerMoves.raise(scale(item(id)), answer).ifPresent(x -> up.answer(id, x));
                AnswerMoves.lower(scale(item(id)), answer).ifPresent(x -> down.answer(id, x));
            });
            assertEquals(List.of(), VALIDATOR.validate(up.build()));
            assertEquals(List.of(), VALIDATOR.validate(down.build()));
        });
    }

    @Test
    void raisingAnyAnswerNeverLowersTheExactReferenceTotal() {
        // 300 tries, one random item each: every one of the 113 items, so all seven answer kinds, is moved up and
        // down a few times; the reference scorer is plain Java, so the 900 scorings take about a second.
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Assessment a = GEN.fromSeed(seed);
            Exact before = exactTotal(a);
            List<ItemId> ids = new ArrayList<>(a.answers().keySet());
            ItemId id = ids.get(new SplittableRandom(seed).nextInt(ids.size()));
            Answer answer = a.answers().get(id);
            AnswerMoves.raise(scale(item(id)), answer).ifPresent(up -> assertTrue(
                    exactTotal(a.toBuilder().answer(id, up).build()).compareTo(before) >= 0, id::value));
            AnswerMoves.lower(scale(item(id)), answer).ifPresent(down -> assertTrue(
                    exactTotal(a.toBuilder().answer(id, down).build()).compareTo(before) <= 0, id::value));
        });
    }

    @Test
    void answersOfTheWrongKindAreRefusedSayingWhatWasExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnswerMoves.raise(scale("PEM.MP.1.a"), Answer.ratio(1, 2)));
        assertEquals("answer 1/2 must be a Choice on the answer scale YT but was Ratio", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> AnswerMoves.lower(scale("PEM.MP.1.b"), Answer.choice("D")));
        assertEquals("answer on the scale ABC must be one of [A, B, C] but was 'D'", e.getMessage());
    }

    @Test
    void shrinkCandidatesAreEmptyAtTheBaselineAndEachIsValidAndCloser() {
        // 100 seeds: each gives dozens of candidates, every one validated, so thousands of moves are checked.
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            Assessment a = GEN.fromSeed(seed);
            Assessment baseline = AnswerMoves.allBest(INSTRUMENT, a);
            assertEquals(List.of(), AnswerMoves.shrinkCandidates(baseline, baseline));
            int before = AnswerMoves.differingItems(a, baseline).size();
            List<Assessment> candidates = AnswerMoves.shrinkCandidates(a, baseline);
            assertTrue(!candidates.isEmpty());
            for (Assessment c : candidates) {
                assertEquals(List.of(), VALIDATOR.validate(c));
                assertTrue(AnswerMoves.differingItems(c, baseline).size() <= before);
                assertTrue(!c.equals(a), "a candidate differs from its origin");
                assertEquals(a.unit(), c.unit());
            }
        });
    }

    @Test
    void shrinkCandidatesMoveAnAnswerPartOfTheWayTowardTheBaseline() {
        Assessment base = AnswerMoves.allBest(INSTRUMENT, GEN.fromSeed(5));
        Assessment a = base.toBuilder().answer("REF.MP.2.a", Answer.choice("E"))
                .answer("REF.PW.2.a", Answer.ratio(40, 81)).answer("HAS.IPAK", Answer.index("1.00")).build();
        List<Assessment> c = AnswerMoves.shrinkCandidates(a, base);
        assertTrue(c.stream().anyMatch(x -> x.answers().get(ItemId.of("REF.MP.2.a")).equals(Answer.choice("D"))));
        assertTrue(c.stream().anyMatch(x -> x.answers().get(ItemId.of("REF.PW.2.a")).equals(Answer.ratio(21, 41))));
        assertTrue(c.stream().anyMatch(x -> x.answers().get(ItemId.of("HAS.IPAK")).equals(Answer.index("2.50"))));
        assertEquals(2 + 3 + 3, c.size(), "two halves, three single resets, three part-way moves");
    }

    private static Exact exactTotal(Assessment a) {
        return ReferenceScorer.standard().exactScores(a).get("total");
    }
}
