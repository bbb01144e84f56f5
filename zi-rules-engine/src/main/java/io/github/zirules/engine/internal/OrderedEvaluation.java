package io.github.zirules.engine.internal;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Problem;
import io.github.zirules.api.spi.EvaluationOrder;
import io.github.zirules.api.spi.OrderedRun;
import io.github.zirules.rules.internal.ScoreSheet;
import java.time.Duration;
import java.util.List;

/** One evaluation with its facts inserted in a given {@link EvaluationOrder} (the order-independence checks). */
final class OrderedEvaluation {

    private OrderedEvaluation() {
    }

    /**
     * Scores {@code assessment} with {@code rs} (already compiled in the order's file order), its facts inserted in
     * {@code order}.
     */
    static OrderedRun run(CompiledRuleSet rs, Assessment assessment, int fireLimit, Duration timeout,
                          EvaluationOrder order) {
        List<Problem> problems = rs.validator().validate(assessment);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("assessment of unit '" + assessment.unit().id() + "'", problems);
        }
        ScoreSheet card = SessionRunner.runInOrder(rs, assessment, fireLimit, timeout, order);
        RunTimeChecks.verify(rs, card);
        return new OrderedRun(ResultAssembler.assemble(rs, card, assessment), card.earlyReads().stream()
                .map(r -> new OrderedRun.EarlyRead(r.what(), r.reader().name(), r.reader().location(),
                        r.writer().name(), r.writer().location())).toList());
    }
}
