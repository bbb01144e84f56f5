package io.github.zirules.planner;

import io.github.zirules.api.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a {@link Plan} is what it is, as data: a stable code and the explanation, from the message catalogue.
 *
 * <p>Codes: {@code ALREADY_ELIGIBLE} (nothing to change); {@code PLAN_FOUND} (the changes are a smallest set);
 * {@code PLAN_FOUND_NOT_MINIMAL} (the changes suffice, but the search stopped at its limit before proving that no
 * smaller set exists); {@code REQUIRES_WBK} (WBBM is asked by a unit that does not hold Menuju WBK: the current
 * predicate is not an answer); {@code PREREQUISITE_NOT_MET} (an agency prerequisite such as the BPK opinion fails:
 * not an answer either); {@code UNREACHABLE} (even with every answer at its best, a check fails).
 *
 * @param code the stable code
 * @param explanation the explanation, in the language asked for
 */
public record PlanReason(String code, Message explanation) {

    /** Refuses nulls. */
    public PlanReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The explanation in the language of {@code locale} (Bahasa Indonesia for {@code id}, else English). */
    public String message(Locale locale) {
        return explanation.text(locale);
    }

    /** The explanation in Bahasa Indonesia (the plan JSON's {@code reason.id}). */
    public String messageId() {
        return message(Message.INDONESIAN);
    }

    /** The explanation in English (the plan JSON's {@code reason.en}). */
    public String messageEn() {
        return message(Locale.ENGLISH);
    }
}
