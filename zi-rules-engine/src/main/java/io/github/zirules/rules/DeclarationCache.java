package io.github.zirules.rules;

import io.github.zirules.api.DeclaredFact;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the declarations of one compiled rule set read from their texts: a rule declares the same agency facts,
 * grade scales and warning checks, with the same string constants, on every evaluation, so each text is read (and checked) once and
 * found again here. Only what a valid declaration made is kept, so a wrong declaration is refused every time with
 * the same error. Belongs to one {@link ScorecardLayout}, hence to one rule set: two rule sets never share a value.
 * Safe for the many threads that evaluate one rule set at once; bounded, beyond which texts are read every time.
 */
final class DeclarationCache {

    /** At most this many texts of each kind are kept: a rule set declares a handful; a rule building texts, more. */
    static final int LIMIT = 1_000;

    /** An agency fact as declared: every argument of {@link Scorecard#agencyFact}. */
    private record FactText(String name, String kind, String labelId, String labelEn) {
    }

    private final ConcurrentHashMap<FactText, DeclaredFact> facts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> scales = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> scaleNames = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<WarningText, WithoutEvidence> warningChecks = new ConcurrentHashMap<>();

    /** A warning check as declared: every argument of {@link Scorecard#warnWithoutEvidence}. */
    private record WarningText(String code, String answers, String messageId, String messageEn) {
    }

    /** The agency fact these texts declared before, or null if they have not. */
    @Nullable DeclaredFact fact(String name, String kind, String labelId, String labelEn) {
        return facts.get(new FactText(name, kind, labelId, labelEn));
    }

    /** Keeps the agency fact these (valid) texts declare. */
    void keepFact(String name, String kind, String labelId, String labelEn, DeclaredFact declared) {
        if (facts.size() < LIMIT) {
            facts.putIfAbsent(new FactText(name, kind, labelId, labelEn), declared);
        }
    }

    /** The grades of a scale written as {@code scale} before, or null if it has not been. */
    @Nullable List<String> scale(String scale) {
        return scales.get(scale);
    }

    /** Keeps the grades of a (valid) scale written as {@code scale}. */
    void keepScale(String scale, List<String> grades) {
        if (scales.size() < LIMIT) {
            scales.putIfAbsent(scale, grades);
        }
    }

    /** Whether {@code name} was found a valid grade scale name before. */
    boolean knownScaleName(String name) {
        return scaleNames.containsKey(name);
    }

    /** Keeps {@code name} as a valid grade scale name. */
    void keepScaleName(String name) {
        if (scaleNames.size() < LIMIT) {
            scaleNames.putIfAbsent(name, Boolean.TRUE);
        }
    }

    /** The warning check these texts declared before, or null if they have not. */
    @Nullable WithoutEvidence warningCheck(String code, String answers, String messageId, String messageEn) {
        return warningChecks.get(new WarningText(code, answers, messageId, messageEn));
    }

    /** Keeps the warning check these (valid) texts declare. */
    void keepWarningCheck(String code, String answers, String messageId, String messageEn, WithoutEvidence check) {
        if (warningChecks.size() < LIMIT) {
            warningChecks.putIfAbsent(new WarningText(code, answers, messageId, messageEn), check);
        }
    }

    /** How many texts are kept, of every kind (tests). */
    int size() {
        return facts.size() + scales.size() + scaleNames.size() + warningChecks.size();
    }
}
