package io.github.zirules.engine.internal;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.UnknownRuleSetException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rule sets an evaluator knows: the built-in ones on the class path and folders on disk, each compiled once.
 * A folder on disk with the same id as a built-in replaces it. Immutable once built.
 */
public final class RuleSetCatalog {

    /** Where the built-in rule sets live on the class path. */
    public static final String BUILT_IN_ROOT = "zirules/rulesets";

    private final Map<String, CompiledRuleSet> byId;
    private final Map<String, Path> folders;
    private final Map<String, List<Problem>> fileOrderProblems;

    private RuleSetCatalog(Map<String, CompiledRuleSet> byId, Map<String, Path> folders,
                           Map<String, List<Problem>> fileOrderProblems) {
        this.byId = byId;
        this.folders = folders;
        this.fileOrderProblems = fileOrderProblems;
    }

    /** A catalogue of one rule set, compiled already (not from a folder the catalogue knows). */
    public static RuleSetCatalog of(CompiledRuleSet rs) {
        return new RuleSetCatalog(Map.of(rs.info().id(), rs), Map.of(), Map.of());
    }

    /**
     * Loads and compiles the catalog.
     *
     * @param directories rule-set folders, or folders of rule-set folders
     * @throws InvalidRuleSetException with every problem of every rule set that does not load
     */
    public static RuleSetCatalog load(List<Path> directories, boolean includeBuiltIn) {
        return load(directories, includeBuiltIn, includeBuiltIn, false);
    }

    /**
     * The rule sets in folders under {@code directories}, compiled and checked as {@code validate} checks them: each
     * one's file-order check ({@link FileOrderCheck#checkInPlace}) runs as soon as it is compiled, before anything
     * else can evaluate it, so no copy of its rules is needed ({@link #fileOrderProblems}). The built-in rule sets
     * are there only as parents, not compiled on their own: nothing evaluates with them here, and a folder that
     * extends one compiles the parent's files with its own.
     *
     * @param directories rule-set folders, or folders of rule-set folders
     * @throws InvalidRuleSetException with every problem of every rule set that does not load
     */
    public static RuleSetCatalog forValidation(List<Path> directories) {
        return load(directories, true, false, true);
    }

    private static RuleSetCatalog load(List<Path> directories, boolean builtInSources, boolean compileBuiltIn,
                                       boolean checkFileOrder) {
        Map<String, RuleSetSource> sources = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        ClassLoader loader = RuleSetCatalog.class.getClassLoader();
        if (builtInSources) {
            for (String id : builtInIds(loader)) {
                sources.put(id, RuleSetSource.classpath(BUILT_IN_ROOT + "/" + id, loader));
            }
        }
        Map<String, Path> folders = diskFolders(directories, problems);
        folders.forEach((id, d) -> sources.put(id, RuleSetSource.directory(d)));
        Map<String, CompiledRuleSet> compiled = new TreeMap<>();
        Map<String, List<Problem>> fileOrder = new TreeMap<>();
        for (Map.Entry<String, RuleSetSource> e : sources.entrySet()) {
            if (!compileBuiltIn && !folders.containsKey(e.getKey())) {
                continue;
            }
            try {
                CompiledRuleSet rs = RuleSetCompiler.compile(e.getValue(), sources::get);
                compiled.put(e.getKey(), rs);
                if (checkFileOrder) {
                    fileOrder.put(e.getKey(), FileOrderCheck.checkInPlace(rs));
                }
            } catch (InvalidRuleSetException ex) {
                problems.addAll(ex.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(directories.isEmpty() ? "built-in" : directories.toString(), problems);
        }
        return new RuleSetCatalog(Map.copyOf(compiled), Map.copyOf(folders), Map.copyOf(fileOrder));
    }

    /**
     * What the file-order check found for the rule set with this id when the catalogue was loaded with it (empty
     * for a sound rule set); null if it was not checked then.
     */
    public List<Problem> fileOrderProblems(String id) {
        return fileOrderProblems.get(id);
    }

    /**
     * The rule-set folders on disk under {@code directories} (each a rule-set folder or a folder of them), by id, in
     * the order found; a folder under a later entry of {@code directories} replaces an earlier one with the same id,
     * but two folders with one id under the same entry are a problem ({@code RULESET_ID_DUPLICATE}).
     */
    public static Map<String, Path> diskFolders(List<Path> directories, List<Problem> problems) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path dir : directories) {
            Map<String, Path> here = new LinkedHashMap<>();
            for (Path d : ruleSetFolders(dir, problems)) {
                String id = idOf(d, problems);
                if (id == null) {
                    continue;
                }
                Path other = here.putIfAbsent(id, d);
                if (other != null) {
                    // Siblings with one id: which one is live would depend on the names' order.
                    problems.add(Problem.error("RULESET_ID_DUPLICATE", d.resolve(RuleSetSource.DESCRIPTOR).toString(),
                            Message.of("RULESET_ID_DUPLICATE", id, other),
                            Message.of("RULESET_ID_DUPLICATE.expected")));
                    continue;
                }
                out.put(id, d);
            }
        }
        return out;
    }

