package io.github.zirules.engine.internal;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.spi.EvaluationOrder;
import io.github.zirules.api.spi.OrderedRun;
import io.github.zirules.rules.RuleRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The cheap file-order check of {@code validate}: the load-time probes (every answer at one level, for both
 * predicates) scored as written and with the rule files loaded last file first (the same compiled rules, each with the
 * load order the reversed files would give it: {@link ReorderedRuleSet}). A rule that reads a value another rule of
 * equal salience writes works only in one file order; it is reported at its file:line
 * ({@code LINT_ORDER_DEPENDENT}), or, when the rules fail in the other order, at the rule-set folder. It costs a dozen
 * evaluations, so it runs in {@code validate}, not each time a rule set loads.
 */
public final class FileOrderCheck {

    private static final int FIRE_LIMIT = 100_000;
    private static final Duration TIMEOUT = io.github.zirules.api.EvaluatorOptions.DEFAULT_EVALUATION_TIMEOUT;

    private FileOrderCheck() {
    }

    /**
     * The problems of {@code rs} that only another file order shows; none for a sound rule set. {@code rs} is not
     * changed (the other order runs on a copy of its compiled rules) and may be evaluated meanwhile.
     */
    public static List<Problem> check(CompiledRuleSet rs) {
        List<Probe> probes = asWritten(rs);
        return probes.isEmpty() ? List.of() : inOtherOrder(rs, ReorderedRuleSet.withFilesReversed(rs), probes);
    }

    /**
     * As {@link #check}, with the rules of {@code rs} itself given the reversed files' load order meanwhile (no
     * copy), then their own again: only for a rule set just compiled that nothing else evaluates during the call.
     */
    public static List<Problem> checkInPlace(CompiledRuleSet rs) {
        List<Probe> probes = asWritten(rs);
        if (probes.isEmpty()) {
            return List.of();
        }
        try (ReorderedRuleSet.Reversed reversed = ReorderedRuleSet.reverseInPlace(rs)) {
            return inOtherOrder(rs, rs, probes);
        }
    }

    /** A probe assessment and its result as written. */
    private record Probe(Assessment assessment, Result result) {
    }

    /** The probes that score as written (one that fails is left to the load-time checks, which report why). */
    private static List<Probe> asWritten(CompiledRuleSet rs) {
        List<Probe> probes = new ArrayList<>();
        for (Predikat target : List.of(Predikat.WBK, Predikat.WBBM)) {
            for (int level = 0; level < 5; level += 2) {
                Assessment a = RuleSetVerifier.labelled(rs, level, target);
                try {
                    probes.add(new Probe(a, OrderedEvaluation.run(rs, a, FIRE_LIMIT, TIMEOUT,
                            EvaluationOrder.AS_WRITTEN).result()));
                } catch (EvaluationException | io.github.zirules.api.InvalidInputException e) {
                    // the load-time checks report why the rules fail as written
                }
            }
        }
        return probes;
    }

    /** The probes scored again by {@code reversed}, the rules of {@code rs} in the reversed files' load order. */
    private static List<Problem> inOtherOrder(CompiledRuleSet rs, CompiledRuleSet reversed, List<Probe> probes) {
        List<Problem> problems = new ArrayList<>();
        EvaluationOrder other = EvaluationOrder.filesReversedOrder();
        for (Probe probe : probes) {
            try {
                OrderedRun second = OrderedEvaluation.run(reversed, probe.assessment(), FIRE_LIMIT, TIMEOUT, other);
                for (OrderedRun.EarlyRead r : second.earlyReads()) {
                    add(problems, Problem.error("LINT_ORDER_DEPENDENT", r.readerLocation(),
                            Message.of("LINT_ORDER_DEPENDENT.files", r.reader(), r.what(), r.writer(),
                                    r.writerLocation())));
                }
                if (second.earlyReads().isEmpty() && !probe.result().equals(second.result())) {
                    add(problems, Problem.error("LINT_ORDER_DEPENDENT", RuleSetVerifier.folderOf(rs),
                            Message.of("LINT_ORDER_DEPENDENT.files-result")));
                }
            } catch (EvaluationException e) {
                // The rule that failed, named by the engine's message; the message itself is not shown.
                String text = String.valueOf(e.getMessage());
                RuleRef failed = rs.rules().values().stream().filter(r -> text.contains(r.toString()))
                        .findFirst().orElse(null);
                add(problems, Problem.error("LINT_ORDER_DEPENDENT", failed != null ? failed.location()
                        : RuleSetVerifier.folderOf(rs), Message.of("LINT_ORDER_DEPENDENT.files-fail",
                        failed != null ? failed.name() : rs.info().id())));
            }
        }
        return problems;
    }

    private static void add(List<Problem> problems, Problem p) {
        if (!problems.contains(p)) {
            problems.add(p);
        }
    }
}
