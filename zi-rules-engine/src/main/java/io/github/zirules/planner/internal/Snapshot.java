package io.github.zirules.planner.internal;

import io.github.zirules.api.ItemId;
import io.github.zirules.api.spi.Fraction;
import io.github.zirules.api.spi.ScoreTrace;
import io.github.zirules.rules.Exact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of the rules says, exactly (before rounding): every check, and every item's points. Read from the
 * engine's exact trace ({@link ScoreTrace}), so that no weight or threshold is known to the planner except through
 * the rules.
 *
 * @param checks every check the rules made, by id, in the order made
 * @param points every item's exact points (its value × indicator weight / items in the indicator)
 * @param rounding how the rules report scores
 * @param comparesReported whether the rules compare thresholds on the reported (rounded) value, not the exact one
 */
record Snapshot(Map<String, CheckState> checks, Map<ItemId, Exact> points, Rounding rounding,
                boolean comparesReported) {

    static Snapshot of(ScoreTrace trace) {
        Map<String, CheckState> checks = new LinkedHashMap<>();
        for (ScoreTrace.CheckTrace c : trace.checks()) {
            if (c instanceof ScoreTrace.MinimumTrace m) {
                checks.put(m.id(), new CheckState(m.id(), exact(m.required()), exact(m.actual()), null));
            } else if (c instanceof ScoreTrace.GradeTrace g) {
                checks.put(g.id(), new CheckState(g.id(), null, null, g.passed()));
            }
        }
        Map<ItemId, Exact> points = new LinkedHashMap<>();
        trace.itemPoints().forEach((id, p) -> points.put(id, exact(p)));
        return new Snapshot(checks, points, new Rounding(trace.scale(), trace.roundingMode()),
                trace.comparesReported());
    }

    /** The engine's exact number of a traced fraction: two longs where they fit (nearly always), else via text. */
    private static Exact exact(Fraction f) {
        if (f.numerator().bitLength() < 64 && f.denominator().bitLength() < 64) {
            return Exact.ratio(f.numerator().longValue(), f.denominator().longValue());
        }
        return Exact.of(new BigDecimal(f.numerator())).dividedBy(Exact.of(new BigDecimal(f.denominator())));
    }

    /** How the rules report scores: {@code scale} decimals, rounded with {@code mode}. */
    record Rounding(int scale, RoundingMode mode) {
    }

    /** Whether a score {@code actual} passes the minimum of check {@code c}, compared as the rules declare. */
    boolean passes(CheckState c, Exact actual) {
        if (!comparesReported) {
            return actual.compareTo(c.required()) >= 0;
        }
        return actual.round(rounding.scale(), rounding.mode())
                .compareTo(c.required().round(rounding.scale(), rounding.mode())) >= 0;
    }

    /** Whether check {@code c} passed in this run. */
    boolean passed(CheckState c) {
        return c.isScore() ? passes(c, c.actual()) : c.gradePassed();
    }

    /** The score checks that failed. */
    List<CheckState> failedScoreChecks() {
        List<CheckState> out = new ArrayList<>();
        for (CheckState c : checks.values()) {
            if (c.isScore() && !passed(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The grade (prerequisite) checks that failed. */
    List<CheckState> failedGradeChecks() {
        List<CheckState> out = new ArrayList<>();
        for (CheckState c : checks.values()) {
            if (!c.isScore() && !c.gradePassed()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether every score check passed. */
    boolean scoreChecksPass() {
        return failedScoreChecks().isEmpty();
    }

    /**
     * One check as the rules decided it.
     *
     * @param id check id
     * @param required exact minimum; null for a grade check
     * @param actual exact score; null for a grade check
     * @param gradePassed for a grade check, whether it passed; null for a score check
     */
    record CheckState(String id, Exact required, Exact actual, Boolean gradePassed) {
        boolean isScore() {
            return required != null;
        }
    }
}
