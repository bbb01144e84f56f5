package io.github.zirules.testkit;

import io.github.zirules.api.Instrument;
import io.github.zirules.api.Predikat;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The validated settings of an {@link AssessmentGenerator}, as its builder checked them; see the builder's setters
 * for what each means.
 */
record GeneratorSettings(
        Instrument instrument,
        Predikat target,
        double quality,
        double unansweredShare,
        double zeroDenominatorShare,
        double evidenceShare,
        boolean boundaryHugging,
        int reviewSets,
        double agencyFactsShare,
        int year,
        @Nullable String ruleSet,
        List<Double> boundaryShares,
        List<BigDecimal> boundaryIndices) {

    GeneratorSettings {
        boundaryShares = List.copyOf(boundaryShares);
        boundaryIndices = List.copyOf(boundaryIndices);
    }
}
