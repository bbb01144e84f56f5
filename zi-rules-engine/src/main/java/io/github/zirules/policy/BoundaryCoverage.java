package io.github.zirules.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether the scenarios reach one threshold from both sides: some case sits exactly on it (and passes) and some case
 * is just below it (and fails by the least reported step, 0.01). After an edit of the answer values or weights a
 * boundary can become unreachable, and the cases that were boundary cases silently stop being so: this says it.
 *
 * @param target the predicate, {@code WBK} or {@code WBBM}
 * @param check the check id, e.g. {@code TOTAL}
 * @param required the minimum, as reported
 * @param onIt whether some case scores exactly the minimum
 * @param justBelow whether some case fails it by the least reported step (0.01)
 */
public record BoundaryCoverage(String target, String check, BigDecimal required, boolean onIt, boolean justBelow) {

    /** Refuses nulls. */
    public BoundaryCoverage {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(required, "required");
    }

    /** Whether both sides of the threshold are covered. */
    public boolean covered() {
        return onIt && justBelow;
    }
}
