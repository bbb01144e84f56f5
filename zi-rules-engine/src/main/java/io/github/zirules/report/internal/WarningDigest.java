package io.github.zirules.report.internal;

import io.github.zirules.api.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warnings of a result as a reader can take them in: each one when there are few (or when all are asked for);
 * otherwise many warnings of one code become one line, "113 butir belum dijawab (bernilai 0): PEM.MP.1.a, … dan
 * 108 lainnya", so that a terminal is not flooded.
 */
public final class WarningDigest {

    /** Up to this many warnings, every one is listed. */
    public static final int LIST_ALL_UP_TO = 10;
    /** A code with up to this many warnings has each listed; more are summarised. */
    public static final int GROUP_LISTED_UP_TO = 3;
    /** How many locations a summary line names. */
    public static final int LOCATIONS_SHOWN = 5;

    private WarningDigest() {
    }

    /**
     * One line of the digest: a single warning ({@code count == 1}: its location and message) or a summary of
     * {@code count} warnings of one code (its words, the first locations, how many more).
     *
     * @param location the warning's location, or null for a summary
     * @param text the message, or the summary's words
     * @param count 1 for a single warning
     * @param locations for a summary, the first locations
     * @param more for a summary, how many locations are not named
     */
    public record Line(String location, String text, int count, List<String> locations, int more) {
        /** Whether this line summarises several warnings. */
        public boolean isSummary() {
            return location == null;
        }
    }

    /** The digest of {@code warnings}; every warning when {@code all} or when there are few. */
    public static List<Line> of(List<Problem> warnings, Texts tx, boolean all) {
        List<Line> out = new ArrayList<>();
        if (all || warnings.size() <= LIST_ALL_UP_TO) {
            for (Problem p : warnings) {
                out.add(single(p, tx));
            }
            return out;
        }
        Map<String, List<Problem>> byCode = new LinkedHashMap<>();
        for (Problem p : warnings) {
            byCode.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<Problem>> e : byCode.entrySet()) {
            List<Problem> ps = e.getValue();
            if (ps.size() <= GROUP_LISTED_UP_TO) {
                ps.forEach(p -> out.add(single(p, tx)));
            } else {
                List<String> locs = ps.stream().limit(LOCATIONS_SHOWN).map(Problem::location).toList();
                out.add(new Line(null, tx.warningGroup(e.getKey(), ps.size()), ps.size(), locs,
                        ps.size() - locs.size()));
            }
        }
        return out;
    }

    private static Line single(Problem p, Texts tx) {
        return new Line(p.location(), p.message(tx.locale()), 1, List.of(p.location()), 0);
    }
}
