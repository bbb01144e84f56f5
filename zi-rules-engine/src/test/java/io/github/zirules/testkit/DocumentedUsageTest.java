package io.github.zirules.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zirules.api.Assessment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The QuickTheories usage of docs/testkit.md, compiled and run so that the page cannot rot. */
class DocumentedUsageTest {

    @Test
    void theQuickTheoriesExampleOfTheDocsRunsOverTheBuiltInRuleSet() {
        RuleSetUnderTest rules = TestRules.builtIn();
        AssessmentGenerator gen = rules.generator().boundaryHugging(true).build();

        // tries(0.2): this keeps the docs' example compiling and running; the invariants are EnginePropertiesTest's.
        qt().withExamples(TestRules.tries(0.2)).forAll(longs().all()).checkAssert(seed -> {
            Assessment a = gen.fromSeed(seed);
            List<Violation> found = Invariants.checkAll(rules, a);
            if (!found.isEmpty()) {
                Assessment small = Shrinker.shrink(a, x -> !Invariants.checkAll(rules, x).isEmpty(),
                        AnswerMoves.allBest(rules.instrument(), a), 400);
                fail(found.get(0).messageEn() + "\nsmallest counterexample: " + small.answers());
            }
        });
        assertTrue(rules.toString().startsWith("RuleSetUnderTest[permenpan-rb-90-2021 "), rules::toString);
    }
}
