package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
            List<Path> out = files.filter(p -> p.toString().endsWith(".java"))
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
    void noToolAsksWhichEvaluatorItHasOrCastsToTheEnginesOwn() throws IOException {
        Pattern asks = Pattern.compile("instanceof\\s+(DroolsEvaluator|Engine)\\b|\\((DroolsEvaluator|Engine)\\)\\s*\\w");
        List<Path> offenders = mainSources().stream().filter(p -> asks.matcher(read(p)).find()).toList();
        assertEquals(List.of(), offenders);
    }
}
