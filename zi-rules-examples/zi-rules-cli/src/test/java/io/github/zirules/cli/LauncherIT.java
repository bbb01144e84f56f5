package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The launchers beside the shaded jar, run as a user runs them. */
class LauncherIT {

    @Test
    void bothLaunchersLieBesideTheJar() {
        Path dir = Jar.jar().toAbsolutePath().getParent();
        assertTrue(Files.isRegularFile(dir.resolve("zi-rules")), "target/zi-rules");
        assertTrue(Files.isRegularFile(dir.resolve("zi-rules.cmd")), "target/zi-rules.cmd");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theShellLauncherPrintsTheVersionAndScoresAWorkbookQuietly() throws Exception {
        Path launcher = Jar.jar().toAbsolutePath().getParent().resolve("zi-rules");
        assertTrue(Files.isExecutable(launcher), "the launcher is executable");
        Cli.Run v = run(launcher, "--version");
        assertEquals(0, v.exit(), v.err());
        assertTrue(v.out().startsWith("zi-rules 0.") && v.out().contains("permenpan-rb-90-2021"), v.out());
        Path lke = Jar.repo().resolve("zi-rules-excel/src/test/resources/workbooks/filled/e03-dec-0-0.xlsx");
        Cli.Run e = run(launcher, "evaluate", "-q", "--lang", "en", "--target", "WBK", lke.toString());
        assertEquals(0, e.exit(), e.err());
        assertTrue(!e.err().contains("Log4j") && !e.err().contains("SLF4J"), "no logging noise: " + e.err());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theFirstEvaluateWritesAClassArchiveThatTheNextRunsUseWithTheSameOutput(@TempDir Path cache)
            throws Exception {
        Path launcher = Jar.jar().toAbsolutePath().getParent().resolve("zi-rules");
        Path sample = Jar.repo().resolve("zi-rules-examples/samples/kpknl-jakarta-wbk.json");
        Cli.Run version = run(launcher, cache, "--version");
        assertEquals(0, version.exit(), version.err());
        assertEquals(0, archives(cache), "--version writes no archive");
        Cli.Run first = run(launcher, cache, "evaluate", "--format", "json", sample.toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals(1, archives(cache), "the first evaluate writes the archive");
        Cli.Run second = run(launcher, cache, "evaluate", "--format", "json", sample.toString());
        assertEquals(0, second.exit(), second.err());
        assertEquals(first.out(), second.out(), "the same report with the archive");
        assertEquals("", second.err(), "no note from the JVM on the archive");
        assertTrue(first.out().startsWith("{"), "nothing before the report on standard output: " + first.out());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void validateWritesAClassArchiveOfItsOwnBesideThatOfEvaluate(@TempDir Path cache) throws Exception {
        Path launcher = Jar.jar().toAbsolutePath().getParent().resolve("zi-rules");
        Path sample = Jar.repo().resolve("zi-rules-examples/samples/kpknl-jakarta-wbk.json");
        Path rules = Jar.repo().resolve("zi-rules-engine/src/main/resources/zirules/rulesets/permenpan-rb-90-2021");
        assertEquals(0, run(launcher, cache, "evaluate", "--format", "json", sample.toString()).exit());
        Cli.Run first = run(launcher, cache, "validate", rules.toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals(2, archives(cache), "validate loads the rule compiler too: an archive of its own");
        Cli.Run second = run(launcher, cache, "validate", rules.toString());
        assertEquals(first.out(), second.out(), "the same verdict with the archive");
        assertEquals("", second.err(), "no note from the JVM on the archive");
        assertEquals(0, run(launcher, cache, "--version").exit());
        assertEquals(2, archives(cache), "other commands use the archive of evaluate");
    }

    private static long archives(Path cache) throws Exception {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (var files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).count();
        }
    }

    private static Cli.Run run(Path launcher, String... args) throws Exception {
        return run(launcher, null, args);
    }

    private static Cli.Run run(Path launcher, Path cache, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(args));
        File out = File.createTempFile("zi-out", ".txt");
        File err = File.createTempFile("zi-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("ZI_RULES_CACHE", cache == null ? "off" : cache.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the launcher finished");
        return new Cli.Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