    /** Compiles one rule-set folder on disk, resolving parents among the built-in rule sets and {@code others}. */
    public static CompiledRuleSet compileFolder(Path dir, Map<String, RuleSetSource> others) {
        ClassLoader loader = RuleSetCatalog.class.getClassLoader();
        return RuleSetCompiler.compile(RuleSetSource.directory(dir), id -> {
            RuleSetSource s = others.get(id);
            if (s == null && builtInIds(loader).contains(id)) {
                s = RuleSetSource.classpath(BUILT_IN_ROOT + "/" + id, loader);
            }
            return s;
        });
    }

    /**
     * A resource on {@code loader}. On the module path the engine is a named module whose folder
     * {@code zirules/rulesets} reads as a package, so its {@code INDEX} is hidden from class loaders; the engine reads
     * its own resources through its module instead.
     */
    static InputStream resource(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null && loader == RuleSetCatalog.class.getClassLoader()) {
            in = RuleSetCatalog.class.getModule().getResourceAsStream(name);
        }
        return in;
    }

    /** The ids listed in the built-in rule sets' {@code INDEX} on {@code loader}; none if there is no index. */
    public static List<String> builtInIds(ClassLoader loader) {
        try (InputStream in = resource(loader, BUILT_IN_ROOT + "/INDEX")) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> ruleSetFolders(Path dir, List<Problem> problems) {
        if (Files.isRegularFile(dir.resolve(RuleSetSource.DESCRIPTOR))) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error("RULESET_DIR_MISSING", dir.toString(), Message.of("RULESET_DIR_MISSING.2"),
                    Message.of("RULESET_DIR_MISSING.2.expected", RuleSetSource.DESCRIPTOR)));
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            // Hidden sub-folders (".name") are skipped: a copy being written (BuiltInRuleSets stages its copies so),
            // an editor's or version control's folder.
            List<Path> found = s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve(RuleSetSource.DESCRIPTOR))).sorted().toList();
            if (found.isEmpty()) {
                problems.add(Problem.error("RULESET_DIR_EMPTY", dir.toString(), Message.of("RULESET_DIR_EMPTY",
                        RuleSetSource.DESCRIPTOR), Message.of("RULESET_DIR_EMPTY.expected")));
            }
            return found;
        } catch (IOException e) {
            problems.add(Problem.error("RULESET_DIR_UNREADABLE", dir.toString(), Message.of("RULESET_DIR_UNREADABLE",
                    e), null));
            return List.of();
        }
    }

    private static String idOf(Path dir, List<Problem> problems) {
        List<Problem> local = new ArrayList<>();
        try {
            RuleSetDescriptor d = RuleSetDescriptor.parse(RuleSetFiles.read(dir.resolve(RuleSetSource.DESCRIPTOR), dir),
                    dir.resolve(RuleSetSource.DESCRIPTOR).toString(), local);
            problems.addAll(local);
            return d == null ? null : d.id();
        } catch (IOException e) {
            problems.add(Problem.error("RULE_FILE_UNREADABLE", dir.toString(), Message.of("RULE_FILE_UNREADABLE",
                    RuleSetFiles.describe(e)), null));
            return null;
        }
    }

    /** The rule set with this id. */
    public CompiledRuleSet get(String id) {
        CompiledRuleSet rs = byId.get(id);
        if (rs == null) {
            throw new UnknownRuleSetException(id, byId.keySet());
        }
        return rs;
    }

    /** The rule set that is the default for {@code year}: the one whose years cover it, preferring non-provisional. */
    public CompiledRuleSet forYear(int year) {
        CompiledRuleSet best = null;
        for (CompiledRuleSet rs : byId.values()) {
            if (rs.descriptor().covers(year) && (best == null
                    || best.info().provisional() && !rs.info().provisional())) {
                best = rs;
            }
        }
        if (best == null) {
            throw UnknownRuleSetException.noDefaultForYear(year, byId.values().stream().map(rs -> rs.info().id()
                    + " (" + (rs.descriptor().years() == null ? "no default year" : rs.descriptor().years()) + ")")
                    .toList());
        }
        return best;
    }

    /** The folder on disk of each rule set loaded from disk, by id (built-in rule sets are not in it). */
    public Map<String, Path> folders() {
        return folders;
    }

    /** Every rule set, in id order. */
    public Collection<CompiledRuleSet> all() {
        return byId.values();
    }
}
