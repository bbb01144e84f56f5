package io.github.zirules.cli;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Result;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ZiJson;
import io.github.zirules.policy.BuiltInRuleSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Test helper: runs the command line in this JVM with captured output, finds the test files, and copies the built-in
 * rule set to a folder.
 */
final class Cli {

    static final Evaluator ZI = ZiRules.evaluator();

    /** The agency example rule set (zi-rules-examples/rulesets/agency-stricter-wbk). */
    static final Path EXAMPLE = Path.of("..", "rulesets", "agency-stricter-wbk");

    private Cli() {
    }

    /**
     * What a run gave.
     *
     * @param exit the exit code
     * @param out what went to standard output
     * @param err what went to standard error
     */
    record Run(int exit, String out, String err) {
        /** Fails when anything looks like a stack trace. */
        void assertNoStackTrace() {
            for (String s : new String[] {out, err}) {
                if (s.contains("\tat ") || s.contains("Exception") || s.contains("Caused by")) {
                    throw new AssertionError("a stack trace or an exception name reached the user:\n" + s);
                }
            }
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ZiRulesCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path samples() {
        return Path.of(System.getProperty("zirules.samples", "../samples"));
    }

    static Path sample(String name) {
        return samples().resolve(name + ".json");
    }

    static Path examples() {
        return Path.of(System.getProperty("zirules.examples",
                "../../zi-rules-engine/src/test/resources/domain/examples"));
    }

    static Path example(String name) {
        return examples().resolve(name + ".json");
    }

    /** The library's own result for a file (what the CLI must agree with). */
    static Result libraryResult(Path file) {
        return ZI.evaluate(ZiJson.create().readAssessment(file).orElseThrow());
    }

    /** Copies the rule files of the built-in rule set (not its tests) into {@code dir}. */
    static Path builtInCopy(Path dir) throws IOException {
        BuiltInRuleSets.copy("permenpan-rb-90-2021", dir);
        // An edited copy that keeps the built-in's id must say it stands in for it (RULESET_ID_BUILT_IN otherwise).
        Path descriptor = dir.resolve("ruleset.properties");
        Files.writeString(descriptor, Files.readString(descriptor) + "replaces = permenpan-rb-90-2021\n");
        try (Stream<Path> tests = Files.walk(dir.resolve("tests"))) {
            for (Path p : tests.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        return dir;
    }
}
