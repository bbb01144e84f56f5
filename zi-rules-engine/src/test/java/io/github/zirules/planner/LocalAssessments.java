package io.github.zirules.planner;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Test helper: seed-driven assessments over any instrument, mostly near the thresholds (as real units that ask for a
 * predicate are), with some unanswered items, zero denominators and far-off units. A stand-in for the shared
 * generator, which is not on this branch.
 */
final class LocalAssessments {

    private LocalAssessments() {
    }

    /** An assessment for {@code seed}: the same seed always gives the same assessment. */
    static Assessment generate(long seed, Instrument instrument, String ruleSet) {
        Random r = new Random(seed);
        double good = 0.55 + 0.45 * r.nextDouble();
        Predikat target = r.nextInt(3) == 0 ? Predikat.WBBM : Predikat.WBK;
        Assessment.Builder b = Assessment.builder(Unit.of("GEN-" + Long.toHexString(seed)), 2024, target)
                .ruleSet(ruleSet)
                .currentPredicate(target == Predikat.WBBM && r.nextInt(5) > 0 ? Predikat.WBK : Predikat.NONE);
        for (Item item : instrument.items()) {
            if (r.nextInt(40) == 0) {
                continue;
            }
            b.answer(item.id(), answer(instrument, item, r, good));
        }
        return b.build();
    }

    private static Answer answer(Instrument instrument, Item item, Random r, double good) {
        boolean best = r.nextDouble() < good;
        switch (instrument.answerScale(item).kind()) {
            case RATIO: {
                long d = r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(60);
                return Answer.ratio(best ? d : (d == 0 ? 0 : r.nextInt((int) d + 1)), d);
            }
            case DECREASE: {
                long last = r.nextInt(10);
                return Answer.decrease(last, best ? 0 : r.nextInt(12));
            }
            case INDEX:
                return Answer.index(BigDecimal.valueOf(best ? 330 + r.nextInt(71) : 250 + r.nextInt(151), 2));
            default: {
                List<String> labels = instrument.answerScale(item).labels();
                return Answer.choice(best ? labels.get(0) : labels.get(r.nextInt(labels.size())));
            }
        }
    }
}
