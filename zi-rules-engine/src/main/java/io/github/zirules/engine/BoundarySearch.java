package io.github.zirules.engine;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.ResultAssembler;
import io.github.zirules.engine.internal.SessionRunner;
import io.github.zirules.policy.BoundaryProposal;
import io.github.zirules.policy.internal.AnswerText;
import io.github.zirules.policy.internal.ScenarioColumns;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.internal.ScoreSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds answers that put a score check exactly on its minimum and 0.01 below it, or, when no combination reaches
 * them, on the nearest values above and below. Each item's effect on the check is measured by running the rules with
 * that one answer changed from every answer at its best; the reachable values are then every sum of one effect per
 * item, kept exactly (fractions), breadth first so that fewer changed items come first; the chosen combination is run
 * through the rules again, and what they compute is what is proposed. Percentages are tried at quarters, decreases
 * at a few counts, indices at whole numbers and 3.60: enough to show what is reachable, not every answer there is.
 */
public final class BoundarySearch {

    /** The most reachable values kept: beyond it, the search stops widening and says what it found. */
    private static final int MAX_STATES = 60_000;
    private static final Exact CENT = Exact.of("0.01");

    private final CompiledRuleSet rs;
    private final Assessment best;
    private final ScoreSheet bestCard;
    private final List<Item> items;
    /** For every item, its other answers (as written) and the check values they give. */
    private final Map<ItemId, Map<String, ScoreSheet>> effects = new LinkedHashMap<>();

    /** The search for the checks of {@code context}'s target, from every answer at its best. */
    public BoundarySearch(CompiledRuleSet rs, Assessment context) {
        this.rs = rs;
        this.items = rs.instrument().items();
        Assessment.Builder b = context.toBuilder();
        for (Item it : items) {
            b.answer(it.id(), AnswerText.best(rs.instrument().answerScale(it)));
        }
        this.best = b.build();
        this.bestCard = run(best);
        if (bestCard == null) {
            return;
        }
        for (Item it : items) {
            Map<String, ScoreSheet> byAnswer = new LinkedHashMap<>();
            RuleSetModel.AnswerScale scale = rs.instrument().answerScale(it);
            for (Map.Entry<String, Answer> o : options(scale).entrySet()) {
                if (o.getValue().equals(AnswerText.best(scale))) {
                    continue;
                }
                ScoreSheet card = run(best.toBuilder().answer(it.id(), o.getValue()).build());
                if (card != null) {
                    byAnswer.put(o.getKey(), card);
                }
            }
            effects.put(it.id(), byAnswer);
        }
    }

    /** The proposal for check {@code checkId}; null if the rules make no such score check for this target. */
    public BoundaryProposal propose(String checkId) {
        ScoreSheet.CheckDecision top = bestCard == null ? null : bestCard.checks().get(checkId);
        if (top == null || top.required() == null || top.actual() == null) {
            return null;
        }
        Exact required = top.required();
        // Every reachable change of the check from its best value, with one way to reach it.
        Map<Exact, Step> reach = new HashMap<>();
        reach.put(Exact.ZERO, null);
        List<Exact> frontier = new ArrayList<>(List.of(Exact.ZERO));
        for (Item it : items) {
            List<Map.Entry<String, Exact>> deltas = new ArrayList<>();
            effects.get(it.id()).forEach((answer, card) -> {
                ScoreSheet.CheckDecision d = card.checks().get(checkId);
                if (d != null && d.actual() != null && d.actual().compareTo(top.actual()) != 0) {
                    deltas.add(Map.entry(answer, d.actual().minus(top.actual())));
                }
            });
            if (deltas.isEmpty()) {
                continue;
            }
            List<Exact> next = new ArrayList<>(frontier);
            for (Exact sum : frontier) {
                for (Map.Entry<String, Exact> d : deltas) {
                    Exact s = sum.plus(d.getValue());
                    if (reach.size() < MAX_STATES && !reach.containsKey(s)) {
                        reach.put(s, new Step(it.id(), d.getKey(), reach.get(sum)));
                        next.add(s);
                    }
                }
            }
            frontier = next;
        }
        Exact onGap = required.minus(top.actual());
        Exact belowGap = onGap.minus(CENT);
        Exact on = null;
        Exact below = reach.containsKey(belowGap) ? belowGap : null;
        for (Exact s : reach.keySet()) {
            if (s.compareTo(onGap) >= 0 && (on == null || s.compareTo(on) < 0)) {
                on = s;
            }
            if (!reach.containsKey(belowGap) && s.compareTo(onGap) < 0 && (below == null || s.compareTo(below) > 0)) {
                below = s;
            }
        }
        BoundaryProposal.Side onSide = on == null ? null : side(checkId, answers(reach, on));
        BoundaryProposal.Side belowSide = below == null ? null : side(checkId, answers(reach, below));
        boolean reachable = onSide != null && onSide.exact().equals(required.toString());
        return new BoundaryProposal(best.target().name(), checkId, decimal(required), reachable, onSide, belowSide);
    }

    private static Map<ItemId, String> answers(Map<Exact, Step> reach, Exact sum) {
        Map<ItemId, String> out = new LinkedHashMap<>();
        for (Step s = reach.get(sum); s != null; s = s.previous) {
            out.put(s.item, s.answer);
        }
        return out;
    }

    /** Runs the rules on the proposed answers: what they compute is the proposal. */
    private BoundaryProposal.Side side(String checkId, Map<ItemId, String> answers) {
        Assessment.Builder b = best.toBuilder();
        Map<String, String> written = new LinkedHashMap<>();
        answers.forEach((id, text) -> {
            Item it = rs.instrument().item(id).orElseThrow();
            b.answer(id, options(rs.instrument().answerScale(it)).get(text));
            written.put(id.value(), text);
        });
        Assessment a = b.build();
        ScoreSheet card = run(a);
        if (card == null) {
            return null;
        }
        Exact actual = card.checks().get(checkId).actual();
        String column = checkId.startsWith("AREA.") ? checkId.substring(5) : checkId;
        Result r = ResultAssembler.assemble(rs, card, a);
        return new BoundaryProposal.Side(actual.toString(), decimal(actual), written, column,
                ScenarioColumns.score(r, column));
    }

    private ScoreSheet run(Assessment a) {
        try {
            return SessionRunner.run(rs, a, EvaluatorOptions.DEFAULT_FIRE_LIMIT, null);
        } catch (EvaluationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static BigDecimal decimal(Exact e) {
        return e.round(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The answers tried for an item of {@code scale}, by how a scenario writes them. */
    static Map<String, Answer> options(RuleSetModel.AnswerScale scale) {
        Map<String, Answer> out = new LinkedHashMap<>();
        switch (scale.kind()) {
            case RATIO -> {
                for (int n = 0; n <= 4; n++) {
                    out.put(n + "/4", Answer.ratio(n, 4));
                }
            }
            case DECREASE -> {
                out.put("1->0", Answer.decrease(1, 0));
                out.put("1->1", Answer.decrease(1, 1));
                out.put("2->1", Answer.decrease(2, 1));
                out.put("1->2", Answer.decrease(1, 2));
            }
            case INDEX -> {
                for (String v : List.of("0", "1", "2", "3", "3.60", "4")) {
                    out.put(v, Answer.index(v));
                }
            }
            case CHOICE -> scale.labels().forEach(l -> out.put(l, Answer.choice(l)));
        }
        return out;
    }

    /** One changed answer on the way to a reachable value. */
    private record Step(ItemId item, String answer, Step previous) {
    }
}
