package io.github.zirules.excel.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Item;
import io.github.zirules.api.RuleSetModel.AnswerKind;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import java.util.List;

/** Answers the writers need: the best answer of each scale, and the labels of the count rows. */
final class Answers {

    private Answers() {
    }

    /** The best answer of a scale: its first label, all counts met, the highest index of its range. */
    static Answer best(AnswerScale scale) {
        return switch (scale.kind()) {
            case CHOICE -> Answer.choice(scale.labels().get(0));
            case RATIO -> Answer.ratio(1, 1);
            case DECREASE -> Answer.decrease(1, 0);
            case INDEX -> Answer.index(scale.indexRange().highest());
        };
    }

    /**
     * The two count rows of a PCT item (denominator, then numerator, as the LKE has them) or a DEC item (last year,
     * then this year), labelled from the instrument's ratio formula where it has one.
     */
    static List<String> countLabels(Item it, AnswerScale scale) {
        if (scale.kind() == AnswerKind.DECREASE) {
            return List.of("- Jumlah tahun lalu / last year", "- Jumlah tahun ini / this year");
        }
        String f = it.ratioFormula() == null ? "" : it.ratioFormula();
        int slash = f.lastIndexOf(" / ");
        if (slash < 0) {
            return List.of("- Jumlah penyebut / denominator", "- Jumlah pembilang / numerator");
        }
        return List.of("- Jumlah penyebut / denominator: " + f.substring(slash + 3).strip(),
                "- Jumlah pembilang / numerator: " + f.substring(0, slash).strip());
    }
}
