package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Problem;
import io.github.zirules.engine.RuleSetFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.TerminalNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The files-reversed order without a second compilation: the compiled rules, each given the load order a compilation
 * of the reversed files gives it, fire as that compilation would (the agenda orders equal salience by load order), and
 * the file-order check of {@code validate} finds the same with the rule set's own rules reordered for a moment as with
 * a copy.
 */
class ReorderedRuleSetTest {

    private static final Path DRL_FOLDER = Path.of("src/main/resources", RuleSetCatalog.BUILT_IN_ROOT,
            "permenpan-rb-90-2021");

    @TempDir
    Path tmp;

    /** Each rule's load order, by package and name. */
    private static Map<String, Integer> loadOrders(KieBase base) {
        Map<String, Integer> out = new TreeMap<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                out.put(CompiledRuleSet.key(pkg.getName(), r.getName()), r.getLoadOrder());
            }
        }
        return out;
    }

    /** The load orders of the rule set's files compiled again, last file first: what the check used to do. */
    private static Map<String, Integer> recompiledReversed(CompiledRuleSet rs) {
        Map<String, Integer> out = new TreeMap<>();
        for (KiePackage pkg : builder(rs).getKnowledgePackages()) {
            for (Rule r : pkg.getRules()) {
                out.put(CompiledRuleSet.key(pkg.getName(), r.getName()), r.getLoadOrder());
            }
        }
        return out;
    }

    private static KnowledgeBuilder builder(CompiledRuleSet rs) {
        List<Map.Entry<String, String>> files = new ArrayList<>(rs.sources().entrySet());
        Collections.reverse(files);
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = kb.batch();
        for (Map.Entry<String, String> f : files) {
            batch.add(ResourceFactory.newByteArrayResource(f.getValue().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(f.getKey()), ResourceType.DRL);
        }
        batch.build();
        assertFalse(kb.hasErrors(), () -> kb.getErrors().toString());
        return kb;
    }

    /** A rule set extending the built-in one with a file of its own, in DRL package {@code pkg}. */
    private Path extending(String pkg) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(pkg.replace('.', '-')));
        Files.writeString(dir.resolve("ruleset.properties"), "id = stricter\nversion = 1\nextends = "
                + "permenpan-rb-90-2021\nrules = stricter.drl, warnings-too.drl\n");
        String rule = "rule \"%s\"\n    ruleflow-group \"predikat\"\nwhen\n    $k : Scorecard( target == \"WBK\" )\n"
                + "then\n    $k.minimum( \"TOTAL_%2$s\", $k.get( \"TOTAL\" ), \"%2$s\" );\nend\n";
        String head = "package " + pkg + ";\nimport io.github.zirules.rules.Scorecard;\n";
        Files.writeString(dir.resolve("stricter.drl"), head + rule.formatted("WBK: total paling sedikit 80", "80")
                + rule.formatted("WBK: total paling sedikit 81", "81"));
        Files.writeString(dir.resolve("warnings-too.drl"), head + rule.formatted("WBK: total paling sedikit 82",
                "82"));
        return dir;
    }

    /** The built-in rule set, and one that extends it (each layer in a DRL package of its own). */
    private List<CompiledRuleSet> ruleSets() throws IOException {
        return List.of(RuleSetCatalog.compileFolder(DRL_FOLDER, Map.of()),
                RuleSetCatalog.compileFolder(extending("zirules.stricter"), Map.of()));
    }

    /**
     * Every rule in the order the agenda prefers it within its phase: salience, then load order, then (rules of two
     * packages with the same load order) the rule whose terminal node was built first.
     */
    private static List<String> agendaOrder(KieBase base) {
        record Entry(String key, String phase, int salience, int loadOrder, int node) {
        }
        List<Entry> entries = new ArrayList<>();
        for (TerminalNode[] nodes : ((InternalRuleBase) base).getReteooBuilder().getTerminalNodes().values()) {
            for (TerminalNode n : nodes) {
                RuleImpl r = n.getRule();
                entries.add(new Entry(CompiledRuleSet.key(r.getPackageName(), r.getName()), r.getAgendaGroup(),
                        r.getSalience().getValue(), r.getLoadOrder(), n.getId()));
            }
        }
        entries.sort(Comparator.comparing(Entry::phase).thenComparing(Comparator.comparingInt(Entry::salience)
                .reversed()).thenComparingInt(Entry::loadOrder).thenComparingInt(Entry::node));
        return entries.stream().map(e -> e.phase() + " " + e.key().replace('\u0000', '/')).toList();
    }

    private static KieBase recompiledReversedBase(CompiledRuleSet rs) {
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder(rs).getKnowledgePackages());
        return base;
    }

    @Test
    void theCopyGivesEveryRuleTheLoadOrderOfACompilationOfTheReversedFiles() throws IOException {
        for (CompiledRuleSet rs : ruleSets()) {
            Map<String, Integer> written = loadOrders(rs.kieBase());
            Map<String, Integer> expected = recompiledReversed(rs);
            assertFalse(expected.equals(written), "the reversed files change the load order");

            CompiledRuleSet copy = ReorderedRuleSet.withFilesReversed(rs);

            assertNotSame(rs.kieBase(), copy.kieBase());
            assertEquals(expected, loadOrders(copy.kieBase()), rs.sources().keySet()::toString);
            assertEquals(agendaOrder(recompiledReversedBase(rs)), agendaOrder(copy.kieBase()));
            assertEquals(written, loadOrders(rs.kieBase()), "the original keeps its order");
        }
    }

    @Test
    void reversingInPlaceGivesTheSameLoadOrderAndGivesTheOwnOneBackWhenClosed() throws IOException {
        for (CompiledRuleSet rs : ruleSets()) {
            Map<String, Integer> written = loadOrders(rs.kieBase());
            try (ReorderedRuleSet.Reversed reversed = ReorderedRuleSet.reverseInPlace(rs)) {
                assertEquals(recompiledReversed(rs), loadOrders(rs.kieBase()));
            }
            assertEquals(written, loadOrders(rs.kieBase()));
        }
    }

    @Test
    void theFileOrderCheckFindsTheSameInPlaceAsOnACopy() throws IOException {
        Path dir = RuleSetFolders.plantFileOrderDependentRule(RuleSetFolders.copyBuiltIn(tmp.resolve("planted")));
        CompiledRuleSet planted = RuleSetCatalog.compileFolder(dir, Map.of());
        CompiledRuleSet sound = RuleSetCatalog.compileFolder(DRL_FOLDER, Map.of());

        List<Problem> onACopy = FileOrderCheck.check(planted);
        List<Problem> inPlace = FileOrderCheck.checkInPlace(planted);

        assertFalse(onACopy.isEmpty(), "the planted rule reads TOTAL before it is final with the files reversed");
        assertTrue(onACopy.stream().allMatch(p -> p.code().equals("LINT_ORDER_DEPENDENT")), onACopy::toString);
        assertEquals(onACopy, inPlace);
        assertEquals(List.of(), FileOrderCheck.check(sound));
        assertEquals(List.of(), FileOrderCheck.checkInPlace(sound));
        assertEquals(FileOrderCheck.check(planted), onACopy, "the check left the rule set as it was");
    }

    @Test
    void reversedLoadOrdersNumberEveryRuleOfAPackageOnce() {
        CompiledRuleSet rs = RuleSetCatalog.compileFolder(DRL_FOLDER, Map.of());
        Map<RuleImpl, Integer> reversed = ReorderedRuleSet.reversedLoadOrders(rs.kieBase());
        assertEquals(rs.rules().size(), reversed.size());
        assertEquals(reversed.size(), reversed.values().stream().distinct().count());
        assertEquals(reversed.size() - 1, reversed.values().stream().mapToInt(Integer::intValue).max().orElseThrow());
    }
}
