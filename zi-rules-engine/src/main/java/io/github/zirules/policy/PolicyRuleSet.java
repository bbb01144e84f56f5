package io.github.zirules.policy;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.engine.Catalog;
import io.github.zirules.engine.LoadedRuleSet;
import io.github.zirules.rules.RuleRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A rule set loaded from its folder for policy work (<i>aturan untuk staf kebijakan</i>): compiled, linted and
 * verified exactly as an evaluator loads it, with what the checks found that does not refuse it (such as the parent
 * rules an extending rule set overrides), its rules, and its {@code tests/} folder of scenario files.
 *
 * <p>The scenario files are not part of the rule set's identity: they are not listed in {@code ruleset.properties}
 * and not hashed, so adding a test never changes the hash that results carry.
 */
public final class PolicyRuleSet {

    /** The name of the scenario folder inside a rule-set folder. */
    public static final String TESTS = "tests";

    private final @Nullable Path directory;
    private final LoadedRuleSet compiled;

    PolicyRuleSet(@Nullable Path directory, LoadedRuleSet compiled) {
        this.directory = directory;
        this.compiled = Objects.requireNonNull(compiled, "compiled");
    }

    /**
     * Gets the DRL compiler ready on a daemon thread and returns at once, for a program that will soon {@link #load}
     * or {@link #validateAll} a folder: the first compile in a JVM then finds the classes of the parser and the
     * compilers loaded. Loading a folder starts it anyway, later; calling this first (as {@code zi-rules validate}
     * does before it reads its command line) gives it a head start. Once per JVM; nothing it does changes a result.
     */
    public static void prepareCompiler() {
        Catalog.prepareCompiler();
    }

    /** Loads the rule set in {@code dir}; the rule sets it extends are looked up among the built-in ones. */
    public static PolicyRuleSet load(Path dir) {
        return load(dir, List.of());
    }

    /**
     * Loads the rule set in {@code dir}.
     *
     * @param parentDirs folders (or folders of folders) where the rule sets it extends may be, besides the built-in
     * @throws InvalidRuleSetException with every problem, each with its file:line
     */
    public static PolicyRuleSet load(Path dir, List<Path> parentDirs) {
        return new PolicyRuleSet(dir, Catalog.compileFolder(dir, parentDirs));
    }

    /**
     * Loads every rule set under {@code dirs} (each a rule-set folder or a folder of them) as an evaluator would,
     * together, so that they may extend one another. In a folder of rule-set folders, hidden ones ({@code .name}) are
     * skipped, such as a copy still being written.
     *
     * @throws InvalidRuleSetException with every problem of every rule set that does not load
     */
    public static List<PolicyRuleSet> loadAll(List<Path> dirs) {
        return of(Catalog.load(dirs, true));
    }

    /**
     * Loads every rule set under {@code dirs} as {@code validate} does: as {@link #loadAll(List)}, with each one's
     * {@link #fileOrderProblems()} found while it loads (cheaper than asking afterwards), and the built-in rule sets
     * there only as the parents they may extend, not compiled on their own.
     *
     * @throws InvalidRuleSetException with every problem of every rule set that does not load
     */
    public static List<PolicyRuleSet> validateAll(List<Path> dirs) {
        return of(Catalog.forValidation(dirs));
    }

    private static List<PolicyRuleSet> of(Catalog catalog) {
        List<PolicyRuleSet> out = new ArrayList<>();
        catalog.folders().forEach((id, d) -> out.add(new PolicyRuleSet(d, catalog.ruleSet(id))));
        out.sort(Comparator.comparing(r -> r.info().id()));
        return out;
    }

    /** The rule set's identity: id, version, hash, legal basis. */
    public RuleSetInfo info() {
        return compiled.info();
    }

    /** What the load-time checks found that does not refuse the rule set, e.g. the parent rules it overrides. */
    public List<Problem> warnings() {
        return compiled.warnings();
    }

    /** Every rule of the rule set and its parents, by file in load order, then by line. */
    public List<RuleRef> rules() {
        return compiled.rules();
    }

    /** The DRL files of the rule set and its parents, in load order. */
    public List<String> files() {
        return compiled.files();
    }

    /** The rule-set folder (null for a built-in rule set on the class path). */
    public @Nullable Path directory() {
        return directory;
    }

    /** The scenario folder, {@code tests/} in the rule-set folder (it may not exist). */
    public @Nullable Path testsDirectory() {
        return directory == null ? null : directory.resolve(TESTS);
    }

    /**
     * Scores {@code assessment} with this rule set, whatever rule set the assessment names.
     *
     * @param observer told of every rule that fires (for coverage); may be null
     */
    public Result evaluate(Assessment assessment, @Nullable Consumer<RuleRef> observer) {
        return compiled.evaluate(assessment, observer);
    }

    /** The rule set's instrument. */
    Instrument instrument() {
        return compiled.instrument();
    }

    /** The first year of the descriptor's {@code years}. */
    int firstYear() {
        return compiled.firstYear();
    }

    /**
     * The problems only another file order shows ({@code LINT_ORDER_DEPENDENT}): the rule set probed with its rule
     * files as written and loaded last file first. A dozen evaluations, so {@code validate} asks for it (best while
     * loading, {@link #validateAll(List)}); loading a rule set does not.
     */
    public List<Problem> fileOrderProblems() {
        return compiled.fileOrderProblems();
    }

    /** The loaded rule set, for the scenario tools. */
    LoadedRuleSet loaded() {
        return compiled;
    }
}
