package io.github.zirules.engine.internal;

import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.Basis;
import io.github.zirules.api.RuleSetModel.Component;
import io.github.zirules.api.internal.CsvTable;
import io.github.zirules.api.internal.Suggestions;
import io.github.zirules.engine.internal.lint.RuleSetLint;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule set's structure file ({@code structure.csv}, a {@link RuleSetModel}) and checks the instrument against
 * it at load: every indicator a component is made of is in the instrument (the instrument's own codes are checked
 * against the structure as it is read).
 */
final class StructureChecks {

    /** The rule set whose structure a rule set that declares none gets, with a warning. */
    static final String DEFAULT_RULE_SET = "permenpan-rb-90-2021";
    /** The structure file of the built-in rule sets. */
    static final String DEFAULT_FILE = "structure.csv";

    private static volatile RuleSetModel builtIn;

    private StructureChecks() {
    }

    /** The model in {@code text}; null, with every problem added, if it cannot be read. */
    static RuleSetModel read(String text, String where, List<Problem> problems) {
        try {
            return RuleSetModel.readCsv(new StringReader(text), where);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The structure of the built-in PermenPAN-RB 90/2021 rule set, for a rule set that declares none (with a
     * {@code STRUCTURE_DEFAULT} warning at {@code where}); read once, from the class path.
     */
    static RuleSetModel builtInDefault(String where, List<Problem> warnings) {
        warnings.add(Problem.warning("STRUCTURE_DEFAULT", where, Message.of("STRUCTURE_DEFAULT")));
        RuleSetModel m = builtIn;
        if (m == null) {
            ClassLoader loader = StructureChecks.class.getClassLoader();
            RuleSetSource src = RuleSetSource.classpath(RuleSetCatalog.BUILT_IN_ROOT + "/" + DEFAULT_RULE_SET, loader);
            List<Problem> problems = new ArrayList<>();
            try {
                m = read(new String(src.read(DEFAULT_FILE), StandardCharsets.UTF_8), src.displayName(DEFAULT_FILE),
                        problems);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (m == null) {
                throw new IllegalStateException("the built-in structure file cannot be read: " + problems);
            }
            builtIn = m;
        }
        return m;
    }

    /**
     * Where each row of a CSV file is, {@code file:line}, by its first {@code keyCells} cells joined with a space
     * ({@code PEM.MP.1.a}, {@code component IPAK}); a key it does not have is named by the file alone.
     */
    static Function<String, String> rows(String text, String file, int keyCells) {
        Map<String, String> at = new HashMap<>();
        if (text != null) {
            for (CsvTable.Row r : CsvTable.parse(text, file, new ArrayList<>()).rows()) {
                List<String> key = r.cells().subList(0, Math.min(keyCells, r.cells().size()));
                at.putIfAbsent(String.join(" ", key), file + ":" + r.line());
            }
        }
        return key -> at.getOrDefault(key, file);
    }

    /**
     * Adds a problem for each component of the model the instrument cannot serve (made of an indicator it does not
     * have), at its row of the structure file. The codes of the items are checked as the instrument is read
     * ({@link Instrument#readCsv(java.io.Reader, String, RuleSetModel)}).
     */
    static void instrument(Instrument instrument, RuleSetModel model, Function<String, String> structure,
                           List<Problem> problems) {
        for (Component c : model.components()) {
            if (c.basis() == Basis.INDICATOR && instrument.indicators().stream()
                    .noneMatch(i -> i.id().equals(c.basisId()))) {
                problems.add(Problem.error("STRUCTURE_UNKNOWN_INDICATOR", structure.apply("component " + c.id()),
                        Message.of("STRUCTURE_UNKNOWN_INDICATOR", c.id(), c.basisId()), null));
            }
        }
    }

    /** A score component a rule file names by a literal: {@code $k.set( "BBA", … )}, {@code get}, {@code weight} … */
    private static final Pattern COMPONENT_NAME = Pattern.compile(
            "\\.\\s*(?:set|get|weight|weightOf)\\s*\\(\\s*\"([^\"]*)\"");

    /**
     * Adds a problem at {@code file:line} for every score component a rule file names by a literal
     * ({@code $k.set( "PPP", … )}) that the structure does not declare: found in the text, so a rule whose conditions
     * no probe meets is caught as well. Comments are skipped.
     */
    static void componentNames(List<RuleSetLint.DrlFile> files, RuleSetModel model, String structureFile,
                               List<Problem> problems) {
        List<String> declared = model.componentIds();
        for (RuleSetLint.DrlFile f : files) {
            String[] lines = f.text().split("\n", -1);
            boolean inBlock = false;
            for (int i = 0; i < lines.length; i++) {
                String code = lines[i];
                if (inBlock) {
                    int end = code.indexOf("*/");
                    if (end < 0) {
                        continue;
                    }
                    code = code.substring(end + 2);
                    inBlock = false;
                }
                int open = code.indexOf("/*");
                if (open >= 0 && code.indexOf("*/", open) < 0) {
                    code = code.substring(0, open);
                    inBlock = true;
                }
                int comment = code.indexOf("//");
                code = comment < 0 ? code : code.substring(0, comment);
                Matcher m = COMPONENT_NAME.matcher(code);
                while (m.find()) {
                    String id = m.group(1);
                    if (!declared.contains(id)) {
                        String close = Suggestions.closest(id, declared);
                        problems.add(Problem.error("STRUCTURE_UNDECLARED", f.file() + ":" + (i + 1),
                                Message.of("STRUCTURE_UNDECLARED", id, structureFile, close == null ? ""
                                        : Message.of("lint.did-you-mean", close)),
                                Message.verbatim(String.join(", ", declared))));
                    }
                }
            }
        }
    }
}
