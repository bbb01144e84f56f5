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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The names a report gives a result's areas, score components and checks, in its language: those of the rule set's
 * structure ({@code structure.csv}, a {@link RuleSetModel}): its instrument's, when the report is given the
 * instrument; else the built-in rule set's of the same id; else the built-in PermenPAN-RB 90/2021 structure, the one a
 * rule set without a structure file gets. A code or id the structure does not name is shown as it is. Also how a
 * report lists the components of a score tree.
 */
public final class StructureNames {

    /** The rule set whose structure a result of an unknown rule set is named by. */
    private static final String DEFAULT_RULE_SET = "permenpan-rb-90-2021";
    /** The structure file of every built-in rule set. */
    private static final String FILE = "structure.csv";
    private static final Map<String, Optional<RuleSetModel>> BUILT_IN = new ConcurrentHashMap<>();

    private final RuleSetModel model;
    private final Texts tx;

    private StructureNames(RuleSetModel model, Texts tx) {
        this.model = model;
        this.tx = tx;
    }

    /** The names for a result of rule set {@code ruleSetId} scored with {@code instrument} (or null), in {@code tx}'s. */
    static StructureNames of(String ruleSetId, @Nullable Instrument instrument, Texts tx) {
        return new StructureNames(model(ruleSetId, instrument), tx);
    }

    /** The name of component {@code id}; the id if the structure does not name it. */
    public String component(String id) {
        return model.component(id).map(c -> tx.t(c.nameId(), c.nameEn())).orElse(id);
    }

    /** The name of area {@code code}; the code if the structure does not name it. */
    public String area(String code) {
        return model.area(code).map(a -> tx.t(a.nameId(), a.nameEn())).orElse(code);
    }

    /**
     * What check {@code id} checks, as the structure's {@code check} row names it (required or a named optional
     * check); the id if the structure does not name it.
     */
    public String check(String id) {
        return model.checks().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.name(tx.language())).orElse(id);
    }

    /**
     * Walks a component tree as a report lists it, root first, each component under its parent: a component made of
     * one component alone (PPP of IPKP in 90/2021) is listed once, by that part.
     *
     * @param node the root
     * @param depth its depth (0)
     * @param parts a node's child components
     * @param out given each listed node with its depth
     */
    static <T> void listed(T node, int depth, Function<T, List<T>> parts, BiConsumer<Integer, T> out) {
        T n = node;
        while (parts.apply(n).size() == 1) {
            n = parts.apply(n).get(0);
        }
        out.accept(depth, n);
        for (T c : parts.apply(n)) {
            listed(c, depth + 1, parts, out);
        }
    }

    /** The ids of the components of {@code model}'s tree, as a report lists them (see {@link #listed}). */
    static List<String> listedComponents(RuleSetModel model) {
        List<String> ids = new ArrayList<>();
        listed(model.root(), 0, c -> model.children(c.id()), (depth, c) -> ids.add(c.id()));
        return ids;
    }

    private static RuleSetModel model(String ruleSetId, @Nullable Instrument instrument) {
        if (instrument != null && instrument.model().isPresent()) {
            return instrument.model().get();
        }
        return builtIn(ruleSetId).or(() -> builtIn(DEFAULT_RULE_SET)).orElseThrow(() -> new IllegalStateException(
                "the built-in structure file " + Catalog.BUILT_IN_ROOT + "/" + DEFAULT_RULE_SET + "/" + FILE
                        + " is missing from the class path"));
    }

    /** The built-in PermenPAN-RB 90/2021 structure, for a document with no result to take one from. */
    static RuleSetModel builtInDefault() {
        return model(DEFAULT_RULE_SET, null);
    }

    private static Optional<RuleSetModel> builtIn(String id) {
        return BUILT_IN.computeIfAbsent(id, StructureNames::read);
    }

    private static Optional<RuleSetModel> read(String id) {
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            return Optional.empty();
        }
        String name = Catalog.BUILT_IN_ROOT + "/" + id + "/" + FILE;
        ClassLoader loader = StructureNames.class.getClassLoader();
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
