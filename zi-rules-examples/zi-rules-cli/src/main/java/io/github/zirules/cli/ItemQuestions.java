package io.github.zirules.cli;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Result;
import io.github.zirules.api.UnknownRuleSetException;

/** What {@code plan} and {@code compare} print beside an item id: its question, else its indicator's name. */
final class ItemQuestions {

    private final Instrument instrument;

    private ItemQuestions(Instrument instrument) {
        this.instrument = instrument;
    }

    /** The questions of the rule set that scored {@code r}. */
    static ItemQuestions of(Evaluator evaluator, Result r) {
        try {
            return new ItemQuestions(evaluator.instrument(r.ruleSet().id()));
        } catch (UnknownRuleSetException e) {
            return new ItemQuestions(null);
        }
    }

    /** The question of {@code id} (or its indicator's name) on one line; empty when unknown. */
    String of(ItemId id) {
        Item i = instrument == null ? null : instrument.item(id).orElse(null);
        if (i == null) {
            return "";
        }
        String q = i.question().isBlank() ? i.indicatorName() : i.question();
        return q.strip().replaceAll("\\s+", " ");
    }
}
