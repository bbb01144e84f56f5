package io.github.zirules.cli;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.policy.BuiltInRuleSets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints problems the same way in every command: {@code file:line: message (expected: …)}. */
final class Problems {

    private Problems() {
    }

    static void print(PrintWriter w, List<Problem> problems, String lang) {
        for (Problem p : problems) {
            String sev = p.severity() == Problem.Severity.WARNING ? Lang.t(lang, "peringatan: ", "warning: ") : "";
            w.println(sev.isEmpty() ? p.format(Lang.locale(lang)) : p.location() + ": " + sev
                    + p.format(Lang.locale(lang)).substring(p.location().length() + 2));
        }
    }

    /**
     * Prints every problem of a refused rule set and their count on {@code err}, and, when {@code dir} does not exist
     * but names a built-in rule set, how to get a folder of it; returns {@link ZiRulesCli#INVALID_RULE_SET}.
     */
    static int refused(InvalidRuleSetException e, Path dir, PrintWriter err, String lang) {
        print(err, e.problems(), lang);
        err.println(Lang.t(lang, e.problems().size() + " masalah; aturan ditolak.",
                e.problems().size() + " problem(s); the rule set is refused."));
        String name = dir.toString();
        if (!Files.exists(dir) && BuiltInRuleSets.ids().contains(name)) {
            err.println(Lang.t(lang, name + " adalah aturan bawaan (di dalam jar); salin dulu ke folder: zi-rules copy "
                    + name + " FOLDER", name + " is a built-in rule set (inside the jar); copy it to a folder first: "
                    + "zi-rules copy " + name + " FOLDER"));
        }
        return ZiRulesCli.INVALID_RULE_SET;
    }
}
