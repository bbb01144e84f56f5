package io.github.zirules.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The machine-written sections of {@code docs/reliability.md}. Each reliability test class publishes its findings as
 * one Markdown section, made only from what it measured in this run. A section is always written to
 * {@code target/reliability/<name>.md}; then:
 *
 * <ul>
 *   <li>with {@code -Dzirules.updateDocs=true} it replaces the text between the section's markers in the doc;</li>
 *   <li>otherwise a <em>checked</em> section must equal the doc's text, or the test fails saying how to regenerate;
 *       a <em>measured</em> section (times, which differ from run to run) is never compared.</li>
 * </ul>
 */
final class ReliabilityDoc {

    /** The command that regenerates the doc, for failure messages and the doc itself. */
    static final String REGENERATE = "mvn -pl zi-rules-engine -am verify -Dzirules.updateDocs=true";

    private ReliabilityDoc() {
    }

    static boolean updating() {
        return Boolean.getBoolean("zirules.updateDocs");
    }

    /** Whether the long runs (the full 100,000 concurrent evaluations) were asked for. */
    static boolean full() {
        return Boolean.getBoolean("zirules.reliability.full");
    }

    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    static Path docFile() {
        return moduleDir().getParent().resolve("docs").resolve("reliability.md");
    }

    static String begin(String name) {
        return "<!-- BEGIN GENERATED " + name + " -->\n";
    }

    static String end(String name) {
        return "<!-- END GENERATED " + name + " -->";
    }

    /** Publishes a section whose text must match the doc (counts and outcomes: the same in every run). */
    static void checked(String name, String markdown) {
        publish(name, markdown, true);
    }

    /** Publishes a section of measurements (times); written, and put in the doc only when updating. */
    static void measured(String name, String markdown) {
        publish(name, markdown, false);
    }

    /**
     * Replaces one section of the doc. Test classes run in two JVMs at once (surefire's forkCount), so the doc is
     * read and rewritten under a file lock: otherwise one JVM's section could overwrite another's.
     */
    private static void update(Path doc, String name, String body) throws IOException {
        Path lock = moduleDir().resolve("target").resolve("reliability").resolve("doc.lock");
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = ch.lock();
            String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
            int from = text.indexOf(begin(name));
            int to = text.indexOf(end(name));
            String updated = from < 0 || to < from
                    ? text + "\n" + begin(name) + body + end(name) + "\n"
                    : text.substring(0, from + begin(name).length()) + body + text.substring(to);
            Files.writeString(doc, updated, StandardCharsets.UTF_8);
            held.release();
        }
    }

    private static synchronized void publish(String name, String markdown, boolean checked) {
        String body = markdown.endsWith("\n") ? markdown : markdown + "\n";
        try {
            Path out = moduleDir().resolve("target").resolve("reliability").resolve(name + ".md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, body, StandardCharsets.UTF_8);
            Path doc = docFile();
            String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
            int from = text.indexOf(begin(name));
            int to = text.indexOf(end(name));
            if (updating()) {
                update(doc, name, body);
                return;
            }
            if (!checked) {
                return;
            }
            if (from < 0 || to < from) {
                fail("docs/reliability.md has no generated section '" + name + "'. Regenerate it with: "
                        + REGENERATE + " (what this run found is in " + out + ")");
            }
            String inDoc = text.substring(from + begin(name).length(), to);
            if (!inDoc.equals(body)) {
                fail("docs/reliability.md, section '" + name + "', does not match what the tests found in this run. "
                        + "Regenerate it with: " + REGENERATE + " and review the diff (this run's section is in "
                        + out + ").\n--- doc ---\n" + inDoc + "--- this run ---\n" + body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reliability section " + name, e);
        }
    }

    /** A Markdown table cell: no line breaks, pipes escaped. */
    static String cell(String s) {
        return s == null ? "" : s.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }
}
