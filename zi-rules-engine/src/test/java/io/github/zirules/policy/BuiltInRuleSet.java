package io.github.zirules.policy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helper: the built-in rule-set folder as the build put it on disk, and copies of it to edit. */
public final class BuiltInRuleSet {

    static final String ID = "permenpan-rb-90-2021";

    private BuiltInRuleSet() {
    }

    /** The built-in rule-set folder (target/classes/…). */
    static Path folder() {
        try {
            return Path.of(BuiltInRuleSet.class.getClassLoader().getResource("zirules/rulesets/" + ID
                    + "/ruleset.properties").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the built-in rule-set folder (with its tests) in {@code target}. */
    static Path copyTo(Path target) throws IOException {
        BuiltInRuleSets.copy(ID, target);
        // An edited copy that keeps the built-in's id must say it stands in for it (RULESET_ID_BUILT_IN otherwise).
        Path descriptor = target.resolve("ruleset.properties");
        Files.writeString(descriptor, Files.readString(descriptor) + "replaces = permenpan-rb-90-2021\n");
        return target;
    }

    /** The number (from 1) of the first line of {@code file} that contains {@code text}. */
    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text + " is not in " + file);
    }

    /** Replaces {@code from} by {@code to} in {@code file} of {@code dir}, failing if it is not there. */
    static void edit(Path dir, String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(from + " is not in " + p);
        }
        Files.writeString(p, text.replace(from, to));
    }

    /**
     * Rewrites the copy's answer-value table ({@code $k.answerValue( "ABCD", "B", "0.67" )}) in the old style, one rule
     * per item ({@code $butir : ScoredItem( answerType == "ABCD", answer == "B" )} … {@code $butir.setValue( "0.67" )}).
     */
    public static void valueEachItemByItsOwnRule(Path dir) throws IOException {
        Path p = dir.resolve("answer-values.drl");
        String table = Files.readString(p);
        String perItem = java.util.regex.Pattern.compile("\\$k : Scorecard\\(\\)\\nthen\\n    \\$k\\.answerValue\\("
                + " \"(\\w+)\", \"([^\"]+)\", \"([^\"]+)\" \\);").matcher(table)
                .replaceAll("\\$butir : ScoredItem( answerType == \"$1\", answer == \"$2\" )\nthen\n"
                        + "    \\$butir.setValue( \"$3\" );");
        if (perItem.contains("$k.answerValue( \"")) {
            throw new IllegalStateException("not every answer value of " + p + " is in the table's form");
        }
        Files.writeString(p, perItem);
    }
}
