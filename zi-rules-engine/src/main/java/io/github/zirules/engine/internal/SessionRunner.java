package io.github.zirules.engine.internal;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.rules.RuleMistake;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.Scorecard;
import io.github.zirules.rules.internal.LimitExceededException;
import io.github.zirules.rules.internal.RunBudget;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

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
     * @param observer told of every rule that fires, before it fires (coverage); may be null
     * @throws EvaluationException if the fire limit is reached or a rule fails, naming the rule
     */
    public static Scorecard run(CompiledRuleSet rs, Assessment assessment, int fireLimit, Consumer<RuleRef> observer) {
        return run(rs, assessment, fireLimit, EvaluatorOptions.DEFAULT_EVALUATION_TIMEOUT, observer);
    }

    /**
     * Fires every phase over {@code assessment} within {@code timeout} and returns the filled score sheet.
     *
     * @param observer told of every rule that fires, before it fires (coverage); may be null
     * @throws EvaluationException if the fire limit or the time limit is reached or a rule fails, naming the rule
     */
    public static Scorecard run(CompiledRuleSet rs, Assessment assessment, int fireLimit, Duration timeout,
                                Consumer<RuleRef> observer) {
        Scorecard card = rs.plan().layout() != null ? Scorecard.of(rs.plan().layout(), assessment)
                : Scorecard.of(rs.instrument(), assessment);
        return run(rs, card, fireLimit, timeout, observer);
    }

    /** Fires every phase over a score sheet made by the caller, who can still read it if the rules fail. */
    static Scorecard run(CompiledRuleSet rs, Scorecard card, int fireLimit, Duration timeout,
                         Consumer<RuleRef> observer) {
        return run(rs, card, fireLimit, timeout, observer, false);
    }

    /**
     * As {@link #run(CompiledRuleSet, Scorecard, int, Duration, Consumer)}, with the facts inserted in reverse order
     * when {@code reversed}: the load-time checks compare both, since rules whose outcome depends on it are defects.
     */
    static Scorecard run(CompiledRuleSet rs, Scorecard card, int fireLimit, Duration timeout,
                         Consumer<RuleRef> observer, boolean reversed) {
        return run(rs, card, fireLimit, timeout, observer, reversed ? new EvaluationOrder(EvaluationOrder.REVERSED,
                false) : EvaluationOrder.AS_WRITTEN);
    }

    /**
     * Fires every phase over a new score sheet of {@code assessment}, its facts inserted in {@code order}; the score
     * sheet keeps what the rules read too early ({@link Scorecard#earlyReads()}), the trace of an order dependence.
     */
    public static Scorecard runInOrder(CompiledRuleSet rs, Assessment assessment, int fireLimit, Duration timeout,
                                       EvaluationOrder order) {
        Scorecard card = rs.plan().layout() != null ? Scorecard.of(rs.plan().layout(), assessment)
                : Scorecard.of(rs.instrument(), assessment);
        return run(rs, card, fireLimit, timeout, null, order);
    }

    private static Scorecard run(CompiledRuleSet rs, Scorecard card, int fireLimit, Duration timeout,
                                 Consumer<RuleRef> observer, EvaluationOrder order) {
        KieSession session = rs.plan().newSession();
        Listener listener = new Listener(rs, card, observer);
        boolean clean = false;
        try (RunBudget budget = RunBudget.open(timeout)) {
            session.addEventListener(listener);
            for (Object fact : order.arrange(card.facts())) {
                session.insert(fact);
            }
            List<String> phases = CompiledRuleSet.PHASES;
            for (int i = phases.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
            }
            int fired = session.fireAllRules(fireLimit);
            if (fired >= fireLimit && session.fireAllRules(1) > 0) {
                throw new EvaluationException("rule set " + rs.info().id() + ": the fire limit of " + fireLimit
                        + " firings was reached (batas eksekusi aturan tercapai); the last rule fired was "
                        + listener.last + ". A rule probably triggers itself (modify without no-loop).");
            }
            clean = true;
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
                throw new EvaluationException("rule set " + rs.info().id() + ": stopped in " + (listener.last != null
                        ? "rule " + listener.last : "the conditions, before any rule fired") + " (aturan "
                        + "dihentikan): " + root.getMessage(), e);
            }
            if (root instanceof RuleMistake m && listener.last != null) {
                throw new RuleFailedException(rs.info().id(), listener.last, m);
            }
            throw new EvaluationException("rule set " + rs.info().id() + ": rule " + listener.last
                    + " failed (aturan gagal dijalankan): " + describe(root), e);
        } finally {
            card.endRules();
            if (clean) {
                session.dispose();
            } else {
                session.destroy();
            }
        }
        if (!card.conflicts().isEmpty()) {
            throw new EvaluationException("rule set " + rs.info().id() + " is ambiguous (aturan saling bertentangan): "
                    + String.join("; ", card.conflicts()));
        }
        return card;
    }

    /** What went wrong, without Java class names where the exception says it in words. */
    private static String describe(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "the rule calls itself without end (stack overflow)";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static final class Listener extends DefaultAgendaEventListener {
        private final CompiledRuleSet rs;
        private final Scorecard card;
        private final Consumer<RuleRef> observer;
        RuleRef last;

        Listener(CompiledRuleSet rs, Scorecard card, Consumer<RuleRef> observer) {
            this.rs = rs;
            this.card = card;
            this.observer = observer;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Rule r = event.getMatch().getRule();
            RuleRef ref = rs.rule(r);
            if (ref == null) {
                ref = new RuleRef(r.getName(), "?", 0, 0, 0, rs.info().id());
            }
            RunBudget.check();
            last = ref;
            card.beginRule(ref);
            if (observer != null) {
                observer.accept(ref);
            }
        }
    }
}
