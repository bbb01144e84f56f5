package io.github.zirules.planner.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel.AnswerKind;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import io.github.zirules.api.RuleSetModel.SectionDef;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.spi.Engine;
import io.github.zirules.planner.Plan;
import io.github.zirules.planner.PlanOptions;
import io.github.zirules.planner.PlannedChange;
import io.github.zirules.planner.internal.Snapshot.CheckState;
import io.github.zirules.rules.Exact;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gap planner's implementation (use {@link io.github.zirules.planner.GapPlanner}). One plan: run the rules on
 * the assessment; stop early if it is eligible, or if a check cannot be met by any answers (a prerequisite, or a
 * score even every best answer misses); else learn the exact gain of every single move ({@link GainModel}), search
 * a smallest set ({@link CoverSearch}), confirm it by a real run, lower counts and indices to the least that
 * suffices ({@link Tuner}), and evaluate the result.
 */
public final class PlannerEngine {

    /** The most search nodes per plan before the best plan found so far is returned, marked not proven minimal. */
    public static final long NODE_LIMIT = 200_000;
    private static final int MAX_ROUNDS = 4;

    private final Evaluator evaluator;
    private final long nodeLimit;

    /**
     * A planner over {@code evaluator}'s {@link Evaluator#engine() engine}, asked once per plan (so that a plan never
     * mixes two generations of reloaded rules).
     *
     * @throws IllegalArgumentException if the evaluator offers no engine
     */
    public PlannerEngine(Evaluator evaluator) {
        this(evaluator, NODE_LIMIT);
    }

    /** A planner with a given search node limit (tests). */
    public PlannerEngine(Evaluator evaluator, long nodeLimit) {
        engineOf(evaluator);
        this.evaluator = evaluator;
        this.nodeLimit = nodeLimit;
    }

    private static Engine engineOf(Evaluator evaluator) {
        return evaluator.engine().orElseThrow(() -> new IllegalArgumentException("the gap planner needs an "
                + "evaluator that offers the engine's score trace (Evaluator.engine(), as ZiRules.evaluator() and "
                + "ReloadingEvaluator do) but " + evaluator.getClass().getName() + " offers none"));
    }

    /** The plan for {@code a} to reach its target, every item free to change. */
    public Plan plan(Assessment a) {
        return plan(a, PlanOptions.EVERYTHING);
    }

    /** The plan for {@code a} to reach its target, changing only what {@code options} allow. */
    public Plan plan(Assessment a, PlanOptions options) {
        Engine engine = engineOf(evaluator);
        List<Problem> problems = new ArrayList<>(engine.validate(a));
        Instrument instrument = problems.isEmpty() ? engine.instrument(engine.ruleSetFor(a).id()) : null;
        Set<ItemId> fixed = new LinkedHashSet<>();
        for (ItemId id : options.frozen()) {
            if (instrument != null && instrument.item(id).isEmpty()) {
                problems.add(Problem.error("PLAN_FREEZE_UNKNOWN", id.value(), Message.of("PLAN_FREEZE_UNKNOWN", id),
                        Message.of("PLAN_FREEZE_UNKNOWN.expected")));
            }
            fixed.add(id);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("assessment of unit '" + a.unit().id() + "'", problems);
        }
        if (!options.allowSurveys()) {
            RuleSetModel model = instrument.model().orElseThrow();
            instrument.items().stream().filter(i -> model.section(i.section()).filter(SectionDef::hasAreas).isEmpty())
                    .map(Item::id).forEach(fixed::add);
        }
        Probe probe = new Probe(engine, instrument, fixed);
        Snapshot base = probe.run(a);
        List<CheckState> grades = base.failedGradeChecks();
        if (base.failedScoreChecks().isEmpty()) {
            return grades.isEmpty()
                    ? new Plan(a.target(), true, true, Reasons.alreadyEligible(), List.of(), engine.evaluate(a))
                    : new Plan(a.target(), false, false, Reasons.prerequisites(grades, a, false), List.of(),
                    engine.evaluate(a));
        }
        Snapshot best = probe.run(allBest(probe, a));
        List<CheckState> unreachable = best.failedScoreChecks();
        if (!unreachable.isEmpty()) {
            return new Plan(a.target(), false, false, Reasons.unreachable(unreachable, best, grades, a, fixed),
                    List.of(), engine.evaluate(a));
        }
        Assessment current = a;
        Snapshot snap = base;
        boolean minimal = true;
        int leastChanges = 0;
        for (int round = 0; round < MAX_ROUNDS && !snap.scoreChecksPass(); round++) {
            Search s = search(probe, current, snap);
            minimal &= s.proven && round == 0;
            leastChanges = round == 0 ? s.leastChanges : leastChanges;
            current = s.plan;
            snap = probe.run(current);
        }
        if (!snap.scoreChecksPass()) {
            current = allBest(probe, a);
            minimal = false;
        }
        current = tune(probe, a, current);
        snap = probe.run(current);
        List<PlannedChange> changes = changes(instrument, a, current, base, snap);
        Result result = engine.evaluate(current);
        boolean feasible = result.eligible();
        return new Plan(a.target(), feasible, minimal && feasible, feasible
                ? Reasons.found(changes, minimal, leastChanges) : Reasons.prerequisites(grades, a, true), changes,
                        result);
    }

