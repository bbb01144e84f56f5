package io.github.zirules.testkit;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Predikat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs invariants over many generated assessments of one rule set and reports, per invariant, that it held on every
 * try or the smallest counterexample found (shrunk with {@link Shrinker} toward the all-best answers).
 *
 * <pre>{@code
 * PropertyReport report = PropertyRunner.builder(RuleSetUnderTest.fromDirectory(dir))
 *         .seed(42).tries(200).build().run();
 * for (InvariantOutcome o : report.outcomes()) {
 *     System.out.println(o.invariant() + (o.passed() ? ": passed" : ": " + o.violation().messageEn()));
 * }
 * }</pre>
 *
 * <p>Try {@code i} draws a seed from the run's seed and makes an assessment with generator {@code i mod n} of the
 * generator list, so every knob setting gets its share; every invariant checks the same assessments. An invariant
 * that fails is not checked again; the others go on. The tries are checked on several threads ({@link
 * Builder#threads}), a batch at a time (a try checked at the same time as an earlier one that fails may check that
 * invariant once more). Deterministic: the same seed, tries, generators, invariants and rule set
 * give the same report, on any number of threads.
 */
public final class PropertyRunner {

    /** The default number of assessments per invariant. */
    public static final int DEFAULT_TRIES = 200;
    /** The default most candidate assessments that shrinking one failure may try. */
    public static final int DEFAULT_SHRINK_STEPS = 400;
    /** Tries handed to the threads at once, per thread: a few, so that one slow try does not hold the others up. */
    private static final int BATCH_PER_THREAD = 16;

    private final RuleSetUnderTest rules;
    private final long seed;
    private final int tries;
    private final List<Invariant> invariants;
    private final List<AssessmentGenerator> generators;
    private final int shrinkSteps;
    private final int threads;

    private PropertyRunner(Builder b) {
        this.rules = b.rules;
        this.seed = b.seed;
        this.tries = b.tries;
        this.invariants = List.copyOf(b.invariants);
        this.generators = b.generators != null ? List.copyOf(b.generators) : defaultGenerators(rules);
        this.shrinkSteps = b.shrinkSteps;
        this.threads = b.threads;
    }

    /** A builder for a run over {@code rules}, with the defaults listed on each setter. */
    public static Builder builder(RuleSetUnderTest rules) {
        return new Builder(Objects.requireNonNull(rules, "rules must not be null"));
    }

    /**
     * The default generator knobs, taken in turn: WBK and WBBM; answers of middling, poor and excellent quality;
     * boundary hugging around the thresholds (with the generator's default 90/2021 hints); unanswered items, zero
     * denominators, evidence, reviewer answer sets and agency facts.
     */
    public static List<AssessmentGenerator> defaultGenerators(RuleSetUnderTest rules) {
        return List.of(
                rules.generator().reviewSets(1).agencyFactsShare(0.3).build(),
                rules.generator().boundaryHugging(true).build(),
                rules.generator().target(Predikat.WBBM).boundaryHugging(true).agencyFactsShare(0.3).build(),
                rules.generator().target(Predikat.WBBM).quality(0.85).unansweredShare(0.02).agencyFactsShare(0.5)
                        .build(),
                rules.generator().quality(0.3).unansweredShare(0.25).zeroDenominatorShare(0.4).evidenceShare(0.8)
                        .reviewSets(2).build(),
                rules.generator().quality(0.95).unansweredShare(0).zeroDenominatorShare(0).build());
    }

    /** Runs every invariant; see the class description. */
    public PropertyReport run() {
        Map<Invariant, InvariantOutcome> failed = new LinkedHashMap<>();
        SplittableRandom master = new SplittableRandom(seed);
        // The earliest try on which each invariant failed so far: a later try does not check it again.
        AtomicIntegerArray firstFailure = new AtomicIntegerArray(invariants.size());
        for (int k = 0; k < invariants.size(); k++) {
            firstFailure.set(k, Integer.MAX_VALUE);
        }
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, PropertyRunner::daemon) : null;
        try {
            int batch = BATCH_PER_THREAD * threads;
            // The next batch is handed to the threads before this one is read, so that none waits at a batch's end.
            List<Future<Try>> next = submit(pool, 0, batch, master, firstFailure);
            for (int start = 0; !next.isEmpty(); start += batch) {
                List<Future<Try>> done = next;
                next = start + batch < tries && failed.size() < invariants.size()
                        ? submit(pool, start + batch, batch, master, firstFailure) : List.of();
                // In the order of the tries, so that each invariant keeps its first failure, as one thread would.
                for (Future<Try> f : done) {
                    Try t = join(f);
                    for (int k = 0; k < invariants.size(); k++) {
                        Invariant inv = invariants.get(k);
                        Violation v = t.violations.get(k);
                        if (v != null && !failed.containsKey(inv)) {
                            failed.put(inv, shrink(inv, v, t.index + 1, t.seed));
                        }
                    }
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        List<InvariantOutcome> out = new ArrayList<>();
        for (Invariant inv : invariants) {
            InvariantOutcome o = failed.get(inv);
            out.add(o != null ? o : new InvariantOutcome(inv.name(), inv.descriptionId(), inv.descriptionEn(), tries,
                    null, 0, 0));
        }
        return new PropertyReport(rules.info(), seed, tries, out);
    }

    /**
     * Try {@code index} (counting from 0): its seed, and what each invariant found on its assessment, in the order
     * of the invariants (null: it held, or was not checked since it had failed on an earlier try).
     */
    private record Try(int index, long seed, List<Violation> violations) {
    }

    /** Tries {@code start} to {@code start + batch - 1} (no further than the last), on {@code pool} or here. */
    private List<Future<Try>> submit(@Nullable ExecutorService pool, int start, int batch, SplittableRandom master,
                                     AtomicIntegerArray firstFailure) {
        List<Future<Try>> done = new ArrayList<>(batch);
        for (int i = start; i < Math.min(tries, start + batch); i++) {
            int index = i;
            long s = master.nextLong();
            done.add(pool != null ? pool.submit(() -> check(index, s, firstFailure))
                    : CompletableFuture.completedFuture(check(index, s, firstFailure)));
        }
        return done;
    }

    private Try check(int index, long s, AtomicIntegerArray firstFailure) {
        Assessment a = withRuleSet(generators.get(index % generators.size()).fromSeed(s));
        List<Violation> found = new ArrayList<>(invariants.size());
        // The invariants score the same assessment: once, shared (RuleSetUnderTest.evaluate).
        try (RuleSetUnderTest.Sharing sharing = rules.share(a)) {
            for (int k = 0; k < invariants.size(); k++) {
                Violation v = null;
                if (firstFailure.get(k) > index) {
                    v = Invariants.checkSafely(invariants.get(k), rules, a).orElse(null);
                    if (v != null) {
                        firstFailure.accumulateAndGet(k, index, Math::min);
                    }
                }
                found.add(v);
            }
        }
        return new Try(index, s, found);
    }

    private static Try join(Future<Try> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the invariants", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "zi-rules-properties");
        t.setDaemon(true);
        return t;
    }

    private InvariantOutcome shrink(Invariant inv, Violation first, int tried, long failingSeed) {
        Assessment failing = first.assessment();
        Assessment baseline = AnswerMoves.allBest(rules.instrument(), failing);
        AtomicInteger steps = new AtomicInteger();
        Assessment small = Shrinker.shrink(failing, c -> {
            steps.incrementAndGet();
            return Invariants.checkSafely(inv, rules, c).isPresent();
        }, baseline, shrinkSteps);
        Optional<Violation> v = small == failing ? Optional.of(first) : Invariants.checkSafely(inv, rules, small);
        return new InvariantOutcome(inv.name(), inv.descriptionId(), inv.descriptionEn(), tried, v.orElse(first),
                failingSeed, steps.get());
    }

    private Assessment withRuleSet(Assessment a) {
        return rules.id().equals(a.ruleSet()) ? a : new Assessment(rules.id(), a.unit(), a.year(), a.target(),
                a.currentPredicate(), a.agency(), a.answers(), a.evidence(), a.reviews());
    }

    /** Builds a {@link PropertyRunner}, refusing bad values with "X must be … but was Y". Not thread-safe. */
    public static final class Builder {
        private final RuleSetUnderTest rules;
        private long seed = 42;
        private int tries = DEFAULT_TRIES;
        private List<Invariant> invariants = Invariants.all();
        private List<AssessmentGenerator> generators;
        private int shrinkSteps = DEFAULT_SHRINK_STEPS;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder(RuleSetUnderTest rules) {
            this.rules = rules;
        }

        /** The run's seed. Default 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Assessments per invariant, at least 1. Default {@value PropertyRunner#DEFAULT_TRIES}. */
        public Builder tries(int tries) {
            if (tries < 1) {
                throw new IllegalArgumentException("tries must be at least 1 but was " + tries);
            }
            this.tries = tries;
            return this;
        }

        /** The invariants to check, at least one. Default {@link Invariants#all()}. */
        public Builder invariants(List<Invariant> invariants) {
            if (invariants == null || invariants.isEmpty()
                    || invariants.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("invariants must be a non-empty list without nulls but was "
                        + invariants);
            }
            this.invariants = List.copyOf(invariants);
            return this;
        }

        /**
         * The generators to take in turn, at least one, each for the rule set's instrument (the rule set's id is
         * written into every assessment). Default {@link PropertyRunner#defaultGenerators}.
         */
        public Builder generators(List<AssessmentGenerator> generators) {
            if (generators == null || generators.isEmpty()
                    || generators.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("generators must be a non-empty list without nulls but was "
                        + generators);
            }
            this.generators = List.copyOf(generators);
            return this;
        }

        /** The most candidates shrinking one failure may try, 0 for none. Default
         * {@value PropertyRunner#DEFAULT_SHRINK_STEPS}. */
        public Builder shrinkSteps(int shrinkSteps) {
            if (shrinkSteps < 0) {
                throw new IllegalArgumentException("shrinkSteps must be at least 0 but was " + shrinkSteps);
            }
            this.shrinkSteps = shrinkSteps;
            return this;
        }

        /**
         * How many threads check the tries, at least 1. Default: the available processors. The report is the same
         * whatever the number: each invariant keeps its failure of the earliest try, shrunk on one thread.
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** The runner. */
        public PropertyRunner build() {
            return new PropertyRunner(this);
        }
    }
}
