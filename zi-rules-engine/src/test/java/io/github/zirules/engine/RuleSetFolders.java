package io.github.zirules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** Test helper: copies the built-in rule set to a folder on disk, for edits. */
public final class RuleSetFolders {

    static final String BUILT_IN = "zirules/rulesets/permenpan-rb-90-2021/";

    private RuleSetFolders() {
    }

    /** Copies the built-in 90/2021 rule set into {@code dir} and returns {@code dir}. */
    public static Path copyBuiltIn(Path dir) throws IOException {
        Files.createDirectories(dir);
        byte[] desc = resource("ruleset.properties");
        Files.write(dir.resolve("ruleset.properties"), desc);
        Properties p = new Properties();
        p.load(new java.io.StringReader(new String(desc, StandardCharsets.UTF_8)));
        Files.write(dir.resolve("instrument.csv"), resource("instrument.csv"));
        for (String f : p.getProperty("rules").split(",")) {
            Files.write(dir.resolve(f.strip()), resource(f.strip()));
        }
        return dir;
    }

    static byte[] resource(String file) throws IOException {
        try (InputStream in = RuleSetFolders.class.getClassLoader().getResourceAsStream(BUILT_IN + file)) {
            if (in == null) {
                throw new IOException("no resource " + BUILT_IN + file);
            }
            return in.readAllBytes();
        }
    }

    /** Replaces {@code from} by {@code to} in {@code file}, failing if {@code from} is not there exactly once. */
    public static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        int i = s.indexOf(from);
        if (i < 0 || s.indexOf(from, i + 1) >= 0) {
            throw new IllegalArgumentException("'" + from + "' must occur exactly once in " + file);
        }
        Files.writeString(file, s.replace(from, to));
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }
}
