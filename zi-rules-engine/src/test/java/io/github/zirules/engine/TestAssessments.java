package io.github.zirules.engine;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import java.math.BigDecimal;

/** Test helper: assessments built from the instrument, every answer at its best, to be changed item by item. */
final class TestAssessments {

    private TestAssessments() {
    }

    /** Every item answered at its best (Ya, A, full counts, index 4). */
    static Assessment.Builder allBest(Instrument instrument, Predikat target) {
        Assessment.Builder b = Assessment.builder(Unit.of("UJI-1"), 2026, target);
        for (Item it : instrument.items()) {
            b.answer(it.id(), switch (instrument.answerScale(it).kind()) {
                case RATIO -> Answer.ratio(10, 10);
                case DECREASE -> Answer.decrease(10, 0);
                case INDEX -> Answer.index(BigDecimal.valueOf(4));
                default -> Answer.choice(instrument.answerScale(it).labels().get(0));
            });
        }
        return b;
    }

    /** The worst label of the item's type. */
    static Answer worst(Instrument instrument, String item) {
        Item it = instrument.item(io.github.zirules.api.ItemId.of(item)).orElseThrow();
        var labels = instrument.answerScale(it).labels();
        return Answer.choice(labels.get(labels.size() - 1));
    }
}
