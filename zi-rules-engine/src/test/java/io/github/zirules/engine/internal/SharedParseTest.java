package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.engine.RuleSetFolders;
import io.github.zirules.engine.internal.lint.DrlLint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** The compiler takes each file as the lint parsed it: the same rules and the same problems as parsing it again. */
class SharedParseTest {

    private static final List<String> FILES = List.of("aggregation.drl", "answer-values.drl", "prerequisites.drl",
            "thresholds-wbbm.drl", "thresholds-wbk.drl", "warnings.drl", "weights.drl", "zero-denominators.drl");

    @TempDir
    Path tmp;

    @Test
    void theLintsParseCompilesToTheSameRulesInTheSameLoadOrderAsTheText() throws IOException {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("same"));
        KnowledgeBuilder twice = build(dir, false);
        KnowledgeBuilder once = build(dir, true);
        assertFalse(twice.hasErrors(), () -> twice.getErrors().toString());
        assertFalse(once.hasErrors(), () -> once.getErrors().toString());
        List<String> rules = rules(twice);
        assertTrue(rules.size() > 50, rules::toString);
        assertEquals(rules, rules(once));
    }

    @Test
    void aConsequenceThatDoesNotCompileGivesTheSameProblemsAtTheSameFileAndLine() throws IOException {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("broken"));
        Path weights = dir.resolve("weights.drl");
        String text = Files.readString(weights, StandardCharsets.UTF_8);
        int then = text.indexOf("then\n", text.indexOf("then\n") + 1);
        Files.writeString(weights, text.substring(0, then + 5) + "    int planted = \"not a number\";\n"
                + text.substring(then + 5), StandardCharsets.UTF_8);
        List<String> twice = problems(build(dir, false));
        assertFalse(twice.isEmpty());
        assertEquals(twice, problems(build(dir, true)));
    }

    private static KnowledgeBuilder build(Path dir, boolean shared) throws IOException {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = kb.batch();
        for (String f : FILES) {
            String text = Files.readString(dir.resolve(f), StandardCharsets.UTF_8);
            if (shared) {
                PackageDescr parsed = DrlLint.lint(f, text).parsed();
                assertNotNull(parsed, f);
                batch.add(ResourceFactory.newDescrResource(parsed).setSourcePath(f), ResourceType.DESCR);
            } else {
                batch.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setSourcePath(f),
                        ResourceType.DRL);
            }
        }
        batch.build();
        return kb;
    }

    /** Every rule: package, name, file, salience, agenda group and load order, in the knowledge base's order. */
    private static List<String> rules(KnowledgeBuilder kb) {
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(kb.getKnowledgePackages());
        List<String> out = new ArrayList<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) r;
                out.add(pkg.getName() + "/" + r.getName() + " " + impl.getResource().getSourcePath() + " "
                        + impl.getSalience() + " " + impl.getAgendaGroup() + " " + impl.getLoadOrder());
            }
        }
        return out;
    }

    private static List<String> problems(KnowledgeBuilder kb) {
        List<String> out = new ArrayList<>();
        for (KnowledgeBuilderError e : kb.getErrors()) {
            out.add(e.getSeverity() + " " + (e.getResource() == null ? "-" : e.getResource().getSourcePath()) + " "
                    + java.util.Arrays.toString(e.getLines()) + " " + e.getMessage());
        }
        return out;
    }
}
