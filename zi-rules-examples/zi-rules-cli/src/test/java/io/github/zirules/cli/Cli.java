package io.github.zirules.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Test helper: runs the command line capturing what it prints, and copies the built-in rule set to a folder. */
final class Cli {

    /** The agency example rule set (zi-rules-examples/rulesets/agency-stricter-wbk). */
    static final Path EXAMPLE = Path.of("..", "rulesets", "agency-stricter-wbk");

    /**
     * What a run printed.
     *
     * @param exit the exit code
     * @param out standard output
     * @param err standard error
     */
    record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = ZiRulesCli.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
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
