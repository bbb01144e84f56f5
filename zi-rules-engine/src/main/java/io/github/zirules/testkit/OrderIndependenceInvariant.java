package io.github.zirules.testkit;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Message;
import io.github.zirules.api.Result;
import io.github.zirules.api.spi.EvaluationOrder;
import io.github.zirules.api.spi.OrderedRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * {@code order-independence}: the order of the input and of the rule set changes nothing in the result. The
 * assessment is scored as written (facts in LKE order, rule files in the order {@code ruleset.properties} lists them),
 * then with its answers, evidence and review sets reordered and its facts inserted in a shuffled order, then with the
 * rule files loaded last file first (rules of equal salience in one phase fire in load order). The shuffle is seeded
 * by the unit id, so it is the same while a counterexample shrinks. A difference names the rule at fault, with its
 * file:line and the two orders: the rule that read a value before another rule changed it, or else the rule that
 * decided the first differing item or check.
 */
final class OrderIndependenceInvariant extends CataloguedInvariant {

    OrderIndependenceInvariant() {
        super(Message.of("invariant.order-independence"));
    }

    @Override
    public String name() {
        return "order-independence";
    }

    @Override
    public Optional<Violation> check(RuleSetUnderTest rules, Assessment a) {
        EvaluationOrder written = EvaluationOrder.AS_WRITTEN;
        // As written, the run is the plain evaluation (facts in LKE order, files as listed); what it read too early is
        // asked for only to name the culprit of a difference.
        Result first = rules.evaluate(a);
        Assessment shuffled = shuffled(a);
        List<EvaluationOrder> others = List.of(EvaluationOrder.shuffled(seed(a)),
                EvaluationOrder.filesReversedOrder());
        for (EvaluationOrder other : others) {
            Assessment input = other.filesReversed() ? a : shuffled;
            OrderedRun second;
            try {
                second = rules.evaluate(input, other);
            } catch (EvaluationException e) {
                // Scores fine as written, fails in another order: a rule reads what is not decided yet.
                Findings f = new Findings();
                f.add(e.getMessage());
                return f.violation(this, "aturan gagal hanya dalam urutan lain (" + written.describeId() + " → "
                        + other.describeId() + ")", "the rules fail only in another order (" + written.describeEn()
                        + " → " + other.describeEn() + ")", a, input);
            }
            List<String> diff = ResultDiff.of(first, second.result());
            if (!diff.isEmpty()) {
                Findings f = new Findings();
                culprit(rules, rules.evaluate(a, written), second, written, other, f);
                diff.forEach(f::add);
                return f.violation(this, "hasil berubah bila urutannya lain (" + written.describeId() + " → "
                        + other.describeId() + ")", "the result changes in another order (" + written.describeEn()
                        + " → " + other.describeEn() + ")", a, input);
            }
        }
        return Optional.empty();
    }

    /** Names the rule whose outcome depends on the order, with its file:line, first among the findings. */
    private static void culprit(RuleSetUnderTest rules, OrderedRun x, OrderedRun y,
                                EvaluationOrder xo, EvaluationOrder yo, Findings f) {
        for (OrderedRun run : List.of(y, x)) {
            EvaluationOrder order = run == y ? yo : xo;
            for (OrderedRun.EarlyRead r : run.earlyReads()) {
                f.add("aturan '" + r.reader() + "' (" + r.readerLocation() + ") membaca " + r.what()
                        + " sebelum aturan '" + r.writer() + "' (" + r.writerLocation() + ") mengubahnya, "
                        + "dengan " + order.describeId(), "rule '" + r.reader() + "' (" + r.readerLocation()
                        + ") reads " + r.what() + " before rule '" + r.writer() + "' (" + r.writerLocation()
                        + ") changes it, with " + order.describeEn());
                return;
            }
        }
        for (int i = 0; i < Math.min(x.result().items().size(), y.result().items().size()); i++) {
            ItemScore p = x.result().items().get(i);
            ItemScore q = y.result().items().get(i);
            if (!p.equals(q)) {
                f.add(decidedBy(rules, "butir " + p.item(), p.rule(), q.rule(), xo, yo, true),
                        decidedBy(rules, "item " + p.item(), p.rule(), q.rule(), xo, yo, false));
                return;
            }
        }
        List<Check> cx = x.result().verdict().checks();
        List<Check> cy = y.result().verdict().checks();
        for (int i = 0; i < Math.min(cx.size(), cy.size()); i++) {
            if (!cx.get(i).equals(cy.get(i))) {
                f.add(decidedBy(rules, "pemeriksaan " + cx.get(i).id(), cx.get(i).rule(), cy.get(i).rule(), xo, yo,
                        true), decidedBy(rules, "check " + cx.get(i).id(), cx.get(i).rule(), cy.get(i).rule(), xo,
                        yo, false));
                return;
            }
        }
    }

    private static String decidedBy(RuleSetUnderTest rules, String what, String ruleX, String ruleY,
                                    EvaluationOrder xo, EvaluationOrder yo, boolean id) {
        String x = "'" + ruleX + "' (" + rules.locationOf(ruleX) + ")";
        String y = Objects.equals(ruleX, ruleY) ? x : "'" + ruleY + "' (" + rules.locationOf(ruleY) + ")";
        return id ? what + " diputuskan aturan " + x + " dengan " + xo.describeId() + ", tetapi berbeda oleh "
                + y + " dengan " + yo.describeId()
                : what + " is decided by rule " + x + " with " + xo.describeEn() + ", but differently by " + y
                + " with " + yo.describeEn();
    }

    private static long seed(Assessment a) {
        return a.unit().id().hashCode() * 0x9E3779B97F4A7C15L;
    }

    static Assessment shuffled(Assessment a) {
        SplittableRandom rng = new SplittableRandom(seed(a));
        Map<String, Map<ItemId, Answer>> reviews = new LinkedHashMap<>();
        for (String role : order(a.reviews(), rng)) {
            reviews.put(role, reorder(a.reviews().get(role), rng));
        }
        return new Assessment(a.ruleSet(), a.unit(), a.year(), a.target(), a.currentPredicate(), a.agency(),
                reorder(a.answers(), rng), reorder(a.evidence(), rng), reviews);
    }

    private static <V> Map<ItemId, V> reorder(Map<ItemId, V> m, SplittableRandom rng) {
        Map<ItemId, V> out = new LinkedHashMap<>();
        for (ItemId k : order(m, rng)) {
            out.put(k, m.get(k));
        }
        return out;
    }

    private static <K> List<K> order(Map<K, ?> m, SplittableRandom rng) {
        List<K> keys = new ArrayList<>(m.keySet());
        List<K> original = List.copyOf(keys);
        for (int i = keys.size() - 1; i > 0; i--) {
            Collections.swap(keys, i, rng.nextInt(i + 1));
        }
        if (keys.equals(original)) {
            Collections.reverse(keys);
        }
        return keys;
    }
}
