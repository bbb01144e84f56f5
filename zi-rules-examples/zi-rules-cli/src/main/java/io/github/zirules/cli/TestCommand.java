package io.github.zirules.cli;

import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.policy.BoundaryCoverage;
import io.github.zirules.policy.BoundaryProposal;
import io.github.zirules.policy.CaseResult;
import io.github.zirules.policy.Difference;
import io.github.zirules.policy.PolicyRuleSet;
import io.github.zirules.policy.RuleCoverage;
import io.github.zirules.policy.ScenarioSuite;
import io.github.zirules.policy.SuiteResult;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.testkit.PropertyRunner;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code test DIR}: runs the scenario files in {@code DIR/tests} against the rule set in {@code DIR}. Exit 0 when
 * every case passes (and coverage is at least {@code --min-coverage}), 1 when some fail, 2 for an invalid scenario
 * file, 3 for an invalid rule set. {@code test --properties DIR} instead checks every invariant of the property-testing
 * kit over generated assessments (see {@link PropertyTestCli}).
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = ZiRulesCli.Version.class,
        description = {
        "Run a rule set's scenario tests (DIR/tests/*.csv), with rule coverage; or, with --properties, check every "
                + "invariant (bounds, monotonicity, consistency, thresholds, order independence, determinism) over "
                + "generated assessments and write the smallest counterexample as counterexample-<invariant>.json.",
        "Jalankan skenario uji aturan (DIR/tests/*.csv), dengan cakupan aturan; atau, dengan --properties, periksa "
                + "setiap invarian atas penilaian acak dan tulis contoh penyangkal terkecil."})
