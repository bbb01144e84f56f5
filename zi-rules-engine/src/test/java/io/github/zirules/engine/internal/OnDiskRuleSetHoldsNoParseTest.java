package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.engine.RuleSetFolders;
import io.github.zirules.rules.RuleRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;

/**
 * A rule set compiled from a folder on disk keeps no parse of its files (the lint's {@code PackageDescr}, handed to
 * the compiler as a {@code DESCR} resource) and no text, for as long as it is loaded: what Drools keeps of a rule's,
 * function's or declared type's file is its name. The rules still name their file and line.
 */
class OnDiskRuleSetHoldsNoParseTest {

    @TempDir
    Path tmp;

    @Test
    void everyResourceTheLoadedKnowledgeBaseKeepsIsOnlyTheFilesNameWithNoParseAndNoText() throws IOException {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("copy"));
        CompiledRuleSet compiled = RuleSetCatalog.compileFolder(dir, Map.of());
        List<Resource> kept = resources((InternalKnowledgeBase) compiled.kieBase());
        assertTrue(kept.size() > 50, "every rule keeps a resource: " + kept.size());
        for (Resource r : kept) {
            assertFalse(r.getClass().getName().contains("DescrResource"), "a parse is kept: " + r);
            assertTrue(r.getSourcePath().startsWith(dir.toString()) && r.getSourcePath().endsWith(".drl"),
                    r.getSourcePath());
            try (InputStream in = r.getInputStream()) {
                assertEquals(0, in.readAllBytes().length, "no text kept of " + r.getSourcePath());
            }
        }
    }

    @Test
    void theRulesNameTheSameFileAndLineAsTheBuiltInCompiledFromTheClassPath() throws IOException {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("permenpan-rb-90-2021"));
        CompiledRuleSet fromDisk = RuleSetCatalog.compileFolder(dir, Map.of());
        CompiledRuleSet builtIn = RuleSetCatalog.load(List.of(), true).get("permenpan-rb-90-2021");
        assertNotNull(builtIn);
        assertEquals(locations(builtIn), locations(fromDisk));
    }

    @Test
    void aConsequenceThatDoesNotCompileIsStillReportedAtItsFileAndLine() throws IOException {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("broken"));
        Path weights = dir.resolve("weights.drl");
        String text = Files.readString(weights, StandardCharsets.UTF_8);
        int then = text.indexOf("then\n");
        Files.writeString(weights, text.substring(0, then + 5) + "    int planted = \"not a number\";\n"
                + text.substring(then + 5), StandardCharsets.UTF_8);
        // A consequence's problem is reported at the line of its rule, the first of the file.
        int line = RuleSetFolders.lineOf(weights, "rule \"");
        InvalidRuleSetException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRuleSetException.class,
                () -> RuleSetCatalog.compileFolder(dir, Map.of()));
        List<String> where = e.problems().stream().map(Problem::location).toList();
        assertTrue(where.contains(weights + ":" + line), where::toString);
    }

    private static List<Resource> resources(InternalKnowledgeBase base) {
        List<Resource> out = new ArrayList<>();
        for (InternalKnowledgePackage pkg : base.getPackages()) {
            for (Rule r : pkg.getRules()) {
                out.add(((RuleImpl) r).getResource());
            }
            pkg.getFunctions().values().forEach(f -> out.add(f.getResource()));
            pkg.getTypeDeclarations().values().stream().filter(t -> t.getResource() != null)
                    .forEach(t -> out.add(t.getResource()));
        }
        return out;
    }

    private static Map<String, String> locations(CompiledRuleSet rs) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, RuleRef> e : rs.rules().entrySet()) {
            out.put(e.getKey(), Path.of(e.getValue().file()).getFileName() + ":" + e.getValue().line());
        }
        return out;
    }
}
