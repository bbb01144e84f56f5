package io.github.zirules.excel.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.RuleSetModel;
import org.jspecify.annotations.Nullable;

/**
 * The one place this module reads an item's structure codes and the rule set's model: every other class asks here, so
 * that the API's move from enums to the model's string codes touches this class only.
 */
final class Bridge {

    private Bridge() {
    }

    /** The item's section code as structure.csv declares it ({@code PEM}). */
    static String section(Item it) {
        return it.section().code();
    }

    /** The item's area code ({@code MP}); null for an item of a section without areas (Hasil). */
    static @Nullable String area(Item it) {
        return it.area() == null ? null : it.area().name();
    }

    /** The rule set's model the instrument carries. */
    static RuleSetModel model(Instrument instrument) {
        return instrument.model().orElseThrow(() -> new IllegalArgumentException("the instrument carries no "
                + "structure (structure.csv): give the instrument of a loaded rule set (Evaluator.instrument)"));
    }

    /** The item's answer scale as the instrument's model declares it. */
    static RuleSetModel.AnswerScale scale(Instrument instrument, Item it) {
        String code = it.answerType().name();
        return model(instrument).answerScale(code).orElseThrow(() -> new IllegalArgumentException("item "
                + it.id() + ": its answer scale " + code + " is not declared in the rule set's structure.csv"));
    }

    /** The choice's label in the form the rule files use, if it is one of the scale's labels. */
    static java.util.Optional<String> canonical(Answer.Choice c, RuleSetModel.AnswerScale scale) {
        return c.canonical(io.github.zirules.api.AnswerType.valueOf(scale.code()));
    }
}
