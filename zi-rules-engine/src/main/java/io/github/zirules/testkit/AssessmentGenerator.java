package io.github.zirules.testkit;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Predikat;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Random, valid assessments of an instrument, for property tests with any framework (see the package description).
 *
 * <pre>{@code
 * AssessmentGenerator gen = AssessmentGenerator.builder(instrument)
 *         .target(Predikat.WBK).quality(0.8).unansweredShare(0.02).build();
 * Assessment a = gen.fromSeed(42L);            // the same seed gives an equal assessment, always
 * }</pre>
 *
 * <p>Every assessment it makes passes {@link AssessmentValidator} for its instrument: known items only, the right
 * answer kind per item, whole counts from 0 to {@link AssessmentValidator#MAX_COUNT}, survey indices with exactly 2
 * decimals in [0, 4], valid evidence. Within that it reaches the awkward corners on purpose: unanswered items, zero
 * denominators, a PCT numerator above its denominator now and then (accepted input, worth full marks), violations
 * that rose, reviewer answer sets (TPI, TPN) that differ from the unit's.
 *
 * <p>The unit id carries the seed ({@code GEN-} and 16 hex digits), so a failure reported on an assessment can be
 * replayed with {@code fromSeed(seedOf(a).getAsLong())}.
 *
 * <p><b>Boundary hugging.</b> The generator cannot aim at thresholds by computing scores: weights live in a rule
 * set's DRL files, not in Java. It uses answer-level heuristics instead. Per assessment it picks a share from
 * {@link Builder#boundaryShares}, and per area a share {@code p} near it (within 5 points; now and then another of
 * the shares); each item of that area is then answered so that its value is {@code p} on average: a choice item
 * with one of the two labels around {@code p} on its scale (for Ya/Tidak: Ya with probability {@code p}, a mix of the
 * best and worst answers), a PCT item with a ratio near {@code p}, the DEC item with a decrease near {@code p}.
 * Because an area's score is a weighted sum of item values whose weights add up to the area's weight, its expected
 * share is then {@code p} <em>whatever the weights are</em>; this holds when the best answer is worth 1, the worst
 * 0, and the labels are about evenly spaced, as in 90/2021. Unanswered items pull an area below {@code p}. Survey
 * indices are drawn within 0.02 of one of {@link Builder#boundaryIndices}, and Hasil choice items favour the middle
 * labels.
 *
 * <p><b>Where the hints come from.</b> Thresholds live in a rule set, so the hints do too: a builder from
 * {@link RuleSetUnderTest#generator()} reads them from that rule set when it builds a hugging generator, for its
 * target and year, by scoring probes: each minimum of a score check that the areas decide (one that fails when every
 * area item is answered at its worst) as a share of that score's maximum, and for each survey index item the least
 * index at which no check fails. For 90/2021 those are the area minimum, Pengungkit's and the total's shares, and
 * the IPAK and IPKP cut-offs. They are sampling hints only: nothing here decides a verdict. A builder of a bare
 * instrument ({@link #builder(Instrument)}) knows no rule set, so it has no hints: boundary hugging then aims only at
 * what {@link Builder#boundaryShares} and {@link Builder#boundaryIndices} give: without shares the areas are drawn as
 * without hugging, and without indices the survey indices follow the areas' share (or, without that too, are drawn
 * as without hugging).
 *
 * <p>Immutable and thread-safe; a {@link RandomGenerator} passed to {@link #next} is used by the calling thread only.
 */
public final class AssessmentGenerator {

    /** The most reviewer answer sets per assessment. */
    public static final int MAX_REVIEW_SETS = 8;
    /** The prefix of generated unit ids, followed by the seed in 16 hex digits. */
    public static final String UNIT_ID_PREFIX = "GEN-";

    private final GeneratorSettings settings;

    private AssessmentGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /**
     * A builder for a generator of assessments of {@code instrument}, with the defaults listed on each setter; it
     * knows no rule set, so boundary hugging has no hints but those given (see the class description). For a rule
     * set's own hints use {@link RuleSetUnderTest#generator()}.
     */
    public static Builder builder(Instrument instrument) {
        return new Builder(Objects.requireNonNull(instrument, "instrument must not be null"), null);
    }

    /**
     * A new assessment drawn with {@code rng}: it draws one {@code long} as the seed and returns
     * {@link #fromSeed(long) fromSeed(seed)}, so that what it returns can always be replayed from its unit id.
     */
    public Assessment next(RandomGenerator rng) {
        return fromSeed(Objects.requireNonNull(rng, "rng must not be null").nextLong());
    }

    /** The assessment of {@code seed}: the same seed (and settings) always give an equal assessment. */
    public Assessment fromSeed(long seed) {
        return new AnswerSampler(settings, new SplittableRandom(seed)).assessment(unitId(seed));
    }

    /** The unit id of the assessment of {@code seed}: {@code GEN-} and the seed in 16 hex digits. */
    public static String unitId(long seed) {
        return UNIT_ID_PREFIX + HexFormat.of().toHexDigits(seed);
    }

    /** The seed an assessment of this class was made from, read from its unit id; empty for any other assessment. */
    public static OptionalLong seedOf(Assessment a) {
        String id = a.unit().id();
        if (id.length() != UNIT_ID_PREFIX.length() + 16 || !id.startsWith(UNIT_ID_PREFIX)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(HexFormat.fromHexDigitsToLong(id.substring(UNIT_ID_PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String toString() {
        return "AssessmentGenerator" + settings.toString().substring("GeneratorSettings".length());
    }

    /**
     * Builds an {@link AssessmentGenerator}, refusing every bad value with "X must be … but was Y". Not thread-safe.
     */
    public static final class Builder {
        private final Instrument instrument;
        private Predikat target = Predikat.WBK;
        private double quality = 0.7;
        private double unansweredShare = 0.05;
        private double zeroDenominatorShare = 0.05;
        private double evidenceShare = 0.3;
        private boolean boundaryHugging;
        private int reviewSets;
        private double agencyFactsShare;
        private int year = 2026;
        private @Nullable String ruleSet;
        private double @Nullable [] boundaryShares;
        private @Nullable List<BigDecimal> boundaryIndices;
        private final @Nullable RuleSetUnderTest hintsFrom;

        Builder(Instrument instrument, @Nullable RuleSetUnderTest hintsFrom) {
            this.instrument = instrument;
            this.hintsFrom = hintsFrom;
        }

        /** The predicate asked for: {@code WBK} (default) or {@code WBBM}. */
        public Builder target(Predikat target) {
            if (target != Predikat.WBK && target != Predikat.WBBM) {
                throw new IllegalArgumentException("target must be WBK or WBBM but was " + target);
            }
            this.target = target;
            return this;
        }

        /**
         * How good answers tend to be, from 0 (every answer the worst) through 0.5 (uniform over each scale) to 1
         * (every answer the best); the mean goodness of an answer equals it. Default 0.7. Ignored for the answer
         * values when boundary hugging is on.
         */
        public Builder quality(double quality) {
            this.quality = share("quality", quality);
            return this;
        }

        /** The chance that an item is left unanswered (scores 0). Default 0.05; 1.0 gives no answers at all. */
        public Builder unansweredShare(double unansweredShare) {
            this.unansweredShare = share("unansweredShare", unansweredShare);
            return this;
        }

        /**
         * The chance that a count-answered item has a zero denominator: a PCT denominator of 0, or, for DEC, no
         * violations last year. Default 0.05; 1.0 makes every one zero.
         */
        public Builder zeroDenominatorShare(double zeroDenominatorShare) {
            this.zeroDenominatorShare = share("zeroDenominatorShare", zeroDenominatorShare);
            return this;
        }

        /** The chance that an answered item has evidence (1 to 3 documents). Default 0.3. */
        public Builder evidenceShare(double evidenceShare) {
            this.evidenceShare = share("evidenceShare", evidenceShare);
            return this;
        }

        /** Whether to aim areas, totals and survey points at thresholds (see the class description). Default off. */
        public Builder boundaryHugging(boolean boundaryHugging) {
            this.boundaryHugging = boundaryHugging;
            return this;
        }

        /**
         * How many reviewer answer sets to add ({@code TPI}, {@code TPN}, then {@code TPN-2} …), each the unit's
         * answers with about a quarter moved one step (mostly down). From 0 (default) to {@value #MAX_REVIEW_SETS}.
         */
        public Builder reviewSets(int reviewSets) {
            if (reviewSets < 0 || reviewSets > MAX_REVIEW_SETS) {
                throw new IllegalArgumentException("reviewSets must be between 0 and " + MAX_REVIEW_SETS
                        + " but was " + reviewSets);
            }
            this.reviewSets = reviewSets;
            return this;
        }

        /**
         * The chance that the assessment carries agency facts ({@link io.github.zirules.api.AgencyFacts}: BPK
         * opinion, AKIP, Indeks RB, agency kind), each of them then given or left out at random, from their whole
         * scales. Default 0 (no facts, and no draws: a seed gives the same assessment as before this knob existed).
         */
        public Builder agencyFactsShare(double agencyFactsShare) {
            this.agencyFactsShare = share("agencyFactsShare", agencyFactsShare);
            return this;
        }

        /** The assessment year. Default 2026. */
        public Builder year(int year) {
            if (year < AssessmentValidator.MIN_YEAR || year > AssessmentValidator.MAX_YEAR) {
                throw new IllegalArgumentException("year must be between " + AssessmentValidator.MIN_YEAR + " and "
                        + AssessmentValidator.MAX_YEAR + " but was " + year);
            }
            this.year = year;
            return this;
        }

        /** The rule set id written into each assessment; null (default) for the library's default for the year. */
        public Builder ruleSet(@Nullable String ruleSet) {
            if (ruleSet != null && ruleSet.isBlank()) {
                throw new IllegalArgumentException("ruleSet must be null or non-blank but was '" + ruleSet + "'");
            }
            this.ruleSet = ruleSet;
            return this;
        }

        /**
         * The shares of an area's weight that boundary hugging aims at; each in (0, 1]. Default: from a
         * {@link RuleSetUnderTest#generator()}, the rule set's own (see the class description); from a bare
         * instrument, none (areas are then drawn as without hugging).
         */
        public Builder boundaryShares(double... shares) {
            if (shares == null || shares.length == 0) {
                throw new IllegalArgumentException("boundaryShares must be at least one share but was "
                        + Arrays.toString(shares));
            }
            for (double s : shares) {
                if (!(s > 0.0 && s <= 1.0)) {
                    throw new IllegalArgumentException("boundaryShares must each be above 0.0 and at most 1.0 but was "
                            + s);
                }
            }
            this.boundaryShares = shares.clone();
            return this;
        }

        /**
         * The survey indices boundary hugging aims at; each in [0, 4] with at most 2 decimals. Default: from a
         * {@link RuleSetUnderTest#generator()}, the rule set's own cut-offs; from a bare instrument, none (survey
         * indices are then drawn as without hugging).
         */
        public Builder boundaryIndices(BigDecimal... indices) {
            if (indices == null || indices.length == 0) {
                throw new IllegalArgumentException("boundaryIndices must be at least one index but was "
                        + Arrays.toString(indices));
            }
            for (BigDecimal x : indices) {
                if (x == null || x.signum() < 0 || x.compareTo(BigDecimal.valueOf(4)) > 0
                        || x.stripTrailingZeros().scale() > 2) {
                    throw new IllegalArgumentException("boundaryIndices must each be between 0 and 4 with at most 2 "
                            + "decimals but was " + x);
                }
            }
            this.boundaryIndices = Arrays.stream(indices).map(x -> x.setScale(2)).toList();
            return this;
        }

        /**
         * The generator. A hugging generator of a {@link RuleSetUnderTest#generator()} without hints of its own
         * reads them from the rule set now (a few dozen evaluations, once per rule set, target and year); a rule
         * set that fails on those evaluations gives none, and never makes this throw.
         */
        public AssessmentGenerator build() {
            BoundaryHints derived = !boundaryHugging || (boundaryShares != null && boundaryIndices != null)
                    ? BoundaryHints.NONE : hintsFrom != null ? hintsFrom.boundaryHints(target, year)
                    : BoundaryHints.NONE;
            List<Double> shares = boundaryShares != null ? Arrays.stream(boundaryShares).boxed().toList()
                    : derived.shares();
            List<BigDecimal> indices = boundaryIndices != null ? boundaryIndices : derived.indices();
            return new AssessmentGenerator(new GeneratorSettings(instrument, target, quality, unansweredShare,
                    zeroDenominatorShare, evidenceShare, boundaryHugging, reviewSets, agencyFactsShare, year, ruleSet,
                    shares, indices));
        }

        private static double share(String name, double v) {
            if (!(v >= 0.0 && v <= 1.0)) {
                throw new IllegalArgumentException(name + " must be between 0.0 and 1.0 but was " + v);
            }
            return v;
        }
    }
}
