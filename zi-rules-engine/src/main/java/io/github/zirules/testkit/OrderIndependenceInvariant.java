package io.github.zirules.testkit;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Result;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * {@code order-independence}: the order in which answers, evidence and review sets were put into the assessment
 * changes nothing in the result. The reordering is a shuffle seeded by the unit id (so it is the same while a
 * counterexample shrinks), or the reverse order when the shuffle happens to keep the order.
 */
final class OrderIndependenceInvariant implements Invariant {

    @Override
    public String name() {
        return "order-independence";
    }

    @Override
    public String descriptionId() {
        return "urutan jawaban, data dukung dan set jawaban penilai tidak mengubah hasil apa pun";
    }

    @Override
    public String descriptionEn() {
        return "the order of the answers, the evidence and the reviewer answer sets changes nothing in the result";
    }

    @Override
    public Optional<Violation> check(RuleSetUnderTest rules, Assessment a) {
        Assessment shuffled = shuffled(a);
        Result first = rules.evaluate(a);
        Result second = rules.evaluate(shuffled);
        List<String> diff = ResultDiff.of(first, second);
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        Findings f = new Findings();
        diff.forEach(f::add);
        return f.violation(this, "hasil berubah bila urutan jawaban dan data dukung diacak",
                "the result changes when the answers and evidence are put in another order", a, shuffled);
    }

    static Assessment shuffled(Assessment a) {
        SplittableRandom rng = new SplittableRandom(a.unit().id().hashCode() * 0x9E3779B97F4A7C15L);
        Map<String, Map<ItemId, Answer>> reviews = new LinkedHashMap<>();
        for (String role : order(a.reviews(), rng)) {
            reviews.put(role, reorder(a.reviews().get(role), rng));
        }
        return new Assessment(a.ruleset(), a.unit(), a.year(), a.target(), a.currentPredicate(), a.agency(),
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
