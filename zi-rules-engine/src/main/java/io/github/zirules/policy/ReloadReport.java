package io.github.zirules.policy;

import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetInfo;
import java.util.List;

/**
 * What a reload of a {@link ReloadingEvaluator} did: whether the new rule sets replaced the old ones and, if not,
 * why. A reload is accepted only when every rule set compiles, passes the lint and the load-time checks, and passes
 * its scenario tests; otherwise the old rule sets stay live.
 *
 * @param accepted whether the new rule sets now serve
 * @param generation the generation serving after the reload (it grows by one with each accepted reload)
 * @param before the rule sets serving before the reload (id, version, hash)
 * @param after the rule sets serving after it: the new ones if accepted, else the same as {@code before}
 * @param problems why the reload was refused (rule-set problems, scenario-file problems, failed scenarios); empty
 *     when accepted
 * @param scenarios the scenario runs of the new rule sets that have a {@code tests/} folder
 */
public record ReloadReport(boolean accepted, long generation, List<RuleSetInfo> before, List<RuleSetInfo> after,
                           List<Problem> problems, List<SuiteResult> scenarios) {

    /** Copies the lists. */
    public ReloadReport {
        before = List.copyOf(before);
        after = List.copyOf(after);
        problems = List.copyOf(problems);
        scenarios = List.copyOf(scenarios);
    }

    /** The rule sets whose hash changed (or that are new), by their new identity; empty if refused. */
    public List<RuleSetInfo> changed() {
        if (!accepted) {
            return List.of();
        }
        return after.stream().filter(a -> before.stream().noneMatch(b -> b.id().equals(a.id())
                && b.sha256().equals(a.sha256()))).toList();
    }
}
