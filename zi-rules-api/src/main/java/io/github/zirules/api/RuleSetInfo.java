package io.github.zirules.api;

import java.util.List;
import java.util.Objects;

/**
 * What a rule set is, as recorded in every result so that a score can be traced to the exact rules that made it.
 *
 * @param id the rule set id, e.g. {@code permenpan-rb-90-2021}
 * @param version its version, e.g. {@code 2021.1}
 * @param sha256 SHA-256 over the rule set's files in a defined order (see docs), lower-case hex
 * @param title its title
 * @param legalBasis the regulation it encodes
 * @param years the assessment years it is the default for, e.g. {@code 2022-}
 * @param provisional whether it is marked provisional (its numbers are not all confirmed law)
 * @param parents the ids of the rule sets it extends, nearest first; empty if none
 */
public record RuleSetInfo(
        String id,
        String version,
        String sha256,
        String title,
        String legalBasis,
        String years,
        boolean provisional,
        List<String> parents) {

    /** Refuses a null id, version or hash; copies the parents. */
    public RuleSetInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        parents = parents == null ? List.of() : List.copyOf(parents);
    }
}
