/**
 * An independent reference scorer for the PermenPAN-RB 90/2021 rules, test scope only: the oracle the Drools
 * engine's tests compare against.
 *
 * <p>Written straight from {@code docs/domain/README.md}, sharing no code and no constants with the engine:
 * weights come from {@code lke-zi-2021-items.csv} (bundled under {@code src/test/resources/reference/}), answer
 * values and thresholds are typed out in {@link io.github.zirules.reference.ReferencePolicy}, arithmetic is exact
 * ({@link io.github.zirules.reference.Fraction}), and each reported score is its exact value rounded half-up to 2
 * decimals.
 *
 * <pre>{@code
 * ReferenceResult want = ReferenceScorer.standard().score(assessment);
 * want.score("total");                 // BigDecimal, 2 decimals
 * want.check("AREA.MP").orElseThrow(); // ReferenceCheck(id, required, actual, ..., passed, shortfall)
 * want.eligible();
 * }</pre>
 */
package io.github.zirules.reference;
