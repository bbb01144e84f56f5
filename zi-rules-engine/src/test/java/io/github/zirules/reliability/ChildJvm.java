package io.github.zirules.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a second JVM and collects what it printed. A child that outlives its
 * time is killed (it and its descendants), so nothing it does can exit, hang or slow the test JVM.
 */
final class ChildJvm {

    /** How a child ended. */
    record Exit(int code, boolean killed, String stdout, String stderr) {
        List<String> lines() {
            return stdout.lines().toList();
        }
    }

    private ChildJvm() {
    }

    /**
     * This JVM's classes as one class path for the child: the folder of {@code main}'s class (the test classes, which
     * on the module path are patched into the engine's module and so on neither path), then the module path, then
     * the class path.
     */
    private static String classPath(Class<?> main) {
        List<String> parts = new ArrayList<>();
        try {
            parts.add(Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (String key : List.of("jdk.module.path", "java.class.path")) {
            String v = System.getProperty(key, "");
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    static Exit run(List<String> jvmOptions, Class<?> main, List<String> args, long timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath(main));
        cmd.add(main.getName());
        cmd.addAll(args);
        Path out = java.nio.file.Files.createTempFile("child", ".out");
        Path err = java.nio.file.Files.createTempFile("child", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            return new Exit(done ? p.exitValue() : -1, !done,
                    java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            java.nio.file.Files.deleteIfExists(out);
            java.nio.file.Files.deleteIfExists(err);
        }
    }
}
