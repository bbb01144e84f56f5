package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sh launcher's choice of collector: the serial one unless {@code JAVA_OPTS} names a collector
 * ({@code -XX:+Use...GC}); an option that only mentions the collector keeps it. Run with a stand-in {@code java}
 * that prints the options it was given.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherCollectorTest {

    private static final String SERIAL = "-XX:+UseSerialGC";

    @Test
    void theSerialCollectorUnlessJavaOptsNamesOne(@TempDir Path dir) throws Exception {
        Path javaHome = standInJava(dir);
        assertEquals(List.of(SERIAL), collectors(javaHome, ""));
        assertEquals(List.of(SERIAL), collectors(javaHome, "-Xmx256m"));
        assertEquals(List.of(SERIAL), collectors(javaHome, "-Xlog:gc"));
        assertEquals(List.of(SERIAL), collectors(javaHome, "-Xlog:gc*:file=gc.log -XX:MaxGCPauseMillis=50"));
        assertEquals(List.of(SERIAL), collectors(javaHome, "-XX:+PrintGCDetails -XX:ParallelGCThreads=2"));
        assertEquals(List.of(SERIAL), collectors(javaHome, "-XX:-UseParallelGC"));
        assertEquals(List.of("-XX:+UseG1GC"), collectors(javaHome, "-XX:+UseG1GC"));
        assertEquals(List.of("-XX:+UseParallelGC"), collectors(javaHome, "-Xmx1g -XX:+UseParallelGC -Xlog:gc"));
        assertEquals(List.of("-XX:+UseZGC"), collectors(javaHome, "-XX:+UseZGC"));
        assertEquals(List.of(SERIAL), collectors(javaHome, "-XX:+UseSerialGC"), "named once, not twice");
    }

    /** The options of the stand-in's one run that choose a collector, in order. */
    private static List<String> collectors(Path javaHome, String javaOpts) throws Exception {
        Path launcher = Path.of("src/main/launcher/zi-rules").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("sh", launcher.toString(), "--version").redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().put("JAVA_OPTS", javaOpts);
        pb.environment().put("ZI_RULES_CACHE", "off");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "the launcher finished");
        assertEquals(0, p.exitValue(), out);
        List<String> args = out.lines().toList();
        assertTrue(args.contains("-jar") && args.contains("--version"), out);
        return args.stream().filter(a -> a.matches("-XX:\\+Use.*GC")).toList();
    }

    private static Path standInJava(Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir.resolve("jdk");
    }
}
