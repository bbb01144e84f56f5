package io.github.zirules.engine.internal;

import io.github.zirules.api.Message;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Gets the DRL compiler ready on a second thread while the first reads and lints a rule set: the first compile of a
 * fresh JVM spends much of its time loading and initialising the message bundles and the classes of the DRL parser,
 * Drools' rule builder and the Eclipse Java compiler, and running their code cold. A tiny rule of our own, fixed here
 * (never a user's file), is parsed and compiled once per JVM, on a daemon thread, and thrown away; the real compile
 * then finds those classes ready. Nothing it makes is shared with the rule set being compiled, so the result is the same with or without it.
 */
public final class CompilerWarmUp {

    /** One rule with a constraint and a Java consequence: what every rule of a rule set has. */
    static final String DRL = """
            package zirules.warmup;
            rule "warm-up"
            when
                $s : String(length > 1)
            then
                int n = $s.length() + 1;
            end
            """;

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private CompilerWarmUp() {
    }

    /** Starts the warm-up unless it ran in this JVM already; returns at once. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> run(), "zi-rules-compiler-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * The warm-up itself; whatever goes wrong in it is ignored (the real compile reports its own problems).
     *
     * @return whether the rule compiled without a problem, that is, whether it warmed up what a rule set needs
     */
    static boolean run() {
        try {
            // The problem messages' bundles, which the lint's first check reads (and the parser's classes next).
            Message.known("DRL_ERROR");
            new DrlParser().parse(false, new StringReader(DRL));
            KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
            CompositeKnowledgeBuilder batch = kb.batch();
            batch.add(ResourceFactory.newByteArrayResource(DRL.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath("warm-up.drl"), ResourceType.DRL);
            batch.build();
            return !kb.hasErrors() && !kb.getKnowledgePackages().isEmpty();
        } catch (DroolsParserException | RuntimeException | LinkageError e) {
            // Only a warm-up: the compile that follows meets the same problem and reports it.
            return false;
        }
    }
}
