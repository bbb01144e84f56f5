package io.github.zirules.engine.internal;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.spi.EvaluationOrder;
import io.github.zirules.rules.RuleMistake;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.ScoredItem;
import io.github.zirules.rules.internal.ScoreSheet;
import io.github.zirules.rules.internal.LimitExceededException;
import io.github.zirules.rules.internal.RunBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.drools.base.base.ValueResolver;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Runs the rules of a compiled rule set over one assessment, in a session of its own that is always disposed. The
 * KieBase is shared; a session never is.
 *
 * <p>Every session runs under a time budget ({@link RunBudget}) that the rule vocabulary checks inside its own work
 * and at every firing, so a rule that runs too long, builds too large a number or text, or exhausts the stack or the
 * heap is stopped with an {@link EvaluationException} naming the rule and its file:line.
 */
public final class SessionRunner {

    private SessionRunner() {
    }

    /**
     * Fires every phase over {@code assessment} and returns the filled score sheet.
     *
     * @param observer told of every rule that fired, once the rules have stopped (coverage); a rule that declared
     *     answer values only if an item used one of them; may be null
     * @throws EvaluationException if the fire limit is reached or a rule fails, naming the rule
     */
    public static ScoreSheet run(CompiledRuleSet rs, Assessment assessment, int fireLimit, Consumer<RuleRef> observer) {
        return run(rs, assessment, fireLimit, EvaluatorOptions.DEFAULT_EVALUATION_TIMEOUT, observer);
    }

    /**
     * Fires every phase over {@code assessment} within {@code timeout} and returns the filled score sheet.
     *
     * @param observer told of every rule that fired, once the rules have stopped (coverage); a rule that declared
     *     answer values only if an item used one of them; may be null
     * @throws EvaluationException if the fire limit or the time limit is reached or a rule fails, naming the rule
     */
    public static ScoreSheet run(CompiledRuleSet rs, Assessment assessment, int fireLimit, Duration timeout,
                                Consumer<RuleRef> observer) {
        ScoreSheet card = rs.plan().layout() != null ? ScoreSheet.of(rs.plan().layout(), assessment)
                : ScoreSheet.of(rs.instrument(), assessment);
        return run(rs, card, fireLimit, timeout, observer);
    }

    /** Fires every phase over a score sheet made by the caller, who can still read it if the rules fail. */
    static ScoreSheet run(CompiledRuleSet rs, ScoreSheet card, int fireLimit, Duration timeout,
                         Consumer<RuleRef> observer) {
        return run(rs, card, fireLimit, timeout, observer, false);
    }

    /**
     * As {@link #run(CompiledRuleSet, ScoreSheet, int, Duration, Consumer)}, with the facts inserted in reverse order
     * when {@code reversed}: the load-time checks compare both, since rules whose outcome depends on it are defects.
     */
    static ScoreSheet run(CompiledRuleSet rs, ScoreSheet card, int fireLimit, Duration timeout,
                         Consumer<RuleRef> observer, boolean reversed) {
        return run(rs, card, fireLimit, timeout, observer, reversed ? new EvaluationOrder(EvaluationOrder.REVERSED,
                false) : EvaluationOrder.AS_WRITTEN);
    }

    /**
     * Fires every phase over a new score sheet of {@code assessment}, its facts inserted in {@code order}; the score
     * sheet keeps what the rules read too early ({@link ScoreSheet#earlyReads()}), the trace of an order dependence.
     */
    public static ScoreSheet runInOrder(CompiledRuleSet rs, Assessment assessment, int fireLimit, Duration timeout,
                                        EvaluationOrder order) {
        ScoreSheet card = rs.plan().layout() != null ? ScoreSheet.of(rs.plan().layout(), assessment)
                : ScoreSheet.of(rs.instrument(), assessment);
        return run(rs, card, fireLimit, timeout, null, order);
    }

    /**
     * The work of one evaluation in Drools' terms, which is most of its cost (docs/performance.md).
     *
     * @param facts the facts inserted
     * @param firings the rules fired
     */
    public record Work(int facts, int firings) {
    }

