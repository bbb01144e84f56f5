package io.github.zirules.rules;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.DeclaredFact;
import io.github.zirules.api.Item;
import io.github.zirules.api.spi.EvaluationOrder;
import io.github.zirules.rules.internal.ScoreSheet;
import io.github.zirules.rules.internal.ScoreSheet.CheckDecision;
import io.github.zirules.rules.internal.ScoreSheet.EarlyRead;
import io.github.zirules.rules.internal.ScoreSheet.Overriding;
import io.github.zirules.rules.internal.ScoreSheet.Rounding;
import io.github.zirules.rules.internal.ScoreSheet.RuleWarning;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The engine's way to the sheet's non-vocabulary members: installed into {@link ScoreSheet} by {@link Scorecard}. */
final class EngineBridge implements ScoreSheet.Bridge {

    @Override
    public Scorecard create(ScorecardLayout layout, Assessment assessment) {
        return Scorecard.of(layout, assessment);
    }

    @Override
    public List<Object> facts(Scorecard card) {
        return card.facts();
    }

    @Override
    public void beginRule(Scorecard card, RuleRef rule) {
        card.beginRule(rule);
    }

    @Override
    public void arrange(Scorecard card, EvaluationOrder order) {
        card.arrange(order);
    }

    @Override
    public Set<RuleRef> answerValueRules(Scorecard card) {
        return card.answerValueRules();
    }

    @Override
    public Set<RuleRef> warningRules(Scorecard card) {
        return card.warningRules();
    }

    @Override
    public void endRules(Scorecard card) {
        card.endRules();
    }

    @Override
    public List<EarlyRead> earlyReads(Scorecard card) {
        return card.earlyReads();
    }

    @Override
    public List<Overriding> overrides(Scorecard card) {
        return card.overrides();
    }

    @Override
    public List<String> conflicts(Scorecard card) {
        return card.conflicts();
    }

    @Override
    public List<ScoredItem> items(Scorecard card) {
        return card.items();
    }

    @Override
    public Map<String, ScoredIndicator> indicators(Scorecard card) {
        return card.indicators();
    }

    @Override
    public Map<String, ScoredAreaPart> areaParts(Scorecard card) {
        return card.areaParts();
    }

    @Override
    public Map<String, ScoredArea> areas(Scorecard card) {
        return card.areas();
    }

    @Override
    public Map<String, CheckDecision> checks(Scorecard card) {
        return card.checks();
    }

    @Override
    public void forEachCheck(Scorecard card, ScoreSheet.CheckVisitor visitor) {
        card.forEachCheck(visitor);
    }

    @Override
    public int checkCount(Scorecard card) {
        return card.checkCount();
    }

    @Override
    public ScorecardLayout layout(Scorecard card) {
        return card.layout();
    }

    @Override
    public @Nullable RuleRef checkRule(Scorecard card, String checkId) {
        return card.checkRule(checkId);
    }

    @Override
    public @Nullable Rounding rounding(Scorecard card) {
        return card.rounding();
    }

    @Override
    public List<RuleWarning> warnings(Scorecard card) {
        return card.warnings();
    }

    @Override
    public @Nullable Exact levelWeight(Scorecard card, String level) {
        return card.levelWeight(level);
    }

    @Override
    public @Nullable RuleRef levelWeightRule(Scorecard card, String level) {
        return card.levelWeightRule(level);
    }

    @Override
    public @Nullable Exact scoreOrNull(Scorecard card, String level) {
        return card.scoreOrNull(level);
    }

    @Override
    public @Nullable Exact scoreAt(Scorecard card, int level) {
        return card.scoreAt(level);
    }

    @Override
    public @Nullable Exact levelWeightAt(Scorecard card, int level) {
        return card.levelWeightAt(level);
    }

    @Override
    public boolean comparesReported(Scorecard card) {
        return card.comparesReported();
    }

    @Override
    public Map<String, List<String>> gradeScales(Scorecard card) {
        return card.gradeScales();
    }

    @Override
    public Map<String, DeclaredFact> agencyFacts(Scorecard card) {
        return card.agencyFacts();
    }

    @Override
    public @Nullable RuleRef valueRule(ScoredItem item) {
        return item.valueRule();
    }

    @Override
    public @Nullable Answer rawAnswer(ScoredItem item) {
        return item.rawAnswer();
    }

    @Override
    public Item item(ScoredItem item) {
        return item.item();
    }

    @Override
    public @Nullable RuleRef weightRule(ScoredIndicator indicator) {
        return indicator.weightRule();
    }

    @Override
    public @Nullable RuleRef scoreRule(ScoredIndicator indicator) {
        return indicator.scoreRule();
    }

    @Override
    public @Nullable RuleRef weightRule(ScoredAreaPart part) {
        return part.weightRule();
    }

    @Override
    public ScoreSheet.Sum newSum() {
        return new Exact.Sum();
    }
}
