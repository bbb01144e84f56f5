package io.github.zirules.testkit;

import io.github.zirules.api.Assessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What an invariant found on one assessment, each finding in Bahasa Indonesia and English, made into a violation. */
final class Findings {

    private static final int MAX_LISTED = 6;

    private final List<String> id = new ArrayList<>();
    private final List<String> en = new ArrayList<>();

    /** Adds a finding. */
    void add(String messageId, String messageEn) {
        id.add(messageId);
        en.add(messageEn);
    }

    /** Adds a finding that reads the same in both languages (a formula). */
    void add(String both) {
        add(both, both);
    }

    boolean isEmpty() {
        return id.isEmpty();
    }

    /** Empty when nothing was found; else a violation listing the first findings after the two headings. */
    Optional<Violation> violation(Invariant inv, String headingId, String headingEn, Assessment a,
                                  @Nullable Assessment counterpart) {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(inv.name(), headingId + ": " + Texts.list(id, MAX_LISTED),
                headingEn + ": " + Texts.list(en, MAX_LISTED), a, counterpart));
    }
}