    /** Evaluates {@code assessment} and counts the facts inserted and the rules fired (tests, docs). */
    public static Work work(CompiledRuleSet rs, Assessment assessment) {
        ScoreSheet card = rs.plan().layout() != null ? ScoreSheet.of(rs.plan().layout(), assessment)
                : ScoreSheet.of(rs.instrument(), assessment);
        int[] counts = new int[2];
        run(rs, card, EvaluatorOptions.DEFAULT_FIRE_LIMIT, EvaluatorOptions.DEFAULT_EVALUATION_TIMEOUT, null,
                EvaluationOrder.AS_WRITTEN, counts);
        return new Work(counts[0], counts[1]);
    }

    private static ScoreSheet run(CompiledRuleSet rs, ScoreSheet card, int fireLimit, Duration timeout,
                                  Consumer<RuleRef> observer, EvaluationOrder order) {
        return run(rs, card, fireLimit, timeout, observer, order, null);
    }

    /** As above; {@code counts}, if given, receives the facts inserted and the rules fired. */
    @SuppressWarnings("try") // the budget is a scope: open, it bounds the thread's run; it is never referenced
    private static ScoreSheet run(CompiledRuleSet rs, ScoreSheet card, int fireLimit, Duration timeout,
                                  Consumer<RuleRef> observer, EvaluationOrder order, int[] counts) {
        KieSession session = rs.plan().newSession();
        Firings firing = new Firings(rs, card, observer, fireLimit);
        boolean clean = false;
        try (RunBudget budget = RunBudget.open(timeout)) {
            firing.budget = budget;
            EvaluationPlan plan = rs.plan();
            ItemPatterns items = plan.itemPatterns();
            ValueResolver resolver = (ValueResolver) session;
            InternalFactHandle handle = items.newHandle();
            if (order.factSeed() != 0) {
                card.arrange(order);
            }
            int facts = 0;
            for (Object fact : order.arrange(card.facts())) {
                // An item that no pattern can match (valued from the answer-value table) is not a fact, nor is a
                // level that the rules read only from the score sheet ($indikator : ScoredIndicator() from ...).
                if (fact instanceof ScoredItem it ? items.mayMatch(it, resolver, handle) : plan.isFact(fact)) {
                    session.insert(fact);
                    facts++;
                }
            }
            List<String> phases = CompiledRuleSet.PHASES;
            for (int i = phases.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
            }
            session.fireAllRules(firing);
            if (firing.reached) {
                throw new EvaluationException("rule set " + rs.info().id() + ": the fire limit of " + fireLimit
                        + " firings was reached (batas eksekusi aturan tercapai); the last rule fired was "
                        + firing.last + ". A rule probably triggers itself (modify without no-loop).", null,
                        rs.info().id(), ruleName(firing.last));
            }
            clean = true;
            if (counts != null) {
                counts[0] = facts;
                counts[1] = firing.firings;
            }
        } catch (EvaluationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A StackOverflowError (a consequence recursing without end) or an OutOfMemoryError (a rule building
            // something huge) unwinds the whole stack before it is caught here: the session, and with it what the
            // rule built, is garbage, so the thread and the heap are usable again.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                if (root instanceof RuleMistake) {
                    break;
                }
                root = root.getCause();
            }
            if (root instanceof LimitExceededException) {
                throw new EvaluationException("rule set " + rs.info().id() + ": stopped in " + (firing.last != null
                        ? "rule " + firing.last : "the conditions, before any rule fired") + " (aturan "
                        + "dihentikan): " + root.getMessage(), e, rs.info().id(), ruleName(firing.last));
            }
            if (root instanceof RuleMistake m && firing.last != null) {
                throw new RuleFailedException(rs.info().id(), firing.last, m);
            }
            throw new EvaluationException("rule set " + rs.info().id() + ": rule " + firing.last
                    + " failed (aturan gagal dijalankan): " + describe(root), e, rs.info().id(),
                    ruleName(firing.last));
        } finally {
            card.endRules();
            firing.tellObserver(clean);
            if (clean) {
                session.dispose();
            } else {
                session.destroy();
            }
        }
        if (!card.conflicts().isEmpty()) {
            throw new EvaluationException("rule set " + rs.info().id() + " is ambiguous (aturan saling bertentangan): "
                    + String.join("; ", card.conflicts()), null, rs.info().id(), null);
        }
        return card;
    }

    /** The name of {@code rule}; null for none. */
    private static String ruleName(RuleRef rule) {
        return rule == null ? null : rule.name();
    }

    /** What went wrong, without Java class names where the exception says it in words. */
    private static String describe(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "the rule calls itself without end (stack overflow)";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /**
     * What happens at every firing, done by the filter Drools offers each match to right before it fires it (Drools
     * 10's {@code RuleExecutor}: the filter is its last word on a match, then the consequence runs), so that no agenda
     * event listener is registered and Drools makes no event objects: the time budget is checked, the rule is named to
     * the score sheet ({@code beginRule}) and remembered as {@link #last}, and counted.
     *
     * <p>It enforces the fire limit too, rather than {@code fireAllRules(int)}: Drools checks its own limit only between
     * the matches of one rule, so a loop through several rules overshoots it (by a hundred firings for a limit of 400).
     * The first {@code limit} matches are let through, every later one is refused without running (and marks the
     * limit reached), so exactly {@code limit} consequences run and {@link #last} names the last rule that fired.
     */
    private static final class Firings implements AgendaFilter {
        private final CompiledRuleSet rs;
        private final ScoreSheet card;
        private final Consumer<RuleRef> observer;
        private final int limit;
        /** Whether a match was refused for the fire limit. */
        boolean reached;
        RuleRef last;
        /** The Drools rule of {@link #last}. */
        private Rule lastRule;
        /** The session's time budget, checked before every firing. */
        RunBudget budget;
        /** The rules that fired, in order, once per firing; kept only for an observer. */
        private final List<RuleRef> fired = new ArrayList<>();
        /** How many rules fired. */
        int firings;

        Firings(CompiledRuleSet rs, ScoreSheet card, Consumer<RuleRef> observer, int limit) {
            this.rs = rs;
            this.card = card;
            this.observer = observer;
            this.limit = limit;
        }

        @Override
        public boolean accept(Match match) {
            if (firings >= limit) {
                reached = true;
                return false;
            }
            Rule r = match.getRule();
            RuleRef ref;
            if (r == lastRule) {
                // Drools fires the matches of one rule one after another: most firings skip the lookup.
                ref = last;
            } else {
                ref = rs.rule(r);
                if (ref == null) {
                    ref = new RuleRef(r.getName(), "?", 0, 0, 0, rs.info().id());
                }
            }
            budget.checkNow();
            last = ref;
            lastRule = r;
            card.beginRule(ref);
            firings++;
            if (observer != null) {
                fired.add(ref);
            }
            return true;
        }

        /**
         * Tells the observer of the rules that fired, once per firing, when the rules have stopped; a rule that
         * declared answer values once per item that used one of its values instead, and a rule that declared a
         * warning check once per warning it gave, since they fire on every evaluation whether used or not; after a
         * failure, which gives no result and so no warnings, once per firing like any rule.
         */
        void tellObserver(boolean clean) {
            if (observer == null) {
                return;
            }
            Set<RuleRef> table = card.answerValueRules();
            Set<RuleRef> checks = clean ? card.warningRules() : Set.of();
            EvaluationPlan plan = rs.plan();
            for (RuleRef r : fired) {
                if (!table.contains(r) && !checks.contains(r)) {
                    // A rule written once per level fired once for them all: it is told once per level, as it was
                    // when it fired once per level.
                    LevelRules.Level level = plan.levelRule(r);
                    int times = level == null ? 1 : level.count(card.card());
                    for (int i = 0; i < times; i++) {
                        observer.accept(r);
                    }
                }
            }
            if (!checks.isEmpty()) {
                for (ScoreSheet.RuleWarning w : card.warnings()) {
                    if (checks.contains(w.rule())) {
                        observer.accept(w.rule());
                    }
                }
            }
            if (!table.isEmpty()) {
                for (ScoredItem it : card.items()) {
                    RuleRef r = ScoreSheet.valueRule(it);
                    if (r != null && table.contains(r)) {
                        observer.accept(r);
                    }
                }
            }
        }
    }
}
