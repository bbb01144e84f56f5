package io.github.zirules.engine;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.spi.Engine;
import io.github.zirules.engine.internal.CompilerWarmUp;
import io.github.zirules.engine.internal.DroolsEvaluator;
import io.github.zirules.engine.internal.RuleSetCatalog;
import io.github.zirules.engine.internal.RuleSetCompiler;
import io.github.zirules.engine.internal.RuleSetFiles;
import io.github.zirules.engine.internal.RuleSetSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule sets loaded and compiled, for the library's own tools that work with rule-set folders (the policy tools, the
 * property kit, the reports): the one door to the engine's implementation outside this package, so that no other
 * package reaches into {@code io.github.zirules.engine.internal}. Not a user API: users call
 * {@code ZiRules.evaluator(options)}; the module descriptor does not export this package. Nothing from Drools appears
 * here.
 */
public final class Catalog {

    /** The descriptor file that makes a folder a rule-set folder. */
    public static final String DESCRIPTOR = RuleSetSource.DESCRIPTOR;
    /** Where the built-in rule sets live on the class path. */
    public static final String BUILT_IN_ROOT = RuleSetCatalog.BUILT_IN_ROOT;
    /** The most files a rule-set folder (or its {@code tests/} folder) is read with. */
    public static final int MAX_FILES = RuleSetFiles.MAX_FILES;

    private final RuleSetCatalog catalog;

    private Catalog(RuleSetCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Loads and compiles the rule sets under {@code directories} (each a rule-set folder or a folder of them), and
     * the built-in ones when {@code includeBuiltIn}, together, so that they may extend one another.
     *
     * @throws InvalidRuleSetException with every problem of every rule set that does not load
     */
    public static Catalog load(List<Path> directories, boolean includeBuiltIn) {
        return new Catalog(RuleSetCatalog.load(directories, includeBuiltIn));
    }

    /**
     * The rule sets under {@code directories} as {@code validate} loads them: compiled, checked, and each one's
     * {@link LoadedRuleSet#fileOrderProblems() file-order check} made while it loads (cheaper than afterwards); the
     * built-in rule sets only as their parents, not compiled on their own.
     *
     * @throws InvalidRuleSetException with every problem of every rule set that does not load
     */
    public static Catalog forValidation(List<Path> directories) {
        return new Catalog(RuleSetCatalog.forValidation(directories));
    }

    /**
     * Gets the DRL compiler ready on a daemon thread and returns at once (once per JVM), for a folder about to be
     * compiled; loading a folder on disk starts it anyway, later.
     */
    public static void prepareCompiler() {
        CompilerWarmUp.start();
    }

    /**
     * Compiles the rule set in folder {@code dir}; a rule set it extends is looked up under {@code parentDirs} (rule-set
     * folders or folders of them), then among the built-in ones.
     *
     * @throws InvalidRuleSetException with every problem, each with its file:line
     */
    public static LoadedRuleSet compileFolder(Path dir, List<Path> parentDirs) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(dir.resolve(DESCRIPTOR))) {
            problems.add(Problem.error("RULESET_DIR_MISSING", dir.toString(), Message.of("RULESET_DIR_MISSING",
                    DESCRIPTOR), Message.of("RULESET_DIR_MISSING.expected", DESCRIPTOR)));
            throw new InvalidRuleSetException(dir.toString(), problems);
        }
        Map<String, RuleSetSource> others = new LinkedHashMap<>();
        RuleSetCatalog.diskFolders(parentDirs, problems).forEach((id, d) -> others.put(id,
                RuleSetSource.directory(d)));
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(parentDirs.toString(), problems);
        }
        return new LoadedRuleSet(RuleSetCatalog.compileFolder(dir, others));
    }

    /** The ids listed in the built-in rule sets' {@code INDEX} on {@code loader}; none if there is no index. */
    public static List<String> builtInIds(ClassLoader loader) {
        return RuleSetCatalog.builtInIds(loader);
    }

    /** The SHA-256 of the built-in rule set with this id; null if there is none. */
    public static String builtInHash(String id) {
        return RuleSetCompiler.builtInHash(id);
    }

    /**
     * The bytes of {@code file}, a regular file inside {@code folder} of at most the size a rule-set file may have.
     *
     * @throws IOException if it cannot be read, is no regular file, lies outside the folder or is too large
     */
    public static byte[] readFile(Path file, Path folder) throws IOException {
        return RuleSetFiles.read(file, folder);
    }

    /** Why {@code e} stopped a read, in words for a problem message. */
    public static String describe(IOException e) {
        return RuleSetFiles.describe(e);
    }

    /** The folder on disk of each rule set loaded from disk, by id (built-in rule sets are not in it). */
    public Map<String, Path> folders() {
        return catalog.folders();
    }

    /**
     * The rule set with this id.
     *
     * @throws io.github.zirules.api.UnknownRuleSetException if there is none
     */
    public LoadedRuleSet ruleSet(String id) {
        return new LoadedRuleSet(catalog.get(id), catalog.fileOrderProblems(id));
    }

    /** An engine over every rule set of this catalogue, with a fire limit and a time limit per evaluation. */
    public Engine engine(int fireLimit, Duration timeout) {
        return new DroolsEvaluator(catalog, fireLimit, timeout);
    }
}
