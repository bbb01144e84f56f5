package io.github.zirules.api.internal;

import io.github.zirules.api.Scores;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The score components of the PermenPAN-RB 90/2021 structure that {@link Scores} names, in one place: {@link Scores#of}
 * finds them in a score tree by these ids, and the engine, which works out once per rule set where they sit in its
 * tree, makes {@link Scores} from them without searching.
 */
public final class ScoreComponents {

    /**
     * The ids of the components {@link Scores} names, in the order {@link #scores} takes their scores: total,
     * Pengungkit, Pemenuhan, Reform, Hasil, BBA, IPAK, Kinerja, IPKP.
     */
    public static final List<String> IDS = List.of("TOTAL", "PENGUNGKIT", "PEMENUHAN", "REFORM", "HASIL", "BBA",
            "IPAK", "KINERJA", "IPKP");

    private ScoreComponents() {
    }

    /** The scores of the components of {@link #IDS} (in that order) and the given maps, as {@link Scores}. */
    public static Scores scores(BigDecimal[] components, Map<String, BigDecimal> areas,
                                Map<String, BigDecimal> areaParts, Map<String, BigDecimal> indicators) {
        if (components.length != IDS.size()) {
            throw new IllegalArgumentException(components.length + " component scores for the " + IDS.size()
                    + " components " + IDS);
        }
        return new Scores(components[0], components[1], components[2], components[3], areas, areaParts,
                components[4], components[5], components[6], components[7], components[8], indicators);
    }
}
