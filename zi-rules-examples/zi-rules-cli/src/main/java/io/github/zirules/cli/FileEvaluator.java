package io.github.zirules.cli;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.json.AssessmentRead;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one assessment file: reads it, checks it against the instrument of the rule set that scores it, evaluates
 * it. Never throws for a bad file or a failing rule set: the outcome says what went wrong, every problem on its
 * own line as {@code file: location: message (expected: …)}.
 */
final class FileEvaluator {

    private final Evaluator evaluator;
    private final AssessmentFiles files;
    private final String forcedRuleSet;
    private final String lang;

    FileEvaluator(Evaluator evaluator, AssessmentFiles files, String forcedRuleSet, String lang) {
        this.evaluator = evaluator;
        this.files = files;
        this.forcedRuleSet = forcedRuleSet;
        this.lang = lang;
    }

    /**
     * What scoring one file gave.
     *
     * @param result the result; null when the file was refused or the rules failed
     * @param assessment what was scored (for the evidence in reports); null when the file was refused
     * @param lines what to print on standard error (a workbook's warnings, or why the file was refused)
     * @param exitCode {@link ZiRulesCli#OK}, {@link ZiRulesCli#INVALID_INPUT} or {@link ZiRulesCli#INVALID_RULE_SET}
     */
    record Outcome(Result result, Assessment assessment, List<String> lines, int exitCode) {
    }

    /**
     * Scores {@code file}. Running out of memory or stack on it (an input or rules too large or too deep for this
     * JVM) is an outcome too, so the files after it are still scored.
     */
    Outcome evaluate(Path file) {
        try {
            return evaluateOrThrow(file);
        } catch (VirtualMachineError e) {
            return new Outcome(null, null, List.of(file + ": " + ResourceErrors.message(e)),
                    ResourceErrors.exitCode(e));
        }
    }

    private Outcome evaluateOrThrow(Path file) {
        String name = file.equals(InputFiles.STDIN) ? "(stdin)" : file.toString();
        AssessmentRead read = files.readAssessment(file);
        if (!read.ok()) {
            return refused(name, read.problems());
        }
        Assessment a = read.assessment();
        if (forcedRuleSet != null) {
            a = a.toBuilder().ruleSet(forcedRuleSet).build();
        }
        // evaluate validates (and refuses with every problem) before it scores: validating here too cost a second
        // pass over every answer of every file.
        try {
            List<String> warnings = new ArrayList<>();
            for (Problem p : read.problems()) {
                if (p.severity() == Problem.Severity.WARNING) {
                    warnings.add(line(name, p, lang));
                }
            }
            return new Outcome(evaluator.evaluate(a), a, warnings, ZiRulesCli.OK);
        } catch (UnknownRuleSetException e) {
            return refused(name, List.of(unknownRuleSet(a)));
        } catch (InvalidInputException e) {
            return refused(name, e.problems());
        } catch (EvaluationException e) {
            return new Outcome(null, null, List.of(name + ": " + Lang.t(lang, "aturan gagal menilai berkas ini: ",
                    "the rules failed on this file: ") + e.getMessage()), ZiRulesCli.INVALID_RULE_SET);
        }
    }

    private Problem unknownRuleSet(Assessment a) {
        String known = EvaluateCommand.known(evaluator);
        if (a.ruleSet() != null) {
            return Problem.error("RULESET_UNKNOWN", "$.ruleset", Message.of("RULESET_UNKNOWN", a.ruleSet()),
                    Message.of("RULESET_UNKNOWN.expected", known));
        }
        return Problem.error("RULESET_NONE_FOR_YEAR", "$.year", Message.of("RULESET_NONE_FOR_YEAR.2", a.year()),
                Message.of("RULESET_NONE_FOR_YEAR.2.expected", known));
    }

    private Outcome refused(String file, List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        for (Problem p : problems) {
            if (p.severity() == Problem.Severity.ERROR) {
                lines.add(line(file, p, lang));
            }
        }
        return new Outcome(null, null, lines, ZiRulesCli.INVALID_INPUT);
    }

    /** {@code file: location: message (expected: …)}; the file is not repeated when the location starts with it. */
    static String line(String file, Problem p, String lang) {
        String loc = p.location();
        boolean hasFile = loc.equals(file) || loc.startsWith(file + ":");
        return (hasFile ? "" : file + ": ") + p.format(Lang.locale(lang));
    }
}
