package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.Message;
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

    /** An error at {@code line}; {@code expected} (what would be valid) may be null. */
    void error(String code, int line, Message message, Message expected) {
        add(Problem.error(code, file + ":" + Math.max(line, 1), message, expected));
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
