/**
 * An independent reference scorer for the PermenPAN-RB 90/2021 rules, test scope only: the oracle the Drools
 * engine's tests compare against.
 *
 * <p>Written straight from {@code docs/domain/README.md}, sharing no policy with the engine: weights come from
 * {@code lke-zi-2021-items.csv} (bundled under {@code src/test/resources/reference/}), answer values and thresholds
 * are typed out in {@link io.github.zirules.reference.ReferencePolicy}, and each reported score is its exact value
 * rounded half-up to 2 decimals. The arithmetic is the project's one exact-fraction type,
 * {@link io.github.zirules.rules.Exact}, which {@code ExactTest} checks against {@code BigInteger} cross-products:
 * a second fraction type here would be a second copy of the same job, and the difference the benchmarks measure
 * between engine and reference is then the rules engine, not the arithmetic.
 *
 * <p>Also the benchmarks' plain-Java baseline: the engine's test jar ({@code zi-rules-engine}, classifier
 * {@code tests}) carries this package and its copy of the CSV.
 *
 * <pre>{@code
 * ReferenceResult want = ReferenceScorer.standard().score(assessment);
 * want.score("total");                 // BigDecimal, 2 decimals
 * want.check("AREA.MP").orElseThrow(); // ReferenceCheck(id, required, actual, ..., passed, shortfall)
 * want.eligible();
 * }</pre>
 */
package io.github.zirules.reference;
