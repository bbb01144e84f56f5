package io.github.zirules.cli;

import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.ZiRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rulesets [--rules DIR]}: lists the rule sets an evaluator would know, with their legal basis. */
@Command(name = "rulesets", mixinStandardHelpOptions = true, versionProvider = ZiRulesCli.Version.class,
        description = {"List the available rule sets with their legal basis and years.",
        "Daftar aturan yang tersedia, dengan dasar hukum dan tahunnya."})
public final class RuleSetsCommand implements Callable<Integer> {

    @Option(names = "--rules", paramLabel = "DIR", description = "rule-set folders to load beside the built-in ones")
    List<Path> dirs = new ArrayList<>();

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String l = language.language();
        PrintWriter out = spec.commandLine().getOut();
        EvaluatorOptions.Builder b = EvaluatorOptions.builder();
        dirs.forEach(b::ruleSetDirectory);
        try {
            for (RuleSetInfo i : ZiRules.evaluator(b.build()).ruleSets()) {
                out.println(i.id() + "  " + i.version() + (i.provisional() ? Lang.t(l, "  [sementara]",
                        "  [provisional]") : ""));
                out.println("    " + i.title());
                out.println("    " + Lang.t(l, "dasar hukum: ", "legal basis: ") + i.legalBasis());
                out.println("    " + Lang.t(l, "tahun bawaan: ", "default for years: ") + (i.years() == null
                        ? Lang.t(l, "(tidak ada; pilih dengan id)", "(none; choose it by id)") : i.years()));
                if (!i.parents().isEmpty()) {
                    out.println("    " + Lang.t(l, "memperluas: ", "extends: ") + String.join(" > ", i.parents()));
                }
                out.println("    sha256: " + i.sha256());
            }
            return ZiRulesCli.OK;
        } catch (InvalidRuleSetException e) {
            PrintWriter err = spec.commandLine().getErr();
            Problems.print(err, e.problems(), l);
            return ZiRulesCli.INVALID_RULE_SET;
        }
    }
}
