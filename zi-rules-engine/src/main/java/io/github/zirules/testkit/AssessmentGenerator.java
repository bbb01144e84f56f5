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
 * labels (B and C: 3.75 and 2.50 KINERJA points).
 *
 * <p>The default hints depend on the target: for WBK shares 60 % (the area minimum), 66.67 % (Pengungkit 40 of 60)
 * and 75 % (areas that, with Hasil near its minima, put the total near 75), indices 3.20 and 3.60 (the IPKP and IPAK
 * cut-offs); for WBBM shares 75 % (area minimum), 80 % (Pengungkit 48 of 60) and 90 % (total near 85), index 3.60. They are the published 90/2021 cut-offs used as
 * sampling hints only: nothing here decides a verdict, and a rule set with other numbers is hugged by passing its
 * own hints.
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

    /** A builder for a generator of assessments of {@code instrument}, with the defaults listed on each setter. */
    public static Builder builder(Instrument instrument) {
        return new Builder(Objects.requireNonNull(instrument, "instrument must not be null"));
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
        private @Nullable String ruleset;
        private double[] boundaryShares;
        private List<BigDecimal> boundaryIndices;

        private Builder(Instrument instrument) {
            this.instrument = instrument;
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
        public Builder ruleset(@Nullable String ruleset) {
            if (ruleset != null && ruleset.isBlank()) {
                throw new IllegalArgumentException("ruleset must be null or non-blank but was '" + ruleset + "'");
            }
            this.ruleset = ruleset;
            return this;
        }

        /**
         * The shares of an area's weight that boundary hugging aims at; each in (0, 1]. Default for WBK 0.60, 2/3,
         * 0.75; for WBBM 0.75, 0.80, 0.90.
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
         * The survey indices boundary hugging aims at; each in [0, 4] with at most 2 decimals. Default for WBK 3.20
         * and 3.60; for WBBM 3.60.
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

        /** The generator. */
        public AssessmentGenerator build() {
            boolean wbk = target == Predikat.WBK;
            List<Double> shares = boundaryShares != null ? Arrays.stream(boundaryShares).boxed().toList()
                    : wbk ? List.of(0.60, 2.0 / 3.0, 0.75) : List.of(0.75, 0.80, 0.90);
            List<BigDecimal> indices = boundaryIndices != null ? boundaryIndices
                    : wbk ? List.of(new BigDecimal("3.20"), new BigDecimal("3.60")) : List.of(new BigDecimal("3.60"));
            return new AssessmentGenerator(new GeneratorSettings(instrument, target, quality, unansweredShare,
                    zeroDenominatorShare, evidenceShare, boundaryHugging, reviewSets, agencyFactsShare, year, ruleset,
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
