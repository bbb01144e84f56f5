package io.github.zirules.engine.internal;

import io.github.zirules.api.ItemId;
import io.github.zirules.api.spi.Fraction;
import io.github.zirules.api.spi.ScoreTrace;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.ScoredArea;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.ScoredItem;
import io.github.zirules.rules.internal.ScoreSheet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exact {@link ScoreTrace} of a filled score sheet: what the engine's tools read instead of the sheet itself. */
final class Traces {

    private Traces() {
    }

    /**
     * The trace of {@code card}, filled by the rules of {@code rs}.
     *
     * @throws io.github.zirules.api.EvaluationException if the rules declared no rounding
     */
    static ScoreTrace of(CompiledRuleSet rs, ScoreSheet card) {
        ScoreSheet.Rounding rounding = card.rounding();
        if (rounding == null) {
            throw ResultAssembler.noRounding(rs);
        }
        List<ScoreTrace.CheckTrace> checks = new ArrayList<>();
        card.checks().forEach((id, d) -> checks.add(d.required() != null
                ? new ScoreTrace.MinimumTrace(id, fraction(d.required()), fraction(d.actual()))
                : new ScoreTrace.GradeTrace(id, Boolean.TRUE.equals(d.gradePassed()))));
        Map<ItemId, Fraction> points = new LinkedHashMap<>();
        for (ScoredItem it : card.items()) {
            ScoredIndicator ind = card.indicators().get(it.getIndicator());
            points.put(ScoreSheet.item(it).id(), fraction(it.getValue().times(ind.getWeight()).dividedBy(ind.getItemCount())));
        }
        Map<String, Fraction> levels = new LinkedHashMap<>();
        for (String level : rs.levels()) {
            Exact w = card.levelWeight(level);
            if (w != null) {
                levels.put(level, fraction(w));
            }
        }
        Map<String, Fraction> indicators = new LinkedHashMap<>();
        card.indicators().forEach((id, i) -> {
            if (ScoreSheet.weightRule(i) != null) {
                indicators.put(id, fraction(i.getWeight()));
            }
        });
        Map<String, Fraction> parts = new LinkedHashMap<>();
        card.areaParts().forEach((id, p) -> {
            if (p.hasWeight()) {
                parts.put(id, fraction(p.getWeight()));
            }
        });
        Map<String, Fraction> areas = new LinkedHashMap<>();
        for (ScoredArea a : card.areas().values()) {
            if (a.getParts().stream().allMatch(ScoredAreaPart::hasWeight)) {
                areas.put(a.getCode(), fraction(a.getWeight()));
            }
        }
        return new ScoreTrace(rs.info(), checks, points, levels, indicators, parts, areas, rounding.scale(),
                rounding.mode(), card.comparesReported());
    }

    private static Fraction fraction(Exact e) {
        return new Fraction(e.numerator(), e.denominator());
    }
}
