package io.github.zirules.cli;

import io.github.zirules.api.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems the same way in every command: {@code file:line: message (expected: …)}. */
final class Problems {

    private Problems() {
    }

    static void print(PrintWriter w, List<Problem> problems, String lang) {
        for (Problem p : problems) {
            String sev = p.severity() == Problem.Severity.WARNING ? Lang.t(lang, "peringatan: ", "warning: ") : "";
            w.println(p.location() + ": " + sev + p.message(lang) + (p.expected() == null ? ""
                    : Lang.t(lang, " (yang benar: ", " (expected: ") + p.expected() + ")"));
        }
    }
}
