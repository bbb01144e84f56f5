package io.github.zirules.engine.internal;

import io.github.zirules.api.AnswerType;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Item;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.AnswerKind;
import io.github.zirules.api.RuleSetModel.AnswerScale;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule set's structure file ({@code structure.csv}, a {@link RuleSetModel}) and checks the instrument against
 * it at load: every section, area and answer scale an item names is declared, and every indicator a component is
 * made of is in the instrument. Until the library reads answers by the model alone, a declared answer scale with the
 * code of a built-in {@link AnswerType} must say what that type is.
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
     * Adds a problem for each code the instrument uses but the model lacks, at the item's row of the instrument, and
     * for each component or answer scale of the model the instrument or this version cannot serve, at its row of the
     * structure file.
     */
    static void instrument(Instrument instrument, RuleSetModel model, Function<String, String> items,
                           Function<String, String> structure, List<Problem> problems) {
        Set<String> reported = new HashSet<>();
        for (Item it : instrument.items()) {
            String section = it.section().code();
            if (model.section(section).isEmpty() && reported.add("s " + section)) {
                problems.add(unknown("STRUCTURE_UNKNOWN_SECTION", items, it, section,
                        model.sections().stream().map(RuleSetModel.SectionDef::code).toList()));
            }
            String area = it.area() == null ? null : it.area().name();
            if (area != null && model.area(area).isEmpty() && reported.add("a " + area)) {
                problems.add(unknown("STRUCTURE_UNKNOWN_AREA", items, it, area,
                        model.areas().stream().map(RuleSetModel.AreaDef::code).toList()));
            }
            String scale = it.answerType().name();
            if (model.answerScale(scale).isEmpty() && reported.add("t " + scale)) {
                problems.add(unknown("STRUCTURE_UNKNOWN_SCALE", items, it, scale,
                        model.answerScales().stream().map(AnswerScale::code).toList()));
            }
        }
        for (Component c : model.components()) {
            if (c.basis() == Basis.INDICATOR && instrument.indicators().stream()
                    .noneMatch(i -> i.id().equals(c.basisId()))) {
                problems.add(Problem.error("STRUCTURE_UNKNOWN_INDICATOR", structure.apply("component " + c.id()),
                        Message.of("STRUCTURE_UNKNOWN_INDICATOR", c.id(), c.basisId()), null));
            }
        }
        for (AnswerScale s : model.answerScales()) {
            AnswerType fixed = Arrays.stream(AnswerType.values()).filter(t -> t.name().equals(s.code()))
                    .findFirst().orElse(null);
            if (fixed != null && (kind(fixed) != s.kind() || !fixed.labels().equals(s.labels()))) {
                problems.add(Problem.error("STRUCTURE_SCALE_FIXED", structure.apply("scale " + s.code()),
                        Message.of("STRUCTURE_SCALE_FIXED", s.code(), describe(kind(fixed), fixed.labels()), describe(s.kind(), s.labels())),
                        Message.of("STRUCTURE_SCALE_FIXED.expected", describe(kind(fixed), fixed.labels()))));
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

    private static Problem unknown(String code, Function<String, String> items, Item it, String value,
                                   List<String> known) {
        return Problem.error(code, items.apply(it.id().value()), Message.of(code, it.id(), value), Message.verbatim(String.join(", ",
                known)));
    }

    private static AnswerKind kind(AnswerType t) {
        return switch (t) {
            case PCT -> AnswerKind.RATIO;
            case DEC -> AnswerKind.DECREASE;
            case IDX4 -> AnswerKind.INDEX;
            default -> AnswerKind.CHOICE;
        };
    }

    /** A scale as the structure file writes it: {@code choice: A > B > C}, {@code ratio} … */
    private static String describe(AnswerKind kind, List<String> labels) {
        String k = kind.name().toLowerCase(Locale.ROOT);
        return labels.isEmpty() ? k : k + ": " + String.join(" > ", labels);
    }
}
