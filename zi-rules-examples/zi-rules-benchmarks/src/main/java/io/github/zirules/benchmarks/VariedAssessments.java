package io.github.zirules.benchmarks;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import io.github.zirules.api.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seed-driven assessments for the benchmarks: the same seed gives the same assessment on every machine. Answers lean
 * towards the good end, as real self-assessments do, so that some units are eligible and some are not.
 *
 * <p>Deliberately small and local to the benchmarks (the project's shared test generator lives elsewhere).
 */
public final class VariedAssessments {

    private VariedAssessments() {
    }

    /** Every item answered with one document of evidence, WBK asked, no agency facts: "one full assessment". */
    public static Assessment full(Instrument instrument, long seed) {
        return build(instrument, new SplittableRandom(seed), "FULL-" + seed, false);
    }

    /**
     * A varied assessment: WBK or WBBM, a few items unanswered, zero denominators, ratios above 100 %, evidence on
     * some answers, agency facts on some units.
     */
    public static Assessment varied(Instrument instrument, long seed) {
        return build(instrument, new SplittableRandom(seed), "VAR-" + seed, true);
    }

    /** {@code n} varied assessments from seeds {@code seed, seed + 1, …}. */
    public static List<Assessment> batch(Instrument instrument, long seed, int n) {
        List<Assessment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(varied(instrument, seed + i));
        }
        return out;
    }

    private static Assessment build(Instrument instrument, SplittableRandom r, String unitId, boolean varied) {
        Predikat target = varied && r.nextInt(4) == 0 ? Predikat.WBBM : Predikat.WBK;
        Assessment.Builder b = Assessment.builder(Unit.of(unitId), 2024, target);
        if (target == Predikat.WBBM) {
            b.currentPredicate(r.nextInt(5) == 0 ? Predikat.NONE : Predikat.WBK);
        }
        if (varied && r.nextInt(3) == 0) {
            b.agency(new AgencyFacts(pick(r, "WTP", "WTP", "WDP"), pick(r, "A", "BB", "B", "CC"),
                    pick(r, "BB", "B", "CC"), pick(r, "MINISTRY", "REGIONAL")));
        }
        for (Item it : instrument.items()) {
            if (varied && r.nextInt(40) == 0) {
                continue;
            }
            b.answer(it.id(), answer(instrument.answerScale(it), r));
            if (!varied || r.nextInt(3) == 0) {
                b.evidence(it.id().value(), Evidence.titled("SK " + it.id()));
            }
        }
        return b.build();
    }

    private static Answer answer(AnswerScale scale, SplittableRandom r) {
        return switch (scale.kind()) {
            case RATIO -> {
                long den = r.nextInt(20) == 0 ? 0 : 1 + r.nextInt(400);
                long num = r.nextInt(15) == 0 ? den + 1 + r.nextInt(10) : den - r.nextLong(den / 3 + 1);
                yield Answer.ratio(num, den);
            }
            case DECREASE -> Answer.decrease(r.nextInt(30), r.nextInt(20));
            case INDEX -> Answer.index(BigDecimal.valueOf(260 + r.nextInt(141), 2));
            case CHOICE -> {
                List<String> labels = scale.labels();
                int i = Math.min(r.nextInt(labels.size() + 2), r.nextInt(labels.size()));
                yield Answer.choice(labels.get(i));
            }
        };
    }

    private static String pick(SplittableRandom r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
