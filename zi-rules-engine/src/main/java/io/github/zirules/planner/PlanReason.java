package io.github.zirules.planner;

import java.util.Objects;

/**
 * Why a {@link Plan} is what it is, as data: a stable code and the explanation in Bahasa Indonesia and English.
 *
 * <p>Codes: {@code ALREADY_ELIGIBLE} (nothing to change); {@code PLAN_FOUND} (the changes are a smallest set);
 * {@code PLAN_FOUND_NOT_MINIMAL} (the changes suffice, but the search stopped at its limit before proving that no
 * smaller set exists); {@code REQUIRES_WBK} (WBBM is asked by a unit that does not hold Menuju WBK: the current
 * predicate is not an answer); {@code PREREQUISITE_NOT_MET} (an agency prerequisite such as the BPK opinion fails:
 * not an answer either); {@code UNREACHABLE} (even with every answer at its best, a check fails).
 *
 * @param code the stable code
 * @param messageId the explanation in Bahasa Indonesia
 * @param messageEn the explanation in English
 */
public record PlanReason(String code, String messageId, String messageEn) {

    /** Refuses nulls. */
    public PlanReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The explanation in the given language: {@code "id"} for Bahasa Indonesia, anything else for English. */
    public String message(String language) {
        return "id".equals(language) ? messageId : messageEn;
    }
}
