package io.github.zirules.reliability;

import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.RuleSetCatalog;
import io.github.zirules.rules.RuleRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * What the engine would run if a hostile rule slipped past every load-time defence: the rule files of a hostile
 * folder compiled by Drools directly, without the lint and the load-time probes, in place of the rules of a clean
 * rule set (whose instrument, identity and rule locations are kept). Only for showing what the run-time defences
 * (fire limit, failure handling, {@code RunTimeChecks}) do on their own.
 */
final class Unlinted {

    private static final Map<Path, CompiledRuleSet> CLEAN = new ConcurrentHashMap<>();

    private Unlinted() {
    }

    /**
     * The clean rule set of {@code clean} with the rules of {@code hostile}.
     *
     * @throws IllegalArgumentException if Drools itself cannot compile the hostile files
     */
    static CompiledRuleSet compile(Path clean, Path hostile) throws IOException {
        // The clean rule set lends only its instrument, identity and sources (all immutable): compiled once per folder
        // and JVM, not once per hostile case (that compile, with its lint and probes, was most of the test's time).
        CompiledRuleSet rs = CLEAN.computeIfAbsent(clean.toAbsolutePath().normalize(),
                folder -> RuleSetCatalog.compileFolder(folder, Map.of()));
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (String f : rs.descriptor().rules()) {
            kb.add(ResourceFactory.newByteArrayResource(Files.readAllBytes(hostile.resolve(f))).setSourcePath(f),
                    ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            throw new IllegalArgumentException("Drools does not compile it either: "
                    + kb.getErrors().iterator().next());
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(kb.getKnowledgePackages());
        Map<String, RuleRef> rules = new HashMap<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) r;
                String file = impl.getResource().getSourcePath();
                int salience = impl.getSalience() == null ? 0 : impl.getSalience().getValue();
                rules.put(CompiledRuleSet.key(pkg.getName(), r.getName()), new RuleRef(r.getName(), file,
                        lineOf(Files.readString(hostile.resolve(file)), r.getName()), 0, salience, rs.info().id()));
            }
        }
        return new CompiledRuleSet(rs.info(), rs.descriptor(), rs.instrument(), rs.validator(), base,
                Map.copyOf(rules), rs.sources(), rs.warnings());
    }

    private static int lineOf(String text, String rule) {
        int at = text.indexOf("rule \"" + rule + "\"");
        return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
