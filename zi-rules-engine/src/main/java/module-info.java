/**
 * The zi-rules engine: the Drools implementation of the API's {@code Evaluator}, the rule vocabulary, JSON, reports,
 * the gap planner, the comparison, the policy tools and the property-testing kit. Exports only the public packages;
 * {@code io.github.zirules.engine} and every {@code internal} package stay inside. The rule vocabulary is open, since
 * the rules Drools compiles run in class loaders of their own and read the facts reflectively.
 * Every exported package is {@code @NullMarked} (JSpecify, required transitively since its annotations are part of
 * the signatures): nothing is null unless marked {@code @Nullable}.
 */
// Drools and KIE publish no module descriptors: the engine must require them as automatic modules (each names
// itself in its manifest, none by its file name), which is all the "requires-automatic" lint warns of.
@SuppressWarnings("requires-automatic")
module io.github.zirules.engine {
    requires transitive io.github.zirules.api;
    requires transitive org.jspecify; // @NullMarked, @Nullable: part of the public signatures
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.base;
    requires org.drools.compiler;
    requires org.drools.core;
    requires org.drools.drl.ast;
    requires org.drools.drl.parser;
    requires org.drools.kiesession;
    requires org.drools.mvel;
    requires org.drools.util;
    requires org.apache.commons.csv;
    requires org.slf4j;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.junit.jupiter.api;
    requires static org.drools.decisiontables;
    requires static org.drools.templates;

    exports io.github.zirules.compare;
    exports io.github.zirules.json;
    exports io.github.zirules.planner;
    exports io.github.zirules.policy;
    exports io.github.zirules.report;
    exports io.github.zirules.rules;
    exports io.github.zirules.testkit;

    opens io.github.zirules.rules;

    provides io.github.zirules.api.spi.EvaluatorProvider with io.github.zirules.engine.internal.DroolsEvaluatorProvider;
}
