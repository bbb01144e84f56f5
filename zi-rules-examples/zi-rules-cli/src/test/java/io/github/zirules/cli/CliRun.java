package io.github.zirules.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: runs {@link ZiRulesCli#run} and captures what it prints. */
record CliRun(int exit, String out, String err) {

    static synchronized CliRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = ZiRulesCli.run(args);
            System.out.flush();
            System.err.flush();
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** A shared worked example (shared/domain/examples beside the repository). */
    static Path example(String name) {
        String p = System.getProperty("zirules.shared.domain");
        for (Path dir : new Path[] {p == null ? null : Path.of(p), Path.of("../../../shared/domain"),
                Path.of("../../shared/domain"), Path.of("../shared/domain")}) {
            if (dir != null && Files.isRegularFile(dir.resolve("examples").resolve(name))) {
                return dir.resolve("examples").resolve(name);
            }
        }
        throw new IllegalStateException("shared/domain/examples/" + name + " not found beside the repository");
    }
}
