package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Evaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The engine's implementation stays behind its door: the planner, the property kit, the reports, the policy tools,
 * the CLI and the examples reach it through the {@code Engine} SPI of the API and the package
 * {@code io.github.zirules.engine}, never through {@code io.github.zirules.engine.internal}, and never by asking which
 * class an evaluator is. Read from the main sources of every module (tests may look inside).
 */
class EngineBoundaryTest {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    /** The main Java sources of every module of the build. */
    private static List<Path> mainSources() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.isRegularFile(root.resolve("pom.xml")) && Files.isDirectory(root.resolve("zi-rules-api")),
                "run from the engine module of the build: " + root);
        try (Stream<Path> files = Files.walk(root)) {
            // module-info.java is no package's code: it names the engine's provider class, as it must.
            List<Path> out = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.java"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/")).sorted().toList();
            assertTrue(out.size() > 100, "found only " + out.size() + " sources under " + root);
            return out;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean insideTheEngine(String source) {
        Matcher m = PACKAGE.matcher(source);
        String pkg = m.find() ? m.group(1) : "";
        return pkg.equals("io.github.zirules.engine") || pkg.startsWith("io.github.zirules.engine.");
    }

    @Test
    void noPackageOutsideTheEngineImportsTheEngineInternals() throws IOException {
        List<Path> offenders = mainSources().stream().filter(p -> {
            String s = read(p);
            return !insideTheEngine(s) && s.contains("io.github.zirules.engine.internal");
        }).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void theEngineRunsAsANamedModuleExportingOnlyItsPublicPackages() {
        Module engine = EngineBoundaryTest.class.getModule();
        assertTrue(engine.isNamed(), "the tests run on the module path");
        assertEquals("io.github.zirules.engine", engine.getName());
        assertEquals(Set.of("io.github.zirules.compare", "io.github.zirules.json", "io.github.zirules.planner",
                "io.github.zirules.policy", "io.github.zirules.report", "io.github.zirules.rules",
                "io.github.zirules.testkit"), engine.getDescriptor().exports().stream()
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(engine.getDescriptor().exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    }

    @Test
    void everyExportedPackageOfTheApiAndTheEngineIsNullMarked() {
        List<String> unmarked = new ArrayList<>();
        for (Module m : List.of(Evaluator.class.getModule(), EngineBoundaryTest.class.getModule())) {
            for (ModuleDescriptor.Exports e : m.getDescriptor().exports()) {
                Class<?> info = Class.forName(m, e.source() + ".package-info");
                if (!e.isQualified() && (info == null || !info.isAnnotationPresent(NullMarked.class))) {
                    unmarked.add(e.source());
                }
            }
        }
        assertEquals(List.of(), unmarked, "a package-info.java with @NullMarked in each of them");
    }

    @Test
    void noToolAsksWhichEvaluatorItHasOrCastsToTheEnginesOwn() throws IOException {
        // ReloadingEvaluator too: a status page reads Evaluator.reloadStatus(), it does not ask which evaluator it has.
        String engines = "(DroolsEvaluator|Engine|ReloadingEvaluator)";
        Pattern asks = Pattern.compile("instanceof\\s+" + engines + "\\b|\\(" + engines + "\\)\\s*\\w");
        List<Path> offenders = mainSources().stream().filter(p -> asks.matcher(read(p)).find()).toList();
        assertEquals(List.of(), offenders);
    }
}
