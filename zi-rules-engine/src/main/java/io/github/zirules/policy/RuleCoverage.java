package io.github.zirules.policy;

import io.github.zirules.rules.RuleRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Which rules of a rule set fired in its scenarios (<i>cakupan aturan</i>), per DRL file, like a test coverage
 * report: a rule that never fires is a rule no scenario pins down.
 *
 * @param files every DRL file of the rule set (its parents' first), in load order
 */
public record RuleCoverage(List<FileCoverage> files) {

    /** Copies the list. */
    public RuleCoverage {
        files = List.copyOf(files);
    }

    /** How many rules fired at least once. */
    public int fired() {
        return files.stream().mapToInt(f -> f.fired().size()).sum();
    }

    /** How many rules there are. */
    public int total() {
        return files.stream().mapToInt(f -> f.fired().size() + f.neverFired().size()).sum();
    }

    /** The share of rules that fired, in per cent, rounded down to 1 decimal (100.0 when there are no rules). */
    public BigDecimal percent() {
        return total() == 0 ? new BigDecimal("100.0") : BigDecimal.valueOf(fired() * 100L)
                .divide(BigDecimal.valueOf(total()), 1, RoundingMode.DOWN);
    }

    /** Whether at least {@code minPercent} per cent of the rules fired (compared exactly, not on the rounded value). */
    public boolean atLeast(BigDecimal minPercent) {
        return BigDecimal.valueOf(fired() * 100L).compareTo(minPercent.multiply(BigDecimal.valueOf(total()))) >= 0;
    }

    /**
     * The coverage of one DRL file.
     *
     * @param file the file's display name
     * @param fired its rules that fired, in file order
     * @param neverFired its rules that never fired, in file order
     */
    public record FileCoverage(String file, List<RuleRef> fired, List<RuleRef> neverFired) {
        /** Refuses a null file; copies the lists. */
        public FileCoverage {
            Objects.requireNonNull(file, "file");
            fired = List.copyOf(fired);
            neverFired = List.copyOf(neverFired);
        }
    }
}
