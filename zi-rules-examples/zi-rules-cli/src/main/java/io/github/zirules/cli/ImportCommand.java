package io.github.zirules.cli;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Problem;
import io.github.zirules.json.AssessmentRead;
import io.github.zirules.json.ZiJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import LKE.xlsx [-o assessment.json]}: converts an LKE workbook (Lampiran III, the inspectorate's export or
 * the project's template) into a zi-assessment/1 document. Exit 0 when converted (the workbook's warnings on standard
 * error), 2 when the workbook is refused (every problem with its sheet and cell).
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = ZiRulesCli.Version.class,
        description = {"Convert an LKE workbook (.xlsx) into a zi-assessment/1 JSON file.",
            "Ubah buku kerja LKE (.xlsx) menjadi berkas JSON zi-assessment/1."})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LKE.xlsx", description = "the workbook")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write the JSON here (default: stdout)")
    Path out;

    @Mixin
    TargetOption targetOption = new TargetOption();

    @Option(names = "--ruleset", paramLabel = "ID", description = "read with this rule set's instrument "
            + "(default: the one for the year)")
    String ruleSet;

    @Mixin
    AssessmentCommandOptions options = new AssessmentCommandOptions();

    @Mixin
    WorkbookOptions workbook = new WorkbookOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String l = options.language();
        PrintWriter err = spec.commandLine().getErr();
        return CommandSupport.run(l, err, () -> {
            Evaluator evaluator = options.evaluator();
            AssessmentRead read = new AssessmentFiles(evaluator, ruleSet, targetOption.target, workbook).readAssessment(file);
            for (Problem p : read.problems()) {
                err.println(FileEvaluator.line(file.toString(), p, l));
            }
            if (!read.ok()) {
                err.println(Lang.t(l, read.problems().size() + " masalah; buku kerja tidak diubah.",
                        read.problems().size() + " problem(s); the workbook is not converted."));
                return ZiRulesCli.INVALID_INPUT;
            }
            Assessment a = read.assessment();
            if (out == null) {
                spec.commandLine().getOut().print(ZiJson.create().writeAssessment(a));
                spec.commandLine().getOut().flush();
            } else {
                try {
                    write(a);
                } catch (java.io.IOException e) {
                    err.println(CommandSupport.cannotWrite(out, e, l));
                    return ZiRulesCli.INVALID_INPUT;
                }
                err.println(Lang.t(l, "Ditulis: ", "Written: ") + out + " (" + a.answers().size()
                        + Lang.t(l, " jawaban)", " answers)"));
            }
            return ZiRulesCli.OK;
        });
    }

    private void write(Assessment a) throws IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            ZiJson.create().writeAssessment(a, os);
        }
    }
}
