package io.github.zirules.cli;

import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.ZiRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate DIR}: compiles and checks a rule set, printing every problem as {@code file:line: message}. */
@Command(name = "validate", description = {"Compile and check a rule set; print every problem as file:line: message.",
        "Kompilasi dan periksa aturan; tampilkan setiap masalah sebagai berkas:baris: pesan."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "rule-set folder (or a folder of rule-set folders)")
    Path dir;

    @Option(names = "--lang", paramLabel = "id|en", description = "message language (default: from the locale)")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String l = Lang.resolve(lang);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            var zi = ZiRules.evaluator(EvaluatorOptions.builder().ruleSetDirectory(dir).build());
            for (RuleSetInfo info : zi.ruleSets()) {
                out.println(Lang.t(l, "sah: ", "valid: ") + info.id() + " " + info.version() + " sha256:"
                        + info.sha256());
            }
            return ZiRulesCli.OK;
        } catch (InvalidRuleSetException e) {
            for (Problem p : e.problems()) {
                err.println(p.location() + ": " + p.message(l) + (p.expected() == null ? ""
                        : Lang.t(l, " (yang benar: ", " (expected: ") + p.expected() + ")"));
            }
            err.println(Lang.t(l, e.problems().size() + " masalah; aturan ditolak.",
                    e.problems().size() + " problem(s); the rule set is refused."));
            return ZiRulesCli.INVALID_RULE_SET;
        }
    }
}
