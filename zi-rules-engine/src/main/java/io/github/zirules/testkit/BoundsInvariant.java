package io.github.zirules.testkit;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Message;
import io.github.zirules.api.Result;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bounds}: every score lies between 0 and its weight as the rule set declares it, at every level (indicator,
 * area part, area, Pemenuhan, Reform, Pengungkit, IPAK, KINERJA, IPKP, BBA, Hasil, total), and every item's value
 * lies between 0 and 1 (the answer-value scale of the rule vocabulary).
 */
final class BoundsInvariant extends CataloguedInvariant {

    BoundsInvariant() {
        super(Message.of("invariant.bounds"));
    }

    @Override
    public String name() {
        return "bounds";
    }

    @Override
    public Optional<Violation> check(RuleSetUnderTest rules, Assessment a) {
        Result r = rules.evaluate(a);
        Map<String, BigDecimal> maxima = rules.maxima(a);
        Findings found = new Findings();
        for (Map.Entry<String, BigDecimal> e : ScoreTable.withItems(r).entrySet()) {
            String key = e.getKey();
            BigDecimal v = e.getValue();
            boolean item = key.startsWith(ScoreTable.ITEMS);
            BigDecimal max = item ? BigDecimal.ONE : maxima.get(key);
            if (v.signum() < 0) {
                found.add(key + " = " + v.toPlainString() + " < 0");
            } else if (max != null && v.compareTo(max.setScale(Math.max(v.scale(), 0), RoundingMode.CEILING)) > 0) {
                String more = key + " = " + v.toPlainString() + " > " + max.toPlainString();
                found.add(more + (item ? "" : " (bobot)"), more + (item ? "" : " (weight)"));
            }
        }
        return found.violation(this, "nilai di luar batasnya", "scores outside their bounds", a, null);
    }
}
