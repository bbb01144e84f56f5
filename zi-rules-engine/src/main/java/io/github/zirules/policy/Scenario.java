package io.github.zirules.policy;

import io.github.zirules.api.Assessment;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One case of a scenario file (<i>kasus uji</i>): an assessment and what the rule set must make of it. Every
 * expectation is optional; a case has at least one.
 *
 * @param file the scenario file, as named in messages
 * @param line the line of the case in its file
 * @param name the case's name, unique in its file
 * @param assessment the assessment the case scores
 * @param scores expected reported scores, by score name ({@code TOTAL}, {@code MP}, {@code PEM.MP},
 *     {@code PEM.MP.1} …), in column order
 * @param eligible the expected verdict; null if not checked
 * @param failedChecks the check ids expected to fail, exactly; null if not checked
 * @param warnings the warning codes expected, exactly; null if not checked
 * @param note the case's note (how its expected values were derived); may be empty
 */
public record Scenario(String file, int line, String name, Assessment assessment, Map<String, BigDecimal> scores,
                       @Nullable Boolean eligible, @Nullable Set<String> failedChecks,
                       @Nullable Set<String> warnings, String note) {

    /** Refuses nulls where required and copies the collections. */
    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assessment, "assessment");
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        failedChecks = failedChecks == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(failedChecks));
        warnings = warnings == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(warnings));
        note = note == null ? "" : note;
    }

    /** {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }
}
