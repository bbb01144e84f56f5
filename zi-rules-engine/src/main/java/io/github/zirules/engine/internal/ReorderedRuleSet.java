package io.github.zirules.engine.internal;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * A compiled rule set built again from the same rule files loaded last file first. Rules of equal salience in one
 * phase fire in the order they were loaded, so a rule set whose result changes here has a rule whose outcome
 * depends on which of them fires first. The files were linted and checked when the rule set was compiled; the
 * reordered copy is only for comparing results and is never served.
 */
public final class ReorderedRuleSet {

    private ReorderedRuleSet() {
    }

    /** {@code rs} with its rule files loaded in reverse order (compiled again from its sources). */
    public static CompiledRuleSet withFilesReversed(CompiledRuleSet rs) {
        List<Map.Entry<String, String>> files = new ArrayList<>(rs.sources().entrySet());
        java.util.Collections.reverse(files);
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = kb.batch();
        for (Map.Entry<String, String> f : files) {
            batch.add(ResourceFactory.newByteArrayResource(f.getValue().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(f.getKey()), ResourceType.DRL);
        }
        batch.build();
        if (kb.hasErrors()) {
            throw new InvalidRuleSetException(rs.info().id(), List.of(Problem.error("DRL_ERROR",
                    rs.info().id(), Message.of("DRL_ERROR.reordered"))));
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(kb.getKnowledgePackages());
        return new CompiledRuleSet(rs.info(), rs.descriptor(), rs.instrument(), rs.validator(), base, rs.rules(),
                rs.sources());
    }
}
