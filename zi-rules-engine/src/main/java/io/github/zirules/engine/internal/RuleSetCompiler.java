package io.github.zirules.engine.internal;

import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.engine.internal.lint.RuleSetLint;
import io.github.zirules.engine.internal.tables.RuleTables;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.ScorecardLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.TypeDeclaration;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a rule-set folder (and the rule sets it extends) into a {@link CompiledRuleSet}, or refuses it whole with
 * every problem found. Nothing half-built escapes: the result is either complete and checked, or an exception.
 */
public final class RuleSetCompiler {

    private static final int MAX_EXTENDS_DEPTH = 8;

    private RuleSetCompiler() {
    }

    /**
     * Compiles the rule set in {@code leaf}.
     *
     * @param parents finds the folder of a parent rule set by id (null if unknown)
     * @throws InvalidRuleSetException with every problem, each with its file:line
     */
    public static CompiledRuleSet compile(RuleSetSource leaf, Function<String, RuleSetSource> parents) {
        boolean onDisk = !leaf.location().startsWith("classpath:");
        if (onDisk) {
            // A folder on disk is always compiled from its DRL: the compiler gets ready while its files are read.
            CompilerWarmUp.start();
        }
        List<Problem> problems = new ArrayList<>();
        List<Layer> chain = loadChain(leaf, parents, problems);
        String name = chain.isEmpty() ? leaf.location() : chain.get(chain.size() - 1).descriptor.id();
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(name, problems);
        }
        Layer top = chain.get(chain.size() - 1);
        List<Problem> warnings = new ArrayList<>();
        Instrument instrument = withStructure(chain, problems, warnings);
        String sha256 = hash(chain);
        builtInIdKept(chain, sha256, problems);
        // A built-in rule set compiled, linted and verified when the engine was built, from exactly these files: no
        // DRL parser, no Java compiler, one probe instead of seven. Anything else is linted and compiled here.
        Collection<KiePackage> precompiled = chain.size() == 1 && problems.isEmpty()
                ? PrecompiledRuleSet.read(top.source, sha256) : null;
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, DrlProblems.RuleLines> lines = new LinkedHashMap<>();
        Map<String, Integer> layerOfFile = new LinkedHashMap<>();
        Map<String, String> ruleSetOfFile = new LinkedHashMap<>();
        List<RuleSetLint.DrlFile> drl = new ArrayList<>();
        RuleTables tables = new RuleTables();
        for (int depth = 0; depth < chain.size(); depth++) {
            Layer layer = chain.get(depth);
            for (String file : layer.descriptor.rules()) {
                String display = layer.source.displayName(file);
                // A table is compiled to DRL here; from then on it is a rule file like any other.
                String text = RuleTables.isTable(file) ? tables.compile(display, file, layer.bytes.get(file), problems)
                        : layer.texts.get(file);
                if (text == null) {
                    continue;
                }
                sources.put(display, text);
                lines.put(display, DrlProblems.RuleLines.scan(text));
                layerOfFile.put(display, depth);
                ruleSetOfFile.put(display, layer.descriptor.id());
                drl.add(new RuleSetLint.DrlFile(depth, layer.descriptor.id(), display, text));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(name, problems);
        }
        StructureChecks.componentNames(drl, instrument.model().orElseThrow(), structureName(chain), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(name, tables.relocate(problems));
        }
        KnowledgeBuilder kb = null;
        if (precompiled == null) {
            // The static lint runs before the compiler sees a line: a hostile file is refused, never compiled or run.
            Map<String, PackageDescr> parsed = new LinkedHashMap<>();
            List<Problem> lint = RuleSetLint.lint(drl, ScorecardLayout.of(instrument).choiceScales(), parsed);
            if (!lint.isEmpty()) {
                problems.addAll(lint);
                throw new InvalidRuleSetException(name, tables.relocate(dedupe(problems)));
            }
            kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
            // One batch: the rule consequences of every file are compiled by one compiler run, not one run per file.
            CompositeKnowledgeBuilder batch = kb.batch();
            for (RuleSetLint.DrlFile f : drl) {
                // Each file as the lint parsed it, so the DRL parser reads it once, not twice, with its rules written
                // once per level compiled to one firing per evaluation (LevelRules). Once built, the rules keep only
                // the file's name (keepOnlyFileNames), so neither a loaded rule set nor precompiled.kbase holds a parse.
                PackageDescr descr = parsed.get(f.file());
                if (descr != null) {
                    LevelRules.compile(descr);
                    batch.add(ResourceFactory.newDescrResource(descr).setSourcePath(f.file()), ResourceType.DESCR);
                } else {
                    batch.add(ResourceFactory.newByteArrayResource(f.text().getBytes(StandardCharsets.UTF_8))
                            .setSourcePath(f.file()), ResourceType.DRL);
                }
            }
            batch.build();
        }
        if (kb != null && kb.hasErrors()) {
            problems.addAll(DrlProblems.inFileOrder(kb.getErrors(), lines, top.source.location()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(name, tables.relocate(dedupe(problems)));
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(precompiled != null ? precompiled : kb.getKnowledgePackages());
        if (kb != null) {
            keepOnlyFileNames(base);
        }
        Map<String, RuleRef> rules = ruleRefs(base, lines, layerOfFile, ruleSetOfFile, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(name, tables.relocate(problems));
        }
        RuleSetInfo info = new RuleSetInfo(top.descriptor.id(), top.descriptor.version(), sha256,
                top.descriptor.title(), top.descriptor.legalBasis(), top.descriptor.years(),
                chain.stream().anyMatch(l -> l.descriptor.provisional()),
                parentIds(chain));
        CompiledRuleSet compiled = new CompiledRuleSet(info, top.descriptor, instrument,
                new AssessmentValidator(instrument), base, Map.copyOf(rules), sources);
        RuleSetVerifier.Verified verified = precompiled == null ? RuleSetVerifier.verify(compiled)
                : RuleSetVerifier.verifyPrecompiled(compiled);
        problems.addAll(warnings);
        problems.addAll(tables.relocate(verified.problems()));
        if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
            throw new InvalidRuleSetException(name, problems);
        }
        // The agency's facts are validated against the facts (agencyFact) and scales (gradeScale) the rules declare,
        // read by the probes.
        Instrument scaled = instrument.withGradeScales(verified.gradeScales())
                .withAgencyFacts(verified.agencyFacts());
        return new CompiledRuleSet(info, top.descriptor, scaled, new AssessmentValidator(scaled), base,
                compiled.rules(), sources, problems, compiled.plan());
    }

    /**
     * Drools' rules, functions and declared types keep the resource they were compiled from: for a folder on disk the
     * lint's parse of the file (a {@code DESCR} resource holds the file's whole {@link PackageDescr}) or its bytes.
     * Each is given instead a resource that is only the file's name, so that a loaded rule set holds no parse and no
     * text of its files (its problems and {@link RuleRef}s name the file and line as before).
     */
    private static void keepOnlyFileNames(InternalKnowledgeBase base) {
        Map<String, Resource> names = new HashMap<>();
        java.util.function.UnaryOperator<Resource> named = r -> r == null ? null
                : names.computeIfAbsent(String.valueOf(r.getSourcePath()),
                        path -> ResourceFactory.newByteArrayResource(new byte[0]).setSourcePath(path));
        for (InternalKnowledgePackage pkg : base.getPackages()) {
            for (Rule r : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) r;
                impl.setResource(named.apply(impl.getResource()));
            }
            for (org.drools.base.rule.Function f : pkg.getFunctions().values()) {
                f.setResource(named.apply(f.getResource()));
            }
            for (TypeDeclaration t : pkg.getTypeDeclarations().values()) {
                t.setResource(named.apply(t.getResource()));
            }
        }
    }

    private static List<String> parentIds(List<Layer> chain) {
        List<String> ids = new ArrayList<>();
        for (int i = chain.size() - 2; i >= 0; i--) {
            ids.add(chain.get(i).descriptor.id());
        }
        return ids;
    }

    private static List<Problem> dedupe(List<Problem> problems) {
        return List.copyOf(new java.util.LinkedHashSet<>(problems));
    }

    /**
     * A folder that keeps the id of a built-in rule set but whose files differ would score under the regulation's
     * name: refused unless its descriptor says {@code replaces = <id>}. An unedited copy (same SHA-256) is fine.
     */
    private static void builtInIdKept(List<Layer> chain, String sha256, List<Problem> problems) {
        Layer top = chain.get(chain.size() - 1);
        String id = top.descriptor.id();
        if (top.source.location().startsWith("classpath:") || id.equals(top.descriptor.replaces())) {
            return;
        }
        if (BUILT_IN_HASHES.get(id) == null && sameFilesAsBuiltIn(chain)) {
            // An unedited copy: the built-in's hash is this one, known without hashing the built-in's files again.
            BUILT_IN_HASHES.putIfAbsent(id, java.util.Optional.of(sha256));
            return;
        }
        String builtIn = builtInHash(id);
        if (builtIn != null && !builtIn.equals(sha256)) {
            problems.add(Problem.error("RULESET_ID_BUILT_IN", top.source.displayName(RuleSetSource.DESCRIPTOR),
                    Message.of("RULESET_ID_BUILT_IN", id), Message.of("RULESET_ID_BUILT_IN.expected", id)));
        }
    }

    private static final java.util.Map<String, java.util.Optional<String>> BUILT_IN_HASHES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether every layer of {@code chain} has a built-in rule set of its id whose files are byte for byte its own:
     * then the chain's hash is the built-in's (the hash reads nothing else), and the built-in's files need not be
     * hashed. Any difference, or a layer with no built-in, answers false.
     */
    private static boolean sameFilesAsBuiltIn(List<Layer> chain) {
        ClassLoader loader = RuleSetCompiler.class.getClassLoader();
        List<String> builtIns = RuleSetCatalog.builtInIds(loader);
        for (Layer l : chain) {
            if (!builtIns.contains(l.descriptor.id())) {
                return false;
            }
            RuleSetSource builtIn = RuleSetSource.classpath(RuleSetCatalog.BUILT_IN_ROOT + "/" + l.descriptor.id(),
                    loader);
            for (String f : l.descriptor.files()) {
                try {
                    if (!Arrays.equals(l.bytes.get(f), builtIn.read(f))) {
                        return false;
                    }
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The SHA-256 of the built-in rule set {@code id}; null if there is none. */
    public static String builtInHash(String id) {
        return BUILT_IN_HASHES.computeIfAbsent(id, k -> {
            ClassLoader loader = RuleSetCompiler.class.getClassLoader();
            if (!RuleSetCatalog.builtInIds(loader).contains(k)) {
                return java.util.Optional.empty();
            }
            List<Problem> ignored = new ArrayList<>();
            List<Layer> chain = loadChain(RuleSetSource.classpath(RuleSetCatalog.BUILT_IN_ROOT + "/" + k, loader),
                    other -> RuleSetSource.classpath(RuleSetCatalog.BUILT_IN_ROOT + "/" + other, loader), ignored);
            return ignored.isEmpty() ? java.util.Optional.of(hash(chain)) : java.util.Optional.empty();
        }).orElse(null);
    }

    private record Layer(RuleSetSource source, RuleSetDescriptor descriptor, Map<String, String> texts,
                         Map<String, byte[]> bytes) {
    }

    private static List<Layer> loadChain(RuleSetSource leaf, Function<String, RuleSetSource> parents,
                                         List<Problem> problems) {
        List<Layer> chain = new ArrayList<>();
        RuleSetSource src = leaf;
        List<String> seen = new ArrayList<>();
        while (src != null) {
            Layer layer = loadLayer(src, problems);
            if (layer == null) {
                return List.of();
            }
            chain.add(0, layer);
            String parent = layer.descriptor.extendsId();
            if (parent == null) {
                break;
            }
            seen.add(layer.descriptor.id());
            if (seen.contains(parent) || seen.size() > MAX_EXTENDS_DEPTH) {
                problems.add(Problem.error("EXTENDS_CYCLE", src.displayName(RuleSetSource.DESCRIPTOR),
                        Message.of("EXTENDS_CYCLE", seen, parent), Message.of("EXTENDS_CYCLE.expected",
                        MAX_EXTENDS_DEPTH)));
                return List.of();
            }
            RuleSetSource next = parents.apply(parent);
            if (next == null) {
                problems.add(Problem.error("EXTENDS_UNKNOWN", src.displayName(RuleSetSource.DESCRIPTOR),
                        Message.of("EXTENDS_UNKNOWN", parent), Message.of("EXTENDS_UNKNOWN.expected")));
                return List.of();
            }
            src = next;
        }
        return chain;
    }

    private static Layer loadLayer(RuleSetSource src, List<Problem> problems) {
        String descName = src.displayName(RuleSetSource.DESCRIPTOR);
        byte[] descBytes;
        try {
            descBytes = src.read(RuleSetSource.DESCRIPTOR);
        } catch (NoSuchFileException e) {
            problems.add(Problem.error("DESCRIPTOR_MISSING", descName, Message.of("DESCRIPTOR_MISSING",
                    RuleSetSource.DESCRIPTOR), Message.of("DESCRIPTOR_MISSING.expected", RuleSetSource.DESCRIPTOR)));
            return null;
        } catch (IOException e) {
            problems.add(ioProblem(descName, e));
            return null;
        }
        RuleSetDescriptor d = RuleSetDescriptor.parse(descBytes, descName, problems);
        if (d == null) {
            return null;
        }
        if (d.files().size() > RuleSetFiles.MAX_FILES) {
            problems.add(Problem.error("RULE_FILE_REFUSED", descName, Message.of("RULE_FILE_REFUSED",
                    d.files().size()), Message.of("RULE_FILE_REFUSED.expected", RuleSetFiles.MAX_FILES)));
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        bytes.put(RuleSetSource.DESCRIPTOR, descBytes);
        long total = descBytes.length;
        for (String f : d.files().subList(1, d.files().size())) {
            try {
                byte[] b = src.read(f);
                total += b.length;
                if (total > RuleSetFiles.MAX_TOTAL_BYTES) {
                    throw new RuleSetFiles.RefusedException("the files of the rule set have more than "
                            + RuleSetFiles.MAX_TOTAL_BYTES / (1024 * 1024) + " MiB together (berkas aturan melebihi "
                            + RuleSetFiles.MAX_TOTAL_BYTES / (1024 * 1024) + " MiB)");
                }
                bytes.put(f, b);
                texts.put(f, normalize(new String(b, StandardCharsets.UTF_8)));
            } catch (NoSuchFileException e) {
                problems.add(Problem.error("RULE_FILE_MISSING", src.displayName(f), Message.of("RULE_FILE_MISSING", f,
                        RuleSetSource.DESCRIPTOR), Message.of("RULE_FILE_MISSING.expected")));
            } catch (IOException e) {
                problems.add(ioProblem(src.displayName(f), e));
            }
        }
        try {
            List<String> onDisk = src.listFiles();
            if (onDisk != null) {
                for (String f : onDisk) {
                    if (f.endsWith(".drl") && !d.rules().contains(f)) {
                        problems.add(Problem.error("RULE_FILE_UNLISTED", src.displayName(f),
                                Message.of("RULE_FILE_UNLISTED", f, RuleSetSource.DESCRIPTOR),
                                Message.of("RULE_FILE_UNLISTED.expected")));
                    }
                }
            }
        } catch (IOException e) {
            problems.add(ioProblem(src.location(), e));
        }
        return new Layer(src, d, texts, bytes);
    }

    private static Problem ioProblem(String where, IOException e) {
        if (e instanceof RuleSetFiles.RefusedException) {
            return Problem.error("RULE_FILE_REFUSED", where, Message.of("RULE_FILE_REFUSED.2", e.getMessage()),
                    Message.of("RULE_FILE_REFUSED.2.expected", RuleSetFiles.MAX_FILE_BYTES / (1024 * 1024)));
        }
        return Problem.error("RULE_FILE_UNREADABLE", where, Message.of("RULE_FILE_UNREADABLE", e), null);
    }

    private static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The instrument of the nearest layer that has one, read against {@code model} (or, where the structure could not
     * be read, alone, to report its own problems); null if it has problems.
     */
    private static Instrument readInstrument(List<Layer> chain, RuleSetModel model, List<Problem> problems) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            Layer l = chain.get(i);
            if (l.descriptor.instrument() != null) {
                String text = l.texts.get(l.descriptor.instrument());
                if (text == null) {
                    return null;
                }
                try {
                    String name = l.source.displayName(l.descriptor.instrument());
                    return model == null ? Instrument.readCsv(new StringReader(text), name)
                            : Instrument.readCsv(new StringReader(text), name, model);
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                    return null;
                } catch (IOException e) {
                    problems.add(ioProblem(l.source.displayName(l.descriptor.instrument()), e));
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The instrument read with the structure of the nearest layer that declares one (the built-in 90/2021 structure,
     * with a warning, if none does), checked against it; null if either has problems.
     */
    private static Instrument withStructure(List<Layer> chain, List<Problem> problems, List<Problem> warnings) {
        Layer own = null;
        for (int i = chain.size() - 1; i >= 0 && own == null; i--) {
            own = chain.get(i).descriptor.structure() != null ? chain.get(i) : null;
        }
        Layer top = chain.get(chain.size() - 1);
        String where = own == null ? top.source.displayName(RuleSetSource.DESCRIPTOR)
                : own.source.displayName(own.descriptor.structure());
        String text = own == null ? null : own.texts.get(own.descriptor.structure());
        RuleSetModel model = own == null ? StructureChecks.builtInDefault(where, warnings)
                : text == null ? null : StructureChecks.read(text, where, problems);
        Instrument instrument = readInstrument(chain, model, problems);
        if (model == null || instrument == null) {
            return null;
        }
        int before = problems.size();
        StructureChecks.instrument(instrument, model, StructureChecks.rows(text, where, 2), problems);
        return problems.size() > before ? null : instrument;
    }

    /** The structure file in force, as the descriptor that names it writes it. */
    private static String structureName(List<Layer> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).descriptor.structure() != null) {
                return chain.get(i).descriptor.structure();
            }
        }
        return StructureChecks.DEFAULT_FILE;
    }


    private static Map<String, RuleRef> ruleRefs(KieBase base, Map<String, DrlProblems.RuleLines> lines,
                                                 Map<String, Integer> layerOfFile, Map<String, String> ruleSetOfFile,
                                                 List<Problem> problems) {
        Map<String, RuleRef> out = new LinkedHashMap<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) r;
                String file = impl.getResource() == null ? "?" : impl.getResource().getSourcePath();
                DrlProblems.RuleLines rl = lines.get(file);
                int line = rl == null ? 0 : rl.lineOf(r.getName());
                int salience = impl.getSalience() == null || impl.getSalience().isDynamic() ? 0
                        : impl.getSalience().getValue();
                RuleRef ref = new RuleRef(r.getName(), file, line, layerOfFile.getOrDefault(file, 0), salience,
                        ruleSetOfFile.get(file));
                if (impl.getSalience() != null && impl.getSalience().isDynamic()) {
                    problems.add(Problem.error("RULE_DYNAMIC_SALIENCE", ref.location(),
                            Message.of("RULE_DYNAMIC_SALIENCE", r.getName()),
                            Message.of("RULE_DYNAMIC_SALIENCE.expected")));
                }
                if (!CompiledRuleSet.PHASES.contains(impl.getAgendaGroup())) {
                    problems.add(Problem.error("RULE_PHASE", ref.location(), Message.of("RULE_PHASE", r.getName(),
                            impl.getAgendaGroup()), Message.of("RULE_PHASE.expected", String.join("\", \"",
                            CompiledRuleSet.PHASES))));
                }
                out.put(CompiledRuleSet.key(pkg.getName(), r.getName()), ref);
            }
        }
        return out;
    }

    /**
     * SHA-256 over the chain's files: for each layer from the root, for each file in descriptor order (descriptor,
     * instrument, rules), the file name, a NUL, the byte length in decimal, a NUL, and the content with line endings
     * normalized to LF and no BOM (a {@code .xlsx} table as it is). Documented in docs/rulesets.md.
     */
    static String hash(List<Layer> chain) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Layer l : chain) {
                md.update(("ruleset:" + l.descriptor.id() + "\0").getBytes(StandardCharsets.UTF_8));
                for (String f : l.descriptor.files()) {
                    byte[] b = l.bytes.get(f);
                    // A workbook is hashed as it is: it is not text, and its line ends are not ours to normalize.
                    byte[] content = f.endsWith(".xlsx") ? b
                            : normalize(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    o.writeBytes((f + "\0" + content.length + "\0").getBytes(StandardCharsets.UTF_8));
                    o.writeBytes(content);
                    md.update(o.toByteArray());
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
