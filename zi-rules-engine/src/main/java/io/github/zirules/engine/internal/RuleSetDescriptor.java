package io.github.zirules.engine.internal;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.engine.internal.tables.RuleTables;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed {@code ruleset.properties} of a rule-set folder.
 *
 * @param id rule set id (lower case, digits and dashes)
 * @param version version text
 * @param title title
 * @param legalBasis the regulation
 * @param years year range text ({@code 2022-}, {@code 2015-2020}, {@code 2024}); null if it is no year's default
 * @param firstYear first year covered (inclusive); meaningful when {@code years} is non-null
 * @param lastYear last year covered (inclusive)
 * @param provisional whether its numbers are not all confirmed law
 * @param extendsId the parent rule set id; null if none
 * @param instrument the instrument file; null to inherit the parent's
 * @param structure the structure file ({@code structure.csv}: sections, areas, components, answer scales, required
 *     checks); null to inherit the parent's, or, for a rule set that extends none, to get the structure of the
 *     built-in PermenPAN-RB 90/2021 rule set with a warning ({@code STRUCTURE_DEFAULT})
 * @param rules the DRL files and rule tables, in order
 * @param replaces the id of a built-in rule set that this one, keeping its id, knowingly stands in for; null if none
 */
public record RuleSetDescriptor(
        String id,
        String version,
        String title,
        String legalBasis,
        String years,
        int firstYear,
        int lastYear,
        boolean provisional,
        String extendsId,
        String instrument,
        String structure,
        List<String> rules,
        String replaces) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:(-)(\\d{4})?)?");
    private static final Set<String> KEYS = Set.of("id", "version", "title", "legal-basis", "years", "provisional",
            "extends", "instrument", "structure", "rules", "replaces");

    /** Whether {@code year} is in this rule set's default range. */
    public boolean covers(int year) {
        return years != null && year >= firstYear && year <= lastYear;
    }

    /**
     * Parses a descriptor, adding every problem to {@code problems}; returns null if it cannot be used.
     *
     * @param bytes the file's bytes (UTF-8)
     * @param where the display name for messages
     */
    public static RuleSetDescriptor parse(byte[] bytes, String where, List<Problem> problems) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.error("DESCRIPTOR_SYNTAX", where, Message.of("DESCRIPTOR_SYNTAX", e.getMessage()),
                    Message.of("DESCRIPTOR_SYNTAX.expected")));
            return null;
        }
        int before = problems.size();
        for (String k : p.stringPropertyNames()) {
            if (!KEYS.contains(k)) {
                problems.add(Problem.error("DESCRIPTOR_UNKNOWN_KEY", where, Message.of("DESCRIPTOR_UNKNOWN_KEY", k),
                        Message.verbatim(String.join(", ", KEYS))));
            }
        }
        String id = required(p, "id", where, problems);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(Problem.error("DESCRIPTOR_ID", where, Message.of("DESCRIPTOR_ID", id),
                    Message.of("DESCRIPTOR_ID.expected")));
        }
        String version = required(p, "version", where, problems);
        String title = p.getProperty("title", id == null ? "" : id).strip();
        String legal = p.getProperty("legal-basis", "").strip();
        String ext = blankToNull(p.getProperty("extends"));
        String instrument = blankToNull(p.getProperty("instrument"));
        String structure = blankToNull(p.getProperty("structure"));
        if (structure != null && (!structure.endsWith(".csv") || structure.contains("/")
                || structure.contains("\\"))) {
            problems.add(Problem.error("DESCRIPTOR_STRUCTURE", where, Message.of("DESCRIPTOR_STRUCTURE", structure),
                    Message.of("DESCRIPTOR_STRUCTURE.expected")));
        }
        if (instrument == null && ext == null) {
            problems.add(Problem.error("DESCRIPTOR_MISSING", where, Message.of("DESCRIPTOR_MISSING.2"),
                    Message.of("DESCRIPTOR_MISSING.2.expected")));
        }
        String rulesText = required(p, "rules", where, problems);
        List<String> rules = rulesText == null ? List.of()
                : Arrays.stream(rulesText.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String r : rules) {
            if (!(r.endsWith(".drl") || RuleTables.isTable(r)) || r.contains("/") || r.contains("\\")) {
                problems.add(Problem.error("DESCRIPTOR_RULES", where, Message.of("DESCRIPTOR_RULES", r),
                        Message.of("DESCRIPTOR_RULES.expected")));
            }
        }
        if (rules.size() != Set.copyOf(rules).size()) {
            problems.add(Problem.error("DESCRIPTOR_RULES", where, Message.of("DESCRIPTOR_RULES.2"),
                    Message.of("DESCRIPTOR_RULES.2.expected")));
        }
        String provisionalText = p.getProperty("provisional", "false").strip();
        if (!provisionalText.equals("true") && !provisionalText.equals("false")) {
            problems.add(Problem.error("DESCRIPTOR_PROVISIONAL", where, Message.of("DESCRIPTOR_PROVISIONAL",
                    provisionalText), Message.of("DESCRIPTOR_PROVISIONAL.expected")));
        }
        String years = blankToNull(p.getProperty("years"));
        int first = 0;
        int last = 0;
        if (years != null) {
            Matcher m = YEARS.matcher(years);
            if (!m.matches()) {
                problems.add(Problem.error("DESCRIPTOR_YEARS", where, Message.of("DESCRIPTOR_YEARS", years),
                        Message.of("DESCRIPTOR_YEARS.expected")));
            } else {
                first = Integer.parseInt(m.group(1));
                last = m.group(2) == null ? first : m.group(3) == null ? Integer.MAX_VALUE
                        : Integer.parseInt(m.group(3));
                if (last < first) {
                    problems.add(Problem.error("DESCRIPTOR_YEARS", where, Message.of("DESCRIPTOR_YEARS.2"),
                            Message.of("DESCRIPTOR_YEARS.2.expected")));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleSetDescriptor(id, version, title, legal, years, first, last,
                provisionalText.equals("true"), ext, instrument, structure, rules,
                blankToNull(p.getProperty("replaces")));
    }

    private static String required(Properties p, String key, String where, List<Problem> problems) {
        String v = blankToNull(p.getProperty(key));
        if (v == null) {
            problems.add(Problem.error("DESCRIPTOR_MISSING", where, Message.of("DESCRIPTOR_MISSING.3", key),
                    Message.of("DESCRIPTOR_MISSING.3.expected", key)));
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The files this descriptor names, in hash order: descriptor, instrument (if own), structure (if own), rules. */
    public List<String> files() {
        List<String> f = new ArrayList<>();
        f.add(RuleSetSource.DESCRIPTOR);
        if (instrument != null) {
            f.add(instrument);
        }
        if (structure != null) {
            f.add(structure);
        }
        f.addAll(rules);
        return f;
    }
}