    private record Search(Assessment plan, boolean proven, int leastChanges) {
    }

    private Search search(Probe probe, Assessment a, Snapshot base) {
        GainModel model = GainModel.learn(probe, a, base);
        GainModel.Scaled problem = model.scaled();
        CoverSearch.Outcome out = CoverSearch.solve(problem.options(), problem.need(), nodeLimit);
        if (out.choice() == null) {
            return new Search(allBest(probe, a), false, 0);
        }
        Assessment.Builder b = a.toBuilder();
        for (int i = 0; i < out.choice().length; i++) {
            if (out.choice()[i] >= 0) {
                ItemId id = problem.items().get(i);
                GainModel.Move mv = model.moves().get(id).get(out.choice()[i]);
                b.answer(id, mv.candidate().to());
            }
        }
        return new Search(b.build(), out.proven(), out.leastPicks());
    }

    /** Every item that may change at its best candidate answer. */
    private static Assessment allBest(Probe probe, Assessment a) {
        Assessment.Builder b = a.toBuilder();
        for (Item item : probe.instrument().items()) {
            List<Moves.Candidate> cs = probe.candidates(item, a.answers().get(item.id()));
            if (!cs.isEmpty()) {
                b.answer(item.id(), cs.get(0).to());
            }
        }
        return b.build();
    }

    /**
     * Makes the plan's changes as small as they can be with the same items changed. Without a survey index among
     * them, each planned count is lowered to the least that keeps every score check passing. With one, a new survey
     * being the hardest change to make, the index must rise no further than the rest of the plan requires: every
     * planned choice is first put at its best label, then each index is lowered to the least that passes, then each
     * choice to the least label that passes, then each count; each in instrument order.
     */
    private static Assessment tune(Probe probe, Assessment original, Assessment plan) {
        boolean survey = probe.instrument().items().stream().anyMatch(i -> isIndex(probe, i)
                && plan.answers().get(i.id()) != null && !plan.answers().get(i.id()).equals(original.answers()
                .get(i.id())));
        if (!survey) {
            return tuneValues(probe, original, plan, false);
        }
        Assessment raised = raiseChoices(probe, original, plan);
        Assessment current = probe.run(raised).scoreChecksPass() ? raised : plan;
        current = tuneValues(probe, original, current, true);
        current = lowerChoices(probe, original, current);
        return tuneValues(probe, original, current, false);
    }

