package io.github.zirules.report.internal;

import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.engine.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The structure a report names a result's areas, components and checks by ({@code structure.csv}, a
 * {@link RuleSetModel}): its instrument's, when the report is given the instrument; else the built-in rule set's of
 * the same id; else the built-in PermenPAN-RB 90/2021 structure, the one a rule set without a structure file gets. A
 * code or id the structure does not name is shown as it is.
 */
final class ReportModels {

    /** The rule set whose structure a result of an unknown rule set is named by. */
    private static final String DEFAULT_RULE_SET = "permenpan-rb-90-2021";
    /** The structure file of every built-in rule set. */
    private static final String FILE = "structure.csv";
    private static final Map<String, Optional<RuleSetModel>> BUILT_IN = new ConcurrentHashMap<>();

    private ReportModels() {
    }

    /** The structure for a result of rule set {@code ruleSetId}, scored with {@code instrument} (or null). */
    static RuleSetModel of(String ruleSetId, @Nullable Instrument instrument) {
        if (instrument != null && instrument.model().isPresent()) {
            return instrument.model().get();
        }
        return builtIn(ruleSetId).or(() -> builtIn(DEFAULT_RULE_SET)).orElseThrow(() -> new IllegalStateException(
                "the built-in structure file " + Catalog.BUILT_IN_ROOT + "/" + DEFAULT_RULE_SET + "/" + FILE
                        + " is missing from the class path"));
    }

    /** The built-in PermenPAN-RB 90/2021 structure, for a document with no result to take one from. */
    static RuleSetModel builtInDefault() {
        return of(DEFAULT_RULE_SET, null);
    }

    private static Optional<RuleSetModel> builtIn(String id) {
        return BUILT_IN.computeIfAbsent(id, ReportModels::read);
    }

    private static Optional<RuleSetModel> read(String id) {
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            return Optional.empty();
        }
        String name = Catalog.BUILT_IN_ROOT + "/" + id + "/" + FILE;
        ClassLoader loader = ReportModels.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Optional.of(RuleSetModel.readCsv(r, name));
            }
        } catch (InvalidInputException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name + " from the class path failed", e);
        }
    }
}
