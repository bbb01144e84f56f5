package io.github.zirules.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Integration-test helper: runs {@code java -jar zi-rules-cli.jar …} in a new process, as a user would. */
final class Jar {

    private Jar() {
    }

    /** The shaded jar (system property set by failsafe). */
    static Path jar() {
        Path p = Path.of(System.getProperty("zirules.jar", "target/zi-rules-cli.jar"));
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("no shaded jar at " + p + "; run the integration tests after package");
        }
        return p;
    }

    /** The repository root. */
    static Path repo() {
        return Path.of(System.getProperty("zirules.repo", "../..")).toAbsolutePath().normalize();
    }

    /**
     * Runs the jar with {@code jvmOptions} then {@code args} in {@code dir}, standard output and error to files.
     *
     * @return exit code, standard output, standard error
     */
    static Cli.Run run(Path dir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar().toAbsolutePath().toString());
        cmd.addAll(List.of(args));
        File out = File.createTempFile("zi-out", ".txt");
        File err = File.createTempFile("zi-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out).redirectError(err).start();
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("the jar did not finish in 15 minutes: " + cmd);
            }
            return new Cli.Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out.toPath());
            Files.deleteIfExists(err.toPath());
        }
    }
}
