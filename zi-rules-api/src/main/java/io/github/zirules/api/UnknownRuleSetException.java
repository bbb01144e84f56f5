package io.github.zirules.api;

/**
 * Thrown when an assessment or a call names a rule set that the evaluator's catalogue does not have, or no rule set is
 * the default for a year; {@link #knownRuleSetIds()} lists the ids there are.
 */
public class UnknownRuleSetException extends ZiRulesException {

    private static final long serialVersionUID = 1L;

    /** An exception naming the unknown id and the known ones. */
    public UnknownRuleSetException(String id, java.util.Collection<String> known) {
        super("unknown rule set '" + id + "' (aturan tidak dikenal); known: " + String.join(", ", known), null, id,
                java.util.List.copyOf(known), null);
    }

    private UnknownRuleSetException(String message, java.util.List<String> known) {
        super(message, null, null, known, null);
    }

    /**
     * No rule set is the default for {@code year}: the message says so in plain words, with the rule sets there are
     * and the years each covers (e.g. {@code permenpan-rb-90-2021 (2022-)}), and how to choose one.
     */
    public static UnknownRuleSetException noDefaultForYear(int year, java.util.Collection<String> knownWithYears) {
        return new UnknownRuleSetException("no rule set covers the year " + year + " (tidak ada aturan untuk tahun "
                + year + "); rule sets and their years: " + String.join(", ", knownWithYears)
                + "; choose one by id (\"ruleset\" in the assessment, --ruleset on the command line)",
                knownWithYears.stream().map(k -> k.split(" ", 2)[0]).toList());
    }
}
