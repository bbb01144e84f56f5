package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.policy.BuiltInRuleSets;
import io.github.zirules.policy.PolicyRuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: copies the built-in rule set to a folder on disk, for edits. */
public final class RuleSetFolders {

    static final String BUILT_IN = "zirules/rulesets/permenpan-rb-90-2021/";

    private RuleSetFolders() {
    }

    /**
     * Copies the built-in 90/2021 rule set into {@code dir} without its scenario tests (the tests edit the rules, and
     * a reload would run the scenarios and refuse the edit) and returns {@code dir}.
     */
    public static Path copyBuiltIn(Path dir) throws IOException {
        BuiltInRuleSets.copy("permenpan-rb-90-2021", dir);
        // An edited copy that keeps the built-in's id must say it stands in for it (RULESET_ID_BUILT_IN otherwise).
        Path descriptor = dir.resolve("ruleset.properties");
        Files.writeString(descriptor, Files.readString(descriptor) + "replaces = permenpan-rb-90-2021\n");
        try (Stream<Path> tests = Files.walk(dir.resolve(PolicyRuleSet.TESTS))) {
            for (Path p : tests.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        return dir;
    }

    /**
     * Adds to the copy in {@code dir} a rule in {@code thresholds-wbk.drl} that reads TOTAL in the aggregation phase,
     * at the salience of the rule in {@code aggregation.drl} that computes it: it works only because aggregation.drl
     * is listed first (the file-order check refuses it). Returns {@code dir}.
     */
    public static Path plantFileOrderDependentRule(Path dir) throws IOException {
        Path file = dir.resolve("thresholds-wbk.drl");
        Files.writeString(file, Files.readString(file) + "\nrule \"WBK: total sementara paling sedikit 75\"\n"
                + "    ruleflow-group \"agregasi\"\n    salience 0\nwhen\n    $k : Scorecard( target == \"WBK\" )\n"
                + "then\n    $k.minimum( \"TOTAL_SEMENTARA\", $k.get( \"TOTAL\" ), \"75\" );\nend\n");
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

    /** The 1-based line of the first line of {@code file} containing {@code text}. */
    public static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not in " + file);
    }

    /** The problems of the refusal of the rule-set folder {@code dir}, failing if it loads. */
    public static List<Problem> refused(Path dir) {
        return assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(dir)).problems();
    }

    /** The one problem with {@code code} among {@code ps}, failing if there is none or more than one. */
    public static Problem only(List<Problem> ps, String code) {
        List<Problem> found = ps.stream().filter(p -> p.code().equals(code)).toList();
        assertEquals(1, found.size(), ps::toString);
        return found.get(0);
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }
}
