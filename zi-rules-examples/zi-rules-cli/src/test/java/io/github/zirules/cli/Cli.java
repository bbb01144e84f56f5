package io.github.zirules.cli;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Result;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ZiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

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
        String root = "zirules/rulesets/permenpan-rb-90-2021/";
        Files.createDirectories(dir);
        byte[] desc = resource(root + "ruleset.properties");
        Files.write(dir.resolve("ruleset.properties"), desc);
        Properties p = new Properties();
        p.load(new java.io.StringReader(new String(desc, StandardCharsets.UTF_8)));
        Files.write(dir.resolve(p.getProperty("instrument").strip()), resource(root + p.getProperty("instrument")
                .strip()));
        for (String f : p.getProperty("rules").split(",")) {
            Files.write(dir.resolve(f.strip()), resource(root + f.strip()));
        }
        return dir;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Cli.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
