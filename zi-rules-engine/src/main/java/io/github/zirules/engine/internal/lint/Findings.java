package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The findings of a lint run on one file: each an error with {@code file:line}, in the order found, once each. */
final class Findings {

    private final String file;
    private final Set<String> seen = new LinkedHashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    Findings(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** An error whose {@code expected} reads the same in both languages (a value, a list, a line of DRL). */
    void error(String code, int line, String messageId, String messageEn, String expected) {
        error(code, line, messageId, messageEn, expected, expected);
    }

    /** An error with what would be valid in each language, Bahasa Indonesia first. */
    void error(String code, int line, String messageId, String messageEn, String expectedId, String expectedEn) {
        String where = file + ":" + Math.max(line, 1);
        if (seen.add(code + "\u0000" + where + "\u0000" + messageEn)) {
            problems.add(Problem.error(code, where, messageId, messageEn, expectedId, expectedEn));
        }
    }

    void add(Problem p) {
        if (seen.add(p.code() + "\u0000" + p.location() + "\u0000" + p.messageEn())) {
            problems.add(p);
        }
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
