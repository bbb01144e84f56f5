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
 * The cheap file-order check of {@code validate}: the rule set compiled again with its files loaded last file first,
 * and the load-time probes (every answer at one level, for both predicates) scored both ways. A rule that reads a value
 * another rule of equal salience writes works only in one file order; it is reported at its file:line
 * ({@code LINT_ORDER_DEPENDENT}), or, when the rules fail in the other order, at the rule-set folder. It costs one
 * more compilation, so it runs in {@code validate}, not each time a rule set loads.
 */
public final class FileOrderCheck {

    private static final int FIRE_LIMIT = 100_000;
    private static final Duration TIMEOUT = io.github.zirules.api.EvaluatorOptions.DEFAULT_EVALUATION_TIMEOUT;

    private FileOrderCheck() {
    }

    /** The problems of {@code rs} that only another file order shows; none for a sound rule set. */
    public static List<Problem> check(CompiledRuleSet rs) {
        CompiledRuleSet reversed = ReorderedRuleSet.withFilesReversed(rs);
        List<Problem> problems = new ArrayList<>();
        EvaluationOrder written = EvaluationOrder.AS_WRITTEN;
        EvaluationOrder other = EvaluationOrder.filesReversedOrder();
        for (Predikat target : List.of(Predikat.WBK, Predikat.WBBM)) {
            for (int level = 0; level < 5; level += 2) {
                Assessment a = RuleSetVerifier.labelled(rs, level, target);
                Result first;
                try {
                    first = OrderedEvaluation.run(rs, a, FIRE_LIMIT, TIMEOUT, written).result();
                } catch (EvaluationException | io.github.zirules.api.InvalidInputException e) {
                    continue; // the load-time checks report why the rules fail as written
                }
                try {
                    OrderedRun second = OrderedEvaluation.run(reversed, a, FIRE_LIMIT, TIMEOUT, other);
                    for (OrderedRun.EarlyRead r : second.earlyReads()) {
                        add(problems, Problem.error("LINT_ORDER_DEPENDENT", r.readerLocation(),
                                Message.of("LINT_ORDER_DEPENDENT.files", r.reader(), r.what(), r.writer(),
                                        r.writerLocation())));
                    }
                    if (second.earlyReads().isEmpty() && !first.equals(second.result())) {
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
        }
        return problems;
    }

    private static void add(List<Problem> problems, Problem p) {
        if (!problems.contains(p)) {
            problems.add(p);
        }
    }
}
