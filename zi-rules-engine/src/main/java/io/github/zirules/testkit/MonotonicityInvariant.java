package io.github.zirules.testkit;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Message;
import io.github.zirules.api.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code monotonicity}: a better answer never lowers any score (item value, indicator, area part, area, any upper
 * level) nor turns a passed check into a failed one. "Better" is one step of {@link AnswerMoves#raise}.
 *
 * <p>Evaluating one raise per item would cost a hundred evaluations per assessment, so each check makes
 * {@code 1 + singleRaises} of them: every answer raised one step at once (if raising each answer alone never lowers
 * a score, neither does raising them all, so a drop there proves a violation somewhere), and {@code singleRaises}
 * answers raised alone, picked by a hash of the unit id and the item id (so the pick is stable while a counterexample
 * shrinks). A drop under the raise of all answers is then traced to one answer where a few more evaluations can.
 */
final class MonotonicityInvariant extends CataloguedInvariant {

    private static final int LOCALIZE_BUDGET = 12;

    private final int singleRaises;

    MonotonicityInvariant(int singleRaises) {
        super(Message.of("invariant.monotonicity"));
        if (singleRaises < 0) {
            throw new IllegalArgumentException("singleRaises must be at least 0 but was " + singleRaises);
        }
        this.singleRaises = singleRaises;
    }

    @Override
    public String name() {
        return "monotonicity";
    }

    @Override
    public Optional<Violation> check(RuleSetUnderTest rules, Assessment a) {
        Instrument instrument = rules.instrument();
        Result base = rules.evaluate(a);
        Table before = new Table(base);
        for (ItemId id : picks(instrument, a)) {
            Optional<Violation> v = compare(rules, a, before, raise(instrument, a, List.of(id)));
            if (v.isPresent()) {
                return v;
            }
        }
        Assessment all = raise(instrument, a, List.copyOf(a.answers().keySet()));
        if (all.answers().equals(a.answers())) {
            return Optional.empty();
        }
        Result raised = rules.evaluate(all);
        Drop drop = drop(before, raised);
        if (drop.isEmpty()) {
            return Optional.empty();
        }
        int budget = LOCALIZE_BUDGET;
        for (ItemId id : suspects(instrument, a, drop)) {
            if (budget-- <= 0) {
                break;
            }
            Optional<Violation> v = compare(rules, a, before, raise(instrument, a, List.of(id)));
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.of(violation(a, all, drop));
    }

    private Optional<Violation> compare(RuleSetUnderTest rules, Assessment a, Table base, Assessment raised) {
        if (raised.answers().equals(a.answers())) {
            return Optional.empty();
        }
        Drop drop = drop(base, rules.evaluate(raised));
        return drop.isEmpty() ? Optional.empty() : Optional.of(violation(a, raised, drop));
    }

    private Violation violation(Assessment a, Assessment raised, Drop drop) {
        String moves = Texts.moves(a, raised);
        Findings f = new Findings();
        drop.lowered.forEach(f::add);
        for (String c : drop.failed) {
            f.add("pemeriksaan " + c, "check " + c);
        }
        return f.violation(this, "menaikkan jawaban " + moves + " menurunkan", "raising the answer " + moves
                + " lowers", a, raised).orElseThrow();
    }

    /** A result and its {@link ScoreTable#withItems} table, made once for every raise it is compared with. */
    private record Table(Result result, Map<String, BigDecimal> scores) {
        Table(Result result) {
            this(result, ScoreTable.withItems(result));
        }
    }

    /** The scores that went down and the checks that went from passed to failed. */
    private static Drop drop(Table beforeRaise, Result raised) {
        Result base = beforeRaise.result();
        Map<String, BigDecimal> before = beforeRaise.scores();
        Map<String, BigDecimal> after = ScoreTable.withItems(raised);
        List<String> keys = new ArrayList<>();
        before.forEach((k, v) -> {
            BigDecimal w = after.get(k);
            if (w != null && w.compareTo(v) < 0) {
                keys.add(k);
            }
        });
        keys.sort(Comparator.comparingInt(MonotonicityInvariant::depth));
        List<String> lowered = keys.stream().map(k -> k + " " + before.get(k).toPlainString() + " → "
                + after.get(k).toPlainString()).toList();
        List<String> failed = new ArrayList<>();
        for (Check c : base.verdict().checks()) {
            Optional<Check> now = raised.verdict().check(c.id());
            if (c.passed() && now.isPresent() && !now.get().passed()) {
                failed.add(ScoreTable.describe(c) + " → " + ScoreTable.describe(now.get()));
            }
        }
        return new Drop(lowered, keys, failed);
    }

    /** Finest first, so that a message names the cause before its consequences: items, indicators, parts … */
    private static int depth(String key) {
        if (key.startsWith(ScoreTable.ITEMS)) {
            return 0;
        } else if (key.startsWith("indicators.")) {
            return 1;
        } else if (key.startsWith("areaParts.")) {
            return 2;
        }
        return key.startsWith("areas.") ? 3 : 4;
    }

    /** Items to raise alone after a drop under the raise of all: those whose value fell, then those under a fall. */
    private static List<ItemId> suspects(Instrument instrument, Assessment a, Drop drop) {
        Set<ItemId> out = new LinkedHashSet<>();
        for (String k : drop.keys) {
            if (k.startsWith(ScoreTable.ITEMS)) {
                out.add(ItemId.of(k.substring(ScoreTable.ITEMS.length())));
            }
        }
        for (String k : drop.keys) {
            for (Item item : instrument.items()) {
                String ind = "indicators." + item.indicatorId();
                String part = item.area() == null ? null : "areaParts." + item.section() + "." + item.area();
                if ((k.equals(ind) || k.equals(part)) && a.answers().containsKey(item.id())) {
                    out.add(item.id());
                }
            }
        }
        return List.copyOf(out);
    }

    /** Up to {@code singleRaises} answered items that can be raised, in a stable order drawn from the unit id. */
    private List<ItemId> picks(Instrument instrument, Assessment a) {
        if (singleRaises == 0) {
            return List.of();
        }
        String unit = a.unit().id();
        return instrument.items().stream()
                .filter(i -> a.answers().containsKey(i.id())
                        && AnswerMoves.raise(instrument.answerScale(i), a.answers().get(i.id())).isPresent())
                .sorted(Comparator.comparingLong(i -> mix(unit.hashCode() * 31L + i.id().value().hashCode())))
                .limit(singleRaises).map(Item::id).toList();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** {@code a} with each of {@code ids} raised one step where it can be. */
    static Assessment raise(Instrument instrument, Assessment a, List<ItemId> ids) {
        Map<ItemId, Answer> answers = new LinkedHashMap<>(a.answers());
        for (ItemId id : ids) {
            Answer x = answers.get(id);
            Optional<Item> item = instrument.item(id);
            if (x != null && item.isPresent()) {
                AnswerMoves.raise(instrument.answerScale(item.get()), x).ifPresent(up -> answers.put(id, up));
            }
        }
        return a.withAnswers(answers);
    }

    private record Drop(List<String> lowered, List<String> keys, List<String> failed) {
        boolean isEmpty() {
            return lowered.isEmpty() && failed.isEmpty();
        }
    }
}
