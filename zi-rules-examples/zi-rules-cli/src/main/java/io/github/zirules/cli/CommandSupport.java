package io.github.zirules.cli;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.api.ZiRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** What the commands that read an assessment share: the evaluator, and turning refusals into exit codes. */
final class CommandSupport {

    private CommandSupport() {
    }

    /** An evaluator with the built-in rule sets and, if given, the rule-set folder {@code rules}. */
    static Evaluator evaluator(Path rules) {
        EvaluatorOptions.Builder b = EvaluatorOptions.builder();
        if (rules != null) {
            b.ruleSetDirectory(rules);
        }
        return ZiRules.evaluator(b.build());
    }

    /** Runs {@code body}, printing every problem of a refused input or rule set on {@code err}. */
    static int run(String lang, PrintWriter err, Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (InvalidRuleSetException e) {
            print(lang, err, e.problems());
            err.println(Lang.t(lang, e.problems().size() + " masalah; aturan ditolak.",
                    e.problems().size() + " problem(s); the rule set is refused."));
            return ZiRulesCli.INVALID_RULE_SET;
        } catch (InvalidInputException e) {
            print(lang, err, e.problems());
            err.println(Lang.t(lang, e.problems().size() + " masalah; penilaian ditolak.",
                    e.problems().size() + " problem(s); the assessment is refused."));
            return ZiRulesCli.INVALID_INPUT;
        } catch (UnknownRuleSetException e) {
            err.println(e.getMessage());
            return ZiRulesCli.INVALID_INPUT;
        }
    }

    /**
     * Why {@code out} could not be written, in words and without an exception name: "cannot write the file x.xlsx:
     * its folder does not exist".
     */
    static String cannotWrite(Path out, java.io.IOException e, String lang) {
        String why;
        if (e instanceof java.nio.file.NoSuchFileException) {
            why = Lang.t(lang, "foldernya tidak ada", "its folder does not exist");
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            why = Lang.t(lang, "tidak ada izin menulis", "no permission to write");
        } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        } else {
            why = String.valueOf(e.getMessage());
        }
        return "--out: " + Lang.t(lang, "berkas " + out + " tidak dapat ditulis: ", "cannot write the file " + out
                + ": ") + why;
    }

    static void print(String lang, PrintWriter err, List<Problem> problems) {
        for (Problem p : problems) {
            err.println(p.format(Lang.locale(lang)));
        }
    }
}
