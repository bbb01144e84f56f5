package io.github.zirules.engine.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A compiled rule set with its rule files in the other order, last file first, without compiling them again.
 *
 * <p>Rules of equal salience in one phase fire in their load order: Drools' agenda compares the salience, then the
 * rule's load order, which is its place among the rules of its DRL package in the order the compiler met them (file
 * by file, in the order the files were given, then as written in each file). Loading the files last file first
 * changes that place and nothing else, and the agenda reads it each time it orders two rules. So the same compiled
 * rules, each given the place it would have with the files reversed ({@link #reversedLoadOrders}), fire as a
 * compilation of the reversed files would ({@code ReorderedRuleSetTest} compares the two): no parser, no Java
 * compiler. The files were linted and checked when the rule set was compiled; the reordered rules are only for
 * comparing results and are never served.
 */
public final class ReorderedRuleSet {

    private ReorderedRuleSet() {
    }

    /**
     * A copy of {@code rs} whose rules fire as if its rule files had been loaded last file first: its compiled packages
     * copied (as Drools serializes them, shared with nothing) into a KieBase of their own, each rule given its
     * reversed load order. {@code rs} is not changed and may be evaluated meanwhile.
     */
    public static CompiledRuleSet withFilesReversed(CompiledRuleSet rs) {
        List<KiePackage> packages;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrecompiledRuleSet.writePackages(rs.kieBase().getKiePackages(), bytes);
            packages = PrecompiledRuleSet.readPackages(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("copying the compiled rules of " + rs.info().id() + " in memory failed", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("copying the compiled rules of " + rs.info().id() + " in memory failed",
                    e);
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(packages);
        reversedLoadOrders(base).forEach(RuleImpl::setLoadOrder);
        return new CompiledRuleSet(rs.info(), rs.descriptor(), rs.instrument(), rs.validator(), base, rs.rules(),
                rs.sources());
    }

    /**
     * Gives the rules of {@code rs} their reversed load order until the returned scope is closed, which gives them
     * back their own. Cheaper than a copy, but only for a rule set that nothing else evaluates meanwhile: one just
     * compiled that has not been handed out.
     */
    static Reversed reverseInPlace(CompiledRuleSet rs) {
        Map<RuleImpl, Integer> own = new IdentityHashMap<>();
        Map<RuleImpl, Integer> reversed = reversedLoadOrders(rs.kieBase());
        reversed.keySet().forEach(r -> own.put(r, r.getLoadOrder()));
        reversed.forEach(RuleImpl::setLoadOrder);
        return new Reversed(own);
    }

    /** The scope of {@link #reverseInPlace}: closing it gives every rule its own load order back. */
    static final class Reversed implements AutoCloseable {
        private final Map<RuleImpl, Integer> own;

        private Reversed(Map<RuleImpl, Integer> own) {
            this.own = own;
        }

        @Override
        public void close() {
            own.forEach(RuleImpl::setLoadOrder);
        }
    }

    /**
     * The load order each rule of {@code base} would have if its rule files were compiled last file first: per DRL
     * package, the files' blocks of rules (each file's rules are consecutive in load order) taken in reverse, the
     * rules of each block in their own order, numbered from 0 as the compiler numbers them.
     */
    static Map<RuleImpl, Integer> reversedLoadOrders(KieBase base) {
        Map<RuleImpl, Integer> out = new IdentityHashMap<>();
        for (KiePackage pkg : base.getKiePackages()) {
            List<RuleImpl> rules = new ArrayList<>();
            for (Rule r : pkg.getRules()) {
                rules.add((RuleImpl) r);
            }
            rules.sort(Comparator.comparingInt(RuleImpl::getLoadOrder));
            Map<String, List<RuleImpl>> byFile = new LinkedHashMap<>();
            for (RuleImpl r : rules) {
                String file = r.getResource() == null ? "" : String.valueOf(r.getResource().getSourcePath());
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(r);
            }
            List<List<RuleImpl>> files = new ArrayList<>(byFile.values());
            java.util.Collections.reverse(files);
            int next = 0;
            for (List<RuleImpl> file : files) {
                for (RuleImpl r : file) {
                    out.put(r, next++);
                }
            }
        }
        return out;
    }
}
