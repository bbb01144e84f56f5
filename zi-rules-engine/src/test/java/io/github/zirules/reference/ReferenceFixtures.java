package io.github.zirules.reference;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;

/**
 * Hand-made assessments for the reference scorer's own tests, built from the items CSV only (no generator, no engine),
 * so that the oracle's tests depend on nothing they are meant to check.
 */
final class ReferenceFixtures {

    private ReferenceFixtures() {
    }

    /** Every item answered with full marks: Ya, A, 1/1, 1→0, index 4.00. Scores 100. */
    static Assessment.Builder allBest(Predikat target) {
        Assessment.Builder b = Assessment.builder(Unit.of("REF-FIXTURE"), 2026, target);
        for (ReferenceItems.Row row : ReferenceScorer.standard().items().rows()) {
            b.answer(row.itemId(), switch (row.answerType()) {
                case "YT" -> Answer.choice("Ya");
                case "ABC", "ABCD", "ABCDE" -> Answer.choice("A");
                case "PCT" -> Answer.ratio(1, 1);
                case "DEC" -> Answer.decrease(1, 0);
                case "IDX4" -> Answer.index("4.00");
                default -> throw new IllegalStateException("unknown answer type " + row.answerType());
            });
        }
        return b;
    }

    /** No answer at all. */
    static Assessment.Builder empty(Predikat target) {
        return Assessment.builder(Unit.of("REF-EMPTY"), 2026, target);
    }
}
