package io.github.zirules.testkit;

import io.github.zirules.api.Message;
import java.util.Locale;

/** A built-in invariant whose description is a message of the catalogue ({@code invariant.NAME}), in both languages. */
abstract class CataloguedInvariant implements Invariant {

    private final Message description;

    CataloguedInvariant(Message description) {
        this.description = description;
    }

    @Override
    public final String descriptionId() {
        return description.text(Message.INDONESIAN);
    }

    @Override
    public final String descriptionEn() {
        return description.text(Locale.ENGLISH);
    }
}