public final class TestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the rule-set folder")
    Path dir;

    @Option(names = "--rules", paramLabel = "DIR", description = "folders of the rule sets DIR extends")
    List<Path> parents = new ArrayList<>();

    @Option(names = "--coverage", description = "list, per DRL file, the rules that fired and those that never did")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "N", description = "fail (exit 1) below N %% rule coverage")
    BigDecimal minCoverage;

    @Mixin
    LanguageOption language;

    @Option(names = "--properties", description = "check the property-testing kit's invariants instead of scenarios")
    boolean properties;

    @Option(names = "--tries", paramLabel = "N", description = "with --properties: assessments per invariant "
            + "(default: ${DEFAULT-VALUE})")
    int tries = PropertyRunner.DEFAULT_TRIES;

    @Option(names = "--seed", paramLabel = "S", description = "with --properties: the run's seed (default: a random "
            + "one, printed)")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "with --properties: where counterexample files go "
            + "(default: .)")
    Path out = Path.of(".");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String l = language.language();
        if (properties) {
            return properties(l);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PolicyRuleSet rs;
        try {
            rs = PolicyRuleSet.load(dir, parents);
        } catch (InvalidRuleSetException e) {
            return Problems.refused(e, dir, err, l);
        }
        ScenarioSuite suite;
        try {
            suite = ScenarioSuite.load(rs);
        } catch (InvalidInputException e) {
            Problems.print(err, e.problems(), l);
            err.println(Lang.t(l, e.problems().size() + " masalah pada berkas skenario.",
                    e.problems().size() + " problem(s) in the scenario files."));
            return ZiRulesCli.INVALID_INPUT;
        }
        if (suite.scenarios().isEmpty()) {
            err.println(rs.testsDirectory() + ": " + Lang.t(l, "tidak ada berkas skenario (*.csv)",
                    "no scenario file (*.csv)"));
            return ZiRulesCli.INVALID_INPUT;
        }
        out.println(Lang.t(l, "aturan ", "rule set ") + rs.info().id() + " " + rs.info().version() + " sha256:"
                + rs.info().sha256());
        SuiteResult r = suite.run();
        for (CaseResult c : r.cases()) {
            out.println((c.passed() ? Lang.t(l, "LULUS ", "PASS  ") : Lang.t(l, "GAGAL ", "FAIL  "))
                    + c.scenario().location() + "  " + c.scenario().name());
            if (c.error() != null) {
                out.println("      " + Lang.t(l, "tidak dapat dinilai: ", "could not be evaluated: ") + c.error());
            }
            for (Difference d : c.differences()) {
                out.println("      " + d.message(Lang.locale(l)));
            }
        }
        int failed = r.failures().size();
        out.println(Lang.t(l, (r.cases().size() - failed) + " lulus, " + failed + " gagal", r.summary()));
        boolean enough = minCoverage == null || r.coverage().atLeast(minCoverage);
        if (coverage || minCoverage != null) {
            printCoverage(out, r.coverage(), l);
        }
        if (coverage) {
            printBoundaries(out, suite, r, l);
        }
        if (!enough) {
            out.println(Lang.t(l, "cakupan aturan " + r.coverage().percent() + " % di bawah minimum " + minCoverage
                    + " %", "rule coverage " + r.coverage().percent() + " % is below the minimum " + minCoverage
                    + " %"));
        }
        return r.passed() && enough ? ZiRulesCli.OK : ZiRulesCli.FAILED;
    }

    private int properties(String l) {
        if (tries < 1) {
            spec.commandLine().getErr().println("--tries must be at least 1 but was " + tries);
            return ZiRulesCli.INVALID_INPUT;
        }
        long s = seed != null ? seed : ThreadLocalRandom.current().nextLong();
        return PropertyTestCli.run(dir, tries, s, out, spec.commandLine().getOut(), spec.commandLine().getErr(), l);
    }

    /**
     * Each threshold's two sides: a case exactly on it and one 0.01 below. A side no case reaches is named, so that
     * an edit which makes a boundary unreachable (the cases that were boundary cases no longer are) does not go
     * unseen behind 100 % rule coverage.
     */
    private static void printBoundaries(PrintWriter out, ScenarioSuite suite, SuiteResult r, String l) {
        List<BoundaryCoverage> open = r.uncoveredBoundaries();
        out.println(Lang.t(l, "Batas ambang: ", "Threshold boundaries: ") + (r.boundaries().size() - open.size())
                + " / " + r.boundaries().size() + Lang.t(l, " dicapai dari kedua sisi", " reached from both sides"));
        Map<String, BoundaryProposal> proposals = new HashMap<>();
        if (!open.isEmpty()) {
            suite.proposals(r).forEach(p -> proposals.put(p.target() + " " + p.check(), p));
        }
        for (BoundaryCoverage b : open) {
            String which = !b.onIt() && !b.justBelow() ? Lang.t(l, "tidak ada skenario tepat di ambang maupun 0,01 "
                    + "di bawahnya", "no scenario exactly on it nor 0.01 below it") : !b.onIt()
                    ? Lang.t(l, "tidak ada skenario tepat di ambang", "no scenario exactly on it")
                    : Lang.t(l, "tidak ada skenario 0,01 di bawahnya", "no scenario 0.01 below it");
            out.println("    ! " + b.target() + " " + b.check() + " >= "
                    + b.required().toPlainString() + ": " + which);
            BoundaryProposal p = proposals.get(b.target() + " " + b.check());
            if (p != null) {
                printProposal(out, p, b, l);
            }
        }
    }

    /** What the search found for one open boundary, each side as a scenario to paste into a file of tests/. */
    private static void printProposal(PrintWriter out, BoundaryProposal p, BoundaryCoverage b, String l) {
        String min = p.required().toPlainString();
        if (!p.reachable()) {
            out.println("      " + Lang.t(l, "tidak ada lagi kombinasi jawaban yang mencapai tepat " + min
                    + "; nilai terdekat yang dapat dicapai:", "no combination of answers reaches exactly " + min
                    + " any more; the nearest reachable values:"));
        }
        if (!b.onIt() && p.on() != null) {
            BoundaryProposal.Side s = p.on();
            String what = p.reachable() ? Lang.t(l, "tepat di ambang", "exactly on it")
                    : Lang.t(l, "terdekat di atas", "nearest above");
            out.println("      " + what + " (" + s.value().toPlainString() + ", " + s.exact() + "):");
            s.scenarioCsv(p.target() + " " + p.check() + " " + Lang.t(l, "tepat ", "on ") + s.value()
                    .toPlainString(), p.target()).lines().forEach(line -> out.println("        " + line));
        }
        if (!b.justBelow() && p.below() != null) {
            BoundaryProposal.Side s = p.below();
            boolean cent = p.required().subtract(new BigDecimal("0.01")).compareTo(s.value()) == 0;
            String what = cent ? Lang.t(l, "0,01 di bawah ambang", "0.01 below it")
                    : Lang.t(l, "terdekat di bawah", "nearest below");
            out.println("      " + what + " (" + s.value().toPlainString() + ", " + s.exact() + "):");
            s.scenarioCsv(p.target() + " " + p.check() + " " + Lang.t(l, "di bawah ", "below ") + s.value()
                    .toPlainString(), p.target()).lines().forEach(line -> out.println("        " + line));
        }
    }

    private void printCoverage(PrintWriter out, RuleCoverage c, String l) {
        out.println(Lang.t(l, "Cakupan aturan: ", "Rule coverage: ") + c.percent() + " % (" + c.fired() + " / "
                + c.total() + Lang.t(l, " aturan)", " rules)"));
        for (RuleCoverage.FileCoverage f : c.files()) {
            int total = f.fired().size() + f.neverFired().size();
            out.println("  " + f.file() + "  " + f.fired().size() + " / " + total);
            if (coverage) {
                for (RuleRef r : f.fired()) {
                    out.println("    + " + r.line() + "  " + r.name());
                }
            }
            for (RuleRef r : f.neverFired()) {
                out.println("    - " + r.line() + "  " + r.name() + Lang.t(l, "  (tidak pernah berjalan)",
                        "  (never fired)"));
            }
        }
    }
}
