package io.github.zirules.cli;

import io.github.zirules.api.Evaluator;
import io.github.zirules.excel.LkeWorkbooks;
import io.github.zirules.api.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code template [--ruleset ID] -o LKE.xlsx}: writes a blank LKE workbook for a rule set (sections, areas,
 * indicators with weights, items with question and criteria, drop-downs of the valid answers), which
 * {@code evaluate} and {@code import} read back with no mapping.
 */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = ZiRulesCli.Version.class,
        description = {"Write a blank LKE workbook (.xlsx) for a rule set, to fill in and evaluate.",
            "Tulis buku kerja LKE kosong (.xlsx) untuk suatu aturan, untuk diisi lalu dinilai."})
public final class TemplateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, paramLabel = "LKE.xlsx", required = true, description = "the workbook to write")
    Path out;

    @Option(names = "--ruleset", paramLabel = "ID", description = "the rule set (default: the one for this year)")
    String ruleSet;

    @Mixin
    AssessmentCommandOptions options = new AssessmentCommandOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String l = options.language();
        PrintWriter err = spec.commandLine().getErr();
        return CommandSupport.run(l, err, () -> {
            Evaluator evaluator = options.evaluator();
            if (ruleSet != null && evaluator.ruleSets().stream().noneMatch(r -> r.id().equals(ruleSet))) {
                err.println("--ruleset: " + Lang.t(l, "aturan '" + ruleSet + "' tidak dikenal (yang sah: ",
                        "unknown rule set '" + ruleSet + "' (expected: ") + EvaluateCommand.known(evaluator) + ")");
                return ZiRulesCli.INVALID_INPUT;
            }
            String id = new AssessmentFiles(evaluator, ruleSet, null, null).ruleSetId();
            try (AtomicReport file = AtomicReport.create(out)) {
                LkeWorkbooks.writeTemplate(evaluator.instrument(id), id, evaluator::evaluate, file.stream());
                file.commit();
            } catch (java.io.IOException e) {
                err.println(CommandSupport.cannotWrite(out, e, l));
                return ZiRulesCli.INVALID_INPUT;
            } catch (InvalidInputException e) {
                // the rule set's structure does not fit an LKE workbook: nothing is written, not even an empty file
                CommandSupport.print(l, err, e.problems());
                err.println(Lang.t(l, e.problems().size() + " masalah; struktur aturan " + id
                        + " tidak muat dalam buku kerja LKE; tidak ada berkas yang ditulis.",
                        e.problems().size() + " problem(s); the structure of rule set " + id
                        + " does not fit an LKE workbook; no file was written."));
                return ZiRulesCli.INVALID_INPUT;
            }
            spec.commandLine().getOut().println(Lang.t(l, "Ditulis: " + out + " (LKE kosong untuk " + id + ")",
                    "Written: " + out + " (a blank LKE for " + id + ")"));
            return ZiRulesCli.OK;
        });
    }
}
