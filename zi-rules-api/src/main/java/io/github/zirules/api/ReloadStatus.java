package io.github.zirules.api;

import java.util.List;
import java.util.Objects;

/**
 * What an evaluator serves now and, if it reloads its rules at run time (<i>muat ulang aman</i>), why the last
 * reload was refused: one consistent snapshot, so that an operator's status page never shows the rule sets of one
 * generation with the number of another.
 *
 * @param reloading whether the evaluator replaces its rule sets at run time; false for one that loads them once
 * @param generation the generation serving: 1 at start, one more with each accepted reload (always 1 when not
 *     reloading)
 * @param ruleSets the rule sets serving, in id order
 * @param lastRefused the problems of the last refused reload; empty if none was refused since the last accepted one
 *     (always empty when not reloading)
 */
public record ReloadStatus(boolean reloading, long generation, List<RuleSetInfo> ruleSets,
                           List<Problem> lastRefused) {

    /** Refuses a generation below 1, and a refusal or later generation for an evaluator that does not reload. */
    public ReloadStatus {
        ruleSets = List.copyOf(Objects.requireNonNull(ruleSets, "ruleSets"));
        lastRefused = List.copyOf(Objects.requireNonNull(lastRefused, "lastRefused"));
        if (generation < 1) {
            throw new IllegalArgumentException("generation must be 1 or more but was " + generation);
        }
        if (!reloading && (generation != 1 || !lastRefused.isEmpty())) {
            throw new IllegalArgumentException("an evaluator that does not reload serves generation 1 and refuses "
                    + "no reload, but was generation " + generation + " with " + lastRefused.size() + " problem(s)");
        }
    }

    /** The status of an evaluator that loads its rule sets once: generation 1, nothing refused. */
    public static ReloadStatus loadedOnce(List<RuleSetInfo> ruleSets) {
        return new ReloadStatus(false, 1, ruleSets, List.of());
    }
}
