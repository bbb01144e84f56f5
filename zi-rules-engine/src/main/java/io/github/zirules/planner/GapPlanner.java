package io.github.zirules.planner;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Predikat;
import io.github.zirules.planner.internal.PlannerEngine;
import java.util.Objects;

/**
 * The gap planner (<i>perencana kekurangan</i>): instead of "kurang X poin", which answers to improve, and how far,
 * to reach Menuju WBK or WBBM with the least effort.
 *
 * <pre>{@code
 * GapPlanner planner = GapPlanner.create(ZiRules.evaluator());
 * Plan plan = planner.plan(assessment, Predikat.WBK);
 * plan.changes().forEach(c -> System.out.println(c.item() + ": " + c.from() + " -> " + c.to()));
 * }</pre>
 *
 * <p>By default survey and other Hasil items are not proposed ({@link PlanOptions}). Every gain is learnt from the rule set by running it (no weight is repeated in Java), and the final plan is
 * confirmed by a real evaluation. Thread-safe; see docs/planner.md for what is optimised and the limits.
 */
public final class GapPlanner {

    private final PlannerEngine engine;

    private GapPlanner(PlannerEngine engine) {
        this.engine = engine;
    }

    /**
     * A planner that scores with {@code evaluator}: any evaluator that offers the engine's score trace
     * ({@link Evaluator#engine()}), such as {@code ZiRules.evaluator()} or a {@code ReloadingEvaluator}, whose rules
     * serving when a plan starts make the whole plan.
     *
     * @throws IllegalArgumentException if the evaluator offers no engine
     */
    public static GapPlanner create(Evaluator evaluator) {
        return new GapPlanner(new PlannerEngine(Objects.requireNonNull(evaluator, "evaluator")));
    }

    /**
     * A plan for {@code assessment} to reach {@code target}.
     *
     * @param target {@link Predikat#WBK} or {@link Predikat#WBBM}
     * @throws IllegalArgumentException if the target is {@link Predikat#NONE}
     * @throws InvalidInputException if the assessment has errors (every one is listed)
     */
    public Plan plan(Assessment assessment, Predikat target) {
        return plan(assessment, target, PlanOptions.DEFAULT);
    }

    /**
     * A plan for {@code assessment} to reach {@code target}, changing only what {@code options} allow.
     *
     * @param target {@link Predikat#WBK} or {@link Predikat#WBBM}
     * @throws IllegalArgumentException if the target is {@link Predikat#NONE}
     * @throws InvalidInputException if the assessment has errors or a frozen item is not in the instrument (every
     *     problem is listed)
     */
    public Plan plan(Assessment assessment, Predikat target, PlanOptions options) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
        if (target == Predikat.NONE) {
            throw new IllegalArgumentException("target must be WBK or WBBM but was NONE");
        }
        return engine.plan(assessment.toBuilder().target(target).build(), options);
    }

    /** A plan for {@code assessment} to reach its own target, with the {@link PlanOptions#DEFAULT} options. */
    public Plan plan(Assessment assessment) {
        return plan(assessment, assessment.target());
    }
}
