package io.github.zirules.cli;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.policy.PolicyRuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate DIR}: compiles, lints and checks a rule set, printing every problem as {@code file:line: message},
 * and the warnings of the rule sets that load (such as the parent rules an extending rule set overrides).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = ZiRulesCli.Version.class,
        description = {"Compile and check a rule set; print every problem as file:line: message.",
        "Kompilasi dan periksa aturan; tampilkan setiap masalah sebagai berkas:baris: pesan."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "rule-set folder (or a folder of rule-set folders)")
    Path dir;

    @Option(names = "--rules", paramLabel = "DIR", description = "more rule-set folders (e.g. the parents DIR extends)")
    List<Path> more = new java.util.ArrayList<>();

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String l = language.language();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Path> dirs = new java.util.ArrayList<>(more);
            dirs.add(dir);
            int exit = ZiRulesCli.OK;
            for (PolicyRuleSet rs : PolicyRuleSet.validateAll(dirs)) {
                List<Problem> order = rs.fileOrderProblems();
                if (!order.isEmpty()) {
                    Problems.print(err, order, l);
                    err.println(Lang.t(l, order.size() + " masalah; aturan " + rs.info().id() + " ditolak.",
                            order.size() + " problem(s); rule set " + rs.info().id() + " refused."));
                    exit = ZiRulesCli.INVALID_RULE_SET;
                    continue;
                }
                out.println(Lang.t(l, "sah: ", "valid: ") + rs.info().id() + " " + rs.info().version() + " sha256:"
                        + rs.info().sha256());
                Problems.print(out, rs.warnings(), l);
            }
            return exit;
        } catch (InvalidRuleSetException e) {
            return Problems.refused(e, dir, err, l);
        }
    }
}