    private static Assessment raiseChoices(Probe probe, Assessment original, Assessment plan) {
        Assessment.Builder b = plan.toBuilder();
        for (Item item : probe.instrument().items()) {
            Answer from = original.answers().get(item.id());
            Answer to = plan.answers().get(item.id());
            if (isChoice(probe, item) && to != null && !to.equals(from)) {
                List<Moves.Candidate> cs = probe.candidates(item, from);
                if (!cs.isEmpty()) {
                    b.answer(item.id(), cs.get(0).to());
                }
            }
        }
        return b.build();
    }

    private static Assessment lowerChoices(Probe probe, Assessment original, Assessment plan) {
        Assessment current = plan;
        for (Item item : probe.instrument().items()) {
            Answer from = original.answers().get(item.id());
            Answer to = current.answers().get(item.id());
            if (!isChoice(probe, item) || to == null || to.equals(from)) {
                continue;
            }
            List<Moves.Candidate> cs = probe.candidates(item, from);
            for (int i = cs.size() - 1; i >= 0; i--) {
                Assessment tried = current.toBuilder().answer(item.id(), cs.get(i).to()).build();
                if (probe.run(tried).scoreChecksPass()) {
                    current = tried;
                    break;
                }
            }
        }
        return current;
    }

    /** Lowers the planned indices ({@code indicesOnly}) or every planned index and count, indices first. */
    private static Assessment tuneValues(Probe probe, Assessment original, Assessment plan, boolean indicesOnly) {
        Assessment current = plan;
        List<Item> order = new ArrayList<>(probe.instrument().items());
        order.sort(java.util.Comparator.comparing((Item i) -> !isIndex(probe, i)));
        for (Item item : order) {
            if (indicesOnly && !isIndex(probe, item)) {
                continue;
            }
            Answer from = original.answers().get(item.id());
            Answer to = current.answers().get(item.id());
            if (to == null || to.equals(from) || !Moves.isTunable(probe.instrument().answerScale(item), from)) {
                continue;
            }
            Answer tuned = Tuner.tune(current, item.id(), from, to, x -> probe.run(x).scoreChecksPass());
            Assessment.Builder b = current.toBuilder();
            current = (tuned == null ? b.clearAnswer(item.id()) : b.answer(item.id(), tuned)).build();
        }
        return current;
    }

    private static List<PlannedChange> changes(Instrument instrument, Assessment from, Assessment to,
                                               Snapshot before, Snapshot after) {
        List<PlannedChange> out = new ArrayList<>();
        for (Item item : instrument.items()) {
            Answer was = from.answers().get(item.id());
            Answer now = to.answers().get(item.id());
            AnswerScale scale = instrument.answerScale(item);
            if (now == null || now.equals(was) || sameChoice(scale, was, now)) {
                continue;
            }
            Exact gain = after.points().get(item.id()).minus(before.points().get(item.id()));
            out.add(new PlannedChange(item.id(), was, now,
                    gain.round(after.rounding().scale(), after.rounding().mode()), steps(scale, was, now),
                    scale.kind() == AnswerKind.INDEX));
        }
        return out;
    }

    private static boolean isIndex(Probe probe, Item item) {
        return probe.instrument().answerScale(item).kind() == AnswerKind.INDEX;
    }

    private static boolean isChoice(Probe probe, Item item) {
        return probe.instrument().answerScale(item).kind() == AnswerKind.CHOICE;
    }

    private static boolean sameChoice(AnswerScale scale, Answer a, Answer b) {
        return a instanceof Answer.Choice x && b instanceof Answer.Choice y
                && x.canonical(scale).equals(y.canonical(scale));
    }

    private static int steps(AnswerScale scale, Answer was, Answer now) {
        if (scale.kind() != AnswerKind.CHOICE) {
            return 1;
        }
        for (Moves.Candidate c : Moves.candidates(scale, was)) {
            if (sameChoice(scale, c.to(), now)) {
                return c.steps();
            }
        }
        return 1;
    }
}
