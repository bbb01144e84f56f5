package io.github.zirules.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One unit's LKE for one year: its answers, the evidence behind them, the predicate it asks for and, optionally, the
 * answer sets of its reviewers (TPI, TPN).
 *
 * <p>Immutable. Build one with {@link #builder(Unit, int, Predikat)}. Structural requirements (non-null unit and
 * target) are enforced here; everything that depends on a rule set's instrument (unknown items, wrong answer kinds,
 * ranges) is reported, all at once, by {@link AssessmentValidator}.
 *
 * @param ruleSet the rule set to score it with, e.g. {@code permenpan-rb-90-2021}; null means the default for the year
 * @param unit the unit assessed
 * @param year the assessment year
 * @param target the predicate asked for ({@link Predikat#WBK} or {@link Predikat#WBBM})
 * @param currentPredicate the predicate the unit already holds ({@link Predikat#NONE} if none)
 * @param agency facts about the agency for the agency prerequisites ({@link AgencyFacts#NONE} if none)
 * @param answers the unit's answers, by item; an item with no answer scores 0
 * @param evidence the documents behind the answers, by item
 * @param reviews further answer sets by reviewer role (e.g. {@code "TPI"}, {@code "TPN"}), each by item
 */
public record Assessment(
        @Nullable String ruleSet,
        Unit unit,
        int year,
        Predikat target,
        Predikat currentPredicate,
        AgencyFacts agency,
        Map<ItemId, Answer> answers,
        Map<ItemId, List<Evidence>> evidence,
        Map<String, Map<ItemId, Answer>> reviews) {

    /** Copies every map and list, refuses nulls where a value is required, and fills the defaults. */
    public Assessment {
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(target, "target must not be null (WBK or WBBM)");
        currentPredicate = currentPredicate == null ? Predikat.NONE : currentPredicate;
        agency = agency == null ? AgencyFacts.NONE : agency;
        answers = copyAnswers(answers, "answers");
        Map<ItemId, List<Evidence>> ev = new LinkedHashMap<>();
        if (evidence != null) {
            evidence.forEach((k, v) -> ev.put(
                    Objects.requireNonNull(k, "evidence item id must not be null"),
                    List.copyOf(Objects.requireNonNull(v, "evidence list of " + k + " must not be null"))));
        }
        evidence = Collections.unmodifiableMap(ev);
        Map<String, Map<ItemId, Answer>> rv = new LinkedHashMap<>();
        if (reviews != null) {
            reviews.forEach((role, set) -> rv.put(
                    Objects.requireNonNull(role, "review role must not be null"),
                    copyAnswers(set, "reviews." + role)));
        }
        reviews = Collections.unmodifiableMap(rv);
    }

    private static Map<ItemId, Answer> copyAnswers(Map<ItemId, Answer> in, String what) {
        Map<ItemId, Answer> out = new LinkedHashMap<>();
        if (in != null) {
            in.forEach((k, v) -> out.put(
                    Objects.requireNonNull(k, what + ": item id must not be null"),
                    Objects.requireNonNull(v, what + ": answer of " + k + " must not be null")));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Starts an assessment of {@code unit} for {@code year} asking for {@code target}. */
    public static Builder builder(Unit unit, int year, Predikat target) {
        return new Builder(unit, year, target);
    }

    /** A builder holding this assessment's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(unit, year, target)
                .ruleSet(ruleSet).currentPredicate(currentPredicate).agency(agency);
        b.answers.putAll(answers);
        evidence.forEach((k, v) -> b.evidence.put(k, new ArrayList<>(v)));
        reviews.forEach((k, v) -> b.reviews.put(k, new LinkedHashMap<>(v)));
        return b;
    }

    /** The answer to {@code item}, if any. */
    public Optional<Answer> answer(ItemId item) {
        return Optional.ofNullable(answers.get(item));
    }

    /** The evidence for {@code item}; empty if none. */
    public List<Evidence> evidenceFor(ItemId item) {
        return evidence.getOrDefault(item, List.of());
    }

    /** This assessment with the given answers in place of the unit's own (used to score a reviewer's answer set). */
    public Assessment withAnswers(Map<ItemId, Answer> newAnswers) {
        return new Assessment(ruleSet, unit, year, target, currentPredicate, agency, newAnswers, evidence, reviews);
    }

    /** Builds an {@link Assessment}. Not thread-safe; each call returns the builder. */
    public static final class Builder {
        private @Nullable String ruleSet;
        private Unit unit;
        private int year;
        private Predikat target;
        private Predikat currentPredicate = Predikat.NONE;
        private AgencyFacts agency = AgencyFacts.NONE;
        private final Map<ItemId, Answer> answers = new LinkedHashMap<>();
        private final Map<ItemId, List<Evidence>> evidence = new LinkedHashMap<>();
        private final Map<String, Map<ItemId, Answer>> reviews = new LinkedHashMap<>();

        private Builder(Unit unit, int year, Predikat target) {
            this.unit = unit;
            this.year = year;
            this.target = target;
        }

        /** The rule set id; null for the default of the year. */
        public Builder ruleSet(@Nullable String ruleSet) {
            this.ruleSet = ruleSet;
            return this;
        }

        /** The unit assessed. */
        public Builder unit(Unit unit) {
            this.unit = unit;
            return this;
        }

        /** The assessment year. */
        public Builder year(int year) {
            this.year = year;
            return this;
        }

        /** The predicate asked for. */
        public Builder target(Predikat target) {
            this.target = target;
            return this;
        }

        /** The predicate already held. */
        public Builder currentPredicate(Predikat currentPredicate) {
            this.currentPredicate = currentPredicate;
            return this;
        }

        /** The agency facts. */
        public Builder agency(AgencyFacts agency) {
            this.agency = agency;
            return this;
        }

        /** Sets the answer to {@code item} (replacing any earlier one). */
        public Builder answer(String item, Answer answer) {
            return answer(ItemId.of(item), answer);
        }

        /** Sets the answer to {@code item} (replacing any earlier one). */
        public Builder answer(ItemId item, Answer answer) {
            answers.put(item, answer);
            return this;
        }

        /** Sets a choice answer, e.g. {@code answer("PEM.MP.1.a", "Ya")}. */
        public Builder answer(String item, String choice) {
            return answer(ItemId.of(item), Answer.choice(choice));
        }

        /** Removes the answer to {@code item}. */
        public Builder clearAnswer(ItemId item) {
            answers.remove(item);
            return this;
        }

        /** Adds a document to the evidence of {@code item}. */
        public Builder evidence(String item, Evidence document) {
            evidence.computeIfAbsent(ItemId.of(item), k -> new ArrayList<>()).add(document);
            return this;
        }

        /** Sets a reviewer's answer to {@code item}, e.g. {@code review("TPI", "PEM.MP.1.b", Answer.choice("B"))}. */
        public Builder review(String role, String item, Answer answer) {
            reviews.computeIfAbsent(role, k -> new LinkedHashMap<>()).put(ItemId.of(item), answer);
            return this;
        }

        /** The assessment. */
        public Assessment build() {
            return new Assessment(ruleSet, unit, year, target, currentPredicate, agency, answers, evidence, reviews);
        }
    }
}
