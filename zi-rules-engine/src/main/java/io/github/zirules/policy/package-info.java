/**
 * Tools for the policy staff who edit rule sets: loading and checking a rule-set folder
 * ({@link io.github.zirules.policy.PolicyRuleSet}), its scenario tests ({@link io.github.zirules.policy.ScenarioSuite},
 * {@link io.github.zirules.policy.ScenarioTests}), rule coverage and boundary proposals, copies of the built-in rule
 * sets, and the safe reload at run time ({@link io.github.zirules.policy.ReloadingEvaluator}).
 *
 * <p>Nullness: the package is {@code @NullMarked} (JSpecify): a type in a signature is never null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package io.github.zirules.policy;

import org.jspecify.annotations.NullMarked;
