package io.github.zirules.cli;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.testkit.InvariantOutcome;
import io.github.zirules.testkit.PropertyReport;
import io.github.zirules.testkit.PropertyRunner;
import io.github.zirules.testkit.RuleSetUnderTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code zi-rules test --properties DIR}: runs every invariant of the property kit against the rule set in
 * {@code DIR} (or each rule set in its sub-folders) and prints, per invariant, passed or the smallest counterexample
 * found, written as a zi-assessment/1 file {@code counterexample-<invariant>.json} to replay with
 * {@code zi-rules evaluate}. Kept apart from the picocli command so that any {@code test} command can call it.
 */
public final class PropertyTestCli {

    private PropertyTestCli() {
    }

    /** {@link #run(Path, int, long, Path, PrintWriter, PrintWriter, String)} writing counterexamples to the current
     * directory and problems to {@code out}. */
    public static int run(Path dir, int tries, long seed, PrintWriter out, String lang) {
        return run(dir, tries, seed, Path.of("."), out, out, lang);
    }

    /**
     * Runs the properties and returns the exit code: {@link ZiRulesCli#OK} when every invariant held,
     * {@link ZiRulesCli#FAILED} when one did not, {@link ZiRulesCli#INVALID_RULE_SET} when the rule set does not load.
     *
     * @param dir a rule-set folder, or a folder of rule-set folders
     * @param tries assessments per invariant, at least 1
     * @param seed the run's seed (printed, so that the run can be repeated)
     * @param outDir where counterexample files go (created if missing)
     * @param out the report
     * @param err problems with the rule set or the files
     * @param lang {@code id} or {@code en}
     */
    public static int run(Path dir, int tries, long seed, Path outDir, PrintWriter out, PrintWriter err, String lang) {
        List<Path> folders = ruleSetFolders(dir);
        int code = ZiRulesCli.OK;
        for (Path folder : folders) {
            RuleSetUnderTest rules;
            try {
                rules = RuleSetUnderTest.fromDirectory(folder);
            } catch (InvalidRuleSetException e) {
                for (Problem p : e.problems()) {
                    err.println(p.format(Lang.locale(lang)));
                }
                err.println(Lang.t(lang, e.problems().size() + " masalah; aturan ditolak, properti tidak diuji.",
                        e.problems().size() + " problem(s); the rule set is refused, no property was tested."));
                code = Math.max(code, ZiRulesCli.INVALID_RULE_SET);
                continue;
            }
            PropertyReport report = PropertyRunner.builder(rules).seed(seed).tries(tries).build().run();
            if (!print(report, folder, folders.size() > 1, outDir, out, err, lang)) {
                code = Math.max(code, ZiRulesCli.FAILED);
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    private static boolean print(PropertyReport r, Path folder, boolean many, Path outDir, PrintWriter out,
                                 PrintWriter err, String lang) {
        out.println(Lang.t(lang, "aturan: ", "rule set: ") + r.ruleSet().id() + " " + r.ruleSet().version()
                + " sha256:" + r.ruleSet().sha256() + " (" + folder + ")");
        out.println(Lang.t(lang, "seed " + r.seed() + ", " + r.tries()
                + " penilaian per invarian (ulangi dengan --seed " + r.seed() + ")",
                        "seed " + r.seed() + ", " + r.tries() + " assessments per invariant (repeat with "
                + "--seed " + r.seed() + ")"));
        for (InvariantOutcome o : r.outcomes()) {
            if (o.passed()) {
                out.println(Lang.t(lang, "LULUS  ", "PASSED ") + o.invariant() + " (" + o.tries()
                        + Lang.t(lang, " penilaian): ", " assessments): ") + o.description(lang));
                continue;
            }
            out.println(Lang.t(lang, "GAGAL  ", "FAILED ") + o.invariant()
                    + Lang.t(lang, " (penilaian ke-", " (assessment ") + o.tries() + "): "
                    + o.violation().message(lang));
            String stem = "counterexample-" + (many ? r.ruleSet().id() + "-" : "") + o.invariant();
            Path file = outDir.resolve(stem + ".json");
            if (write(file, o.counterexampleJson().orElseThrow(), err, lang)) {
                out.println(Lang.t(lang, "       contoh penyangkal: ", "       counterexample: ") + file
                        + Lang.t(lang, " (ulangi dengan zi-rules evaluate, aturan di ", " (replay with zi-rules "
                        + "evaluate, rule set in ") + folder + ")");
            }
            Path pair = outDir.resolve(stem + "-counterpart.json");
            if (o.counterpartJson().isPresent() && write(pair, o.counterpartJson().get(), err, lang)) {
                out.println(Lang.t(lang, "       pasangannya (jawaban dinaikkan atau diurutkan ulang): ",
                        "       its counterpart (answer raised, or reordered): ") + pair);
            }
        }
        long failed = r.failures().size();
        out.println(Lang.t(lang, r.outcomes().size() + " invarian: " + (r.outcomes().size() - failed) + " lulus, "
                + failed + " gagal.", r.outcomes().size() + " invariants: " + (r.outcomes().size() - failed)
                + " passed, " + failed + " failed."));
        return failed == 0;
    }

    /** Writes one counterexample file (the JSON comes from the kit's zi-assessment/1 writer). */
    private static boolean write(Path file, String json, PrintWriter err, String lang) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, json, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println(file + ": " + Lang.t(lang, "tidak dapat ditulis: ", "cannot be written: ") + e.getMessage());
            return false;
        }
    }

    private static List<Path> ruleSetFolders(Path dir) {
        if (Files.isRegularFile(dir.resolve("ruleset.properties")) || !Files.isDirectory(dir)) {
            return List.of(dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> found = s.filter(p -> Files.isRegularFile(p.resolve("ruleset.properties"))).sorted().toList();
            return found.isEmpty() ? List.of(dir) : found;
        } catch (IOException e) {
            return List.of(dir);
        }
    }
}
