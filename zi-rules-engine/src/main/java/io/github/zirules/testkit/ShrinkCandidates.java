package io.github.zirules.testkit;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.ItemId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Supplier;

/** The shrink candidates of {@link AnswerMoves#shrinkCandidates}; see there. */
final class ShrinkCandidates {

    private static final String LETTERS = "ABCDE";

    private ShrinkCandidates() {
    }

    static List<Assessment> of(Assessment a, Assessment baseline) {
        Objects.requireNonNull(a, "assessment must not be null");
        Objects.requireNonNull(baseline, "baseline must not be null");
        List<Supplier<Assessment>> out = new ArrayList<>();
        if (!a.reviews().equals(baseline.reviews())) {
            out.add(() -> with(a, a.answers(), a.evidence(), baseline.reviews()));
        }
        if (!a.evidence().equals(baseline.evidence())) {
            out.add(() -> with(a, a.answers(), baseline.evidence(), a.reviews()));
        }
        List<ItemId> differing = differing(a.answers(), baseline.answers());
        if (differing.size() >= 2) {
            int half = differing.size() / 2;
            out.add(() -> reset(a, baseline, differing.subList(0, half)));
            out.add(() -> reset(a, baseline, differing.subList(half, differing.size())));
        }
        for (ItemId id : differing) {
            out.add(() -> reset(a, baseline, List.of(id)));
        }
        for (ItemId id : differing) {
            Answer from = a.answers().get(id);
            Answer to = baseline.answers().get(id);
            if (from != null && to != null) {
                toward(from, to).filter(m -> !m.equals(from) && !m.equals(to)).ifPresent(m -> out.add(() -> {
                    Map<ItemId, Answer> answers = new LinkedHashMap<>(a.answers());
                    answers.put(id, m);
                    return with(a, answers, a.evidence(), a.reviews());
                }));
            }
        }
        return new Lazy(out);
    }

    /** The candidates, each built when first asked for: a shrinker usually takes one of the first few. */
    private static final class Lazy extends AbstractList<Assessment> implements RandomAccess {
        private final List<Supplier<Assessment>> recipes;
        private final Assessment[] built;

        Lazy(List<Supplier<Assessment>> recipes) {
            this.recipes = List.copyOf(recipes);
            this.built = new Assessment[recipes.size()];
        }

        @Override
        public synchronized Assessment get(int index) {
            Objects.checkIndex(index, built.length);
            if (built[index] == null) {
                built[index] = recipes.get(index).get();
            }
            return built[index];
        }

        @Override
        public int size() {
            return built.length;
        }
    }

    static List<ItemId> differing(Map<ItemId, Answer> a, Map<ItemId, Answer> b) {
        Set<ItemId> ids = new LinkedHashSet<>(a.keySet());
        ids.addAll(b.keySet());
        return ids.stream().filter(id -> !Objects.equals(a.get(id), b.get(id))).toList();
    }

    private static Assessment reset(Assessment a, Assessment baseline, List<ItemId> ids) {
        Map<ItemId, Answer> answers = new LinkedHashMap<>(a.answers());
        for (ItemId id : ids) {
            Answer base = baseline.answers().get(id);
            if (base == null) {
                answers.remove(id);
            } else {
                answers.put(id, base);
            }
        }
        return with(a, answers, a.evidence(), a.reviews());
    }

    private static Assessment with(Assessment a, Map<ItemId, Answer> answers,
                                   Map<ItemId, List<Evidence>> evidence,
                                   Map<String, Map<ItemId, Answer>> reviews) {
        return new Assessment(a.ruleSet(), a.unit(), a.year(), a.target(), a.currentPredicate(), a.agency(),
                answers, evidence, reviews);
    }

    /** Part of the way from {@code from} to {@code to}, if both are of the same kind and a step exists. */
    static Optional<Answer> toward(Answer from, Answer to) {
        if (from instanceof Answer.Choice f && to instanceof Answer.Choice t) {
            int i = letter(f.label());
            int j = letter(t.label());
            return i < 0 || j < 0 || i == j ? Optional.empty()
                    : Optional.of(Answer.choice(String.valueOf(LETTERS.charAt(i + Integer.signum(j - i)))));
        } else if (from instanceof Answer.Ratio f && to instanceof Answer.Ratio t) {
            return Optional.of(Answer.ratio(halfway(f.numerator(), t.numerator()),
                    halfway(f.denominator(), t.denominator())));
        } else if (from instanceof Answer.Decrease f && to instanceof Answer.Decrease t) {
            return Optional.of(Answer.decrease(halfway(f.lastYear(), t.lastYear()),
                    halfway(f.thisYear(), t.thisYear())));
        } else if (from instanceof Answer.Index f && to instanceof Answer.Index t) {
            BigDecimal mid = f.value().add(t.value()).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
            boolean closer = mid.subtract(t.value()).abs().compareTo(f.value().subtract(t.value()).abs()) < 0;
            return closer ? Optional.of(Answer.index(mid)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The index of a single letter A..E (any case, surrounding spaces ignored); -1 for anything else. */
    private static int letter(String label) {
        String s = label.strip().toUpperCase(Locale.ROOT);
        return s.length() == 1 ? LETTERS.indexOf(s.charAt(0)) : -1;
    }

    /** Halfway from {@code a} toward {@code b}, moving at least one when they differ. */
    private static long halfway(long a, long b) {
        long d = (b - a) / 2;
        return d == 0 ? b : a + d;
    }
}
