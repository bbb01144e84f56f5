package io.github.zirules.testkit;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in {@link Invariant}s: what every correct rule set must do, whatever its weights and thresholds.
 *
 * <table>
 *   <caption>The invariants</caption>
 *   <tr><th>name</th><th>states</th></tr>
 *   <tr><td>{@code bounds}</td><td>every score is between 0 and its declared weight at every level; every item's
 *       value is between 0 and 1</td></tr>
 *   <tr><td>{@code monotonicity}</td><td>a better answer never lowers a score nor fails a passed check</td></tr>
 *   <tr><td>{@code consistency}</td><td>every level is the sum of its parts within rounding; checks, shortfalls and
 *       eligibility agree exactly</td></tr>
 *   <tr><td>{@code thresholds}</td><td>thresholds and checks do not depend on the answers and equal what their
 *       rule names state</td></tr>
 *   <tr><td>{@code order-independence}</td><td>the order of answers, evidence and reviews changes nothing</td></tr>
 *   <tr><td>{@code determinism}</td><td>the same assessment twice gives equal results</td></tr>
 * </table>
 */
public final class Invariants {

    /** How many answers {@link #monotonicity()} raises alone per assessment, besides raising all at once. */
    public static final int DEFAULT_SINGLE_RAISES = 2;

    private Invariants() {
    }

    /** Every built-in invariant, in the order of the table above. */
    public static List<Invariant> all() {
        return List.of(bounds(), monotonicity(), consistency(), thresholds(), orderIndependence(), determinism());
    }

    /** {@code bounds}: 0 ≤ score ≤ weight at every level, weights read from the rule set; 0 ≤ item value ≤ 1. */
    public static Invariant bounds() {
        return new BoundsInvariant();
    }

    /** {@code monotonicity}, raising all answers at once and {@value #DEFAULT_SINGLE_RAISES} answers alone. */
    public static Invariant monotonicity() {
        return new MonotonicityInvariant(DEFAULT_SINGLE_RAISES);
    }

    /**
     * {@code monotonicity}, raising all answers at once and {@code singleRaises} answers alone per assessment (each
     * an evaluation: more finds more, slower).
     */
    public static Invariant monotonicity(int singleRaises) {
        return new MonotonicityInvariant(singleRaises);
    }

    /** {@code consistency}: sums within the rounding tolerance; checks, shortfalls, eligibility exactly. */
    public static Invariant consistency() {
        return new ConsistencyInvariant();
    }

    /** {@code thresholds}: fixed and as their rule names state. */
    public static Invariant thresholds() {
        return new ThresholdsInvariant();
    }

    /** {@code order-independence}: reordering answers, evidence and reviews changes nothing. */
    public static Invariant orderIndependence() {
        return new OrderIndependenceInvariant();
    }

    /** {@code determinism}: two evaluations of one assessment are equal. */
    public static Invariant determinism() {
        return new DeterminismInvariant();
    }

    /** The built-in invariant with this name, if any. */
    public static Optional<Invariant> named(String name) {
        return all().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /**
     * {@code invariant.check(rules, a)}, with an exception thrown while evaluating (a rule that fails at run time, an
     * input the rule set's instrument refuses) reported as a violation of the invariant instead of thrown.
     */
    public static Optional<Violation> checkSafely(Invariant invariant, RuleSetUnderTest rules, Assessment a) {
        Objects.requireNonNull(invariant, "invariant");
        try {
            return invariant.check(rules, a);
        } catch (InvalidInputException e) {
            String problems = e.problems().stream().limit(5).map(p -> p.format(Locale.ENGLISH)).collect(Collectors.joining("; "));
            String masalah = e.problems().stream().limit(5).map(p -> p.format(Message.INDONESIAN))
                    .collect(Collectors.joining("; "));
            return Optional.of(new Violation(invariant.name(), "penilaian ditolak: " + masalah,
                    "the assessment is refused: " + problems, a, null));
        } catch (RuntimeException e) {
            return Optional.of(new Violation(invariant.name(), "penilaian gagal: " + e.getMessage(),
                    "evaluation failed: " + e.getMessage(), a, null));
        }
    }

    /** Every violation of the built-in invariants on {@code a} (each checked {@link #checkSafely safely}). */
    public static List<Violation> checkAll(RuleSetUnderTest rules, Assessment a) {
        List<Violation> out = new ArrayList<>();
        for (Invariant inv : all()) {
            checkSafely(inv, rules, a).ifPresent(out::add);
        }
        return out;
    }
}
