/**
 * Test kit: random valid assessments, answer moves and shrinking for property-based tests of anything that scores
 * Zona Integritas assessments, with whichever test framework you use; and invariants that every correct rule set
 * keeps, to check a rule set (an edited copy on disk included) after a change. Guide: {@code docs/testkit.md}.
 *
 * <ul>
 *   <li>{@link io.github.zirules.testkit.AssessmentGenerator}: valid random assessments of an instrument, fully
 *       determined by a {@code long} seed, with knobs for answer quality, unanswered items, zero denominators,
 *       evidence, reviewer answer sets, agency facts, and boundary hugging (answers aimed at the thresholds).</li>
 *   <li>{@link io.github.zirules.testkit.AnswerMoves}: one step better or worse for an answer (monotonicity
 *       invariants), the best and worst answers, and shrink candidates toward a baseline.</li>
 *   <li>{@link io.github.zirules.testkit.Shrinker}: greedy shrinking of a failing assessment with those candidates,
 *       for tools that cannot shrink an assessment themselves.</li>
 *   <li>{@link io.github.zirules.testkit.RuleSetUnderTest}: a compiled rule set (built-in or a folder on disk) with
 *       the weights its rules declare; {@link io.github.zirules.testkit.Invariant} and
 *       {@link io.github.zirules.testkit.Invariants}: bounds, monotonicity, consistency, thresholds, order
 *       independence, determinism, each reporting a {@link io.github.zirules.testkit.Violation} in Bahasa Indonesia
 *       and English.</li>
 *   <li>{@link io.github.zirules.testkit.PropertyRunner}: every invariant over many generated assessments, each
 *       failure shrunk, as a {@link io.github.zirules.testkit.PropertyReport}; {@link
 *       io.github.zirules.testkit.ZiProperties}: the same as JUnit 5 dynamic tests.</li>
 * </ul>
 *
 * <p>The generators, moves and shrinker depend on the zi-rules API and the JDK only: no test framework, no rules
 * engine; the invariants run the engine of this module; only {@code ZiProperties} uses JUnit 5 (an optional
 * dependency). Everything random is drawn from a seed, so any framework that can produce a {@code long} can drive
 * it, and any failure is replayed from the seed printed in the unit id
 * ({@link io.github.zirules.testkit.AssessmentGenerator#seedOf}).
 *
 * <h2>With QuickTheories</h2>
 * Let QuickTheories pick seeds; it reports (and shrinks) the failing seed, and {@link
 * io.github.zirules.testkit.Shrinker} reduces the assessment itself:
 * <pre>{@code
 * qt().forAll(longs().all()).checkAssert(seed -> {
 *     Assessment a = generator.fromSeed(seed);
 *     Result r = evaluator.evaluate(a);
 *     assertTrue(r.scores().total().compareTo(new BigDecimal("100.00")) <= 0, a.unit().id());
 * });
 * }</pre>
 * Shrinking a {@code long} seed does not make an assessment simpler; when a property fails, shrink the assessment:
 * {@code Shrinker.shrink(generator.fromSeed(seed), a -> !holds(a), AnswerMoves.allBest(instrument, a), 2_000)}.
 *
 * <h2>With JUnit 5 alone</h2>
 * {@code @RepeatedTest} gives a repetition number, a fine seed; or a {@code @ParameterizedTest} over a
 * {@code LongStream} of seeds, or {@code RandomGenerator.of("L64X128MixRandom")} with a logged master seed:
 * <pre>{@code
 * @RepeatedTest(500)
 * void totalIsAtMost100(RepetitionInfo info) {
 *     Assessment a = generator.fromSeed(info.getCurrentRepetition());
 *     assertTrue(evaluator.evaluate(a).scores().total().compareTo(new BigDecimal("100.00")) <= 0, a.unit().id());
 * }
 * }</pre>
 *
 * <h2>With any other library</h2>
 * Map the library's long generator through {@code generator::fromSeed}; to use its own shrinking, offer
 * {@link io.github.zirules.testkit.AnswerMoves#shrinkCandidates} as the shrink function (most libraries accept
 * "a value → a list of simpler values"), or call the {@link io.github.zirules.testkit.Shrinker} in the failure
 * handler.
 *
 * <p><b>Why not jqwik.</b> jqwik's maintainers ask that it not be used by AI coding agents; much of this project is
 * written with such agents, and the project respects the request. Nothing here depends on or excludes any framework.
 *
 * <p>Nullness: the package is {@code @NullMarked} (JSpecify): a type in a signature is never null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package io.github.zirules.testkit;

import org.jspecify.annotations.NullMarked;
