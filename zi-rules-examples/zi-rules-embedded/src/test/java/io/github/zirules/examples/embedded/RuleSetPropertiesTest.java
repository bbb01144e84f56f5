package io.github.zirules.examples.embedded;

import io.github.zirules.testkit.RuleSetUnderTest;
import io.github.zirules.testkit.ZiProperties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The property kit in a user's build (docs/testkit.md): one JUnit 5 test per invariant over a rule set. A project
 * that keeps its own rule set on disk writes {@code ZiProperties.dynamicTests(Path.of("rules/my-rules"), 42L, 200)}.
 */
class RuleSetPropertiesTest {

    @TestFactory
    Stream<DynamicTest> theBuiltInRuleSetKeepsEveryInvariant() {
        return ZiProperties.dynamicTests(RuleSetUnderTest.builtIn("permenpan-rb-90-2021"), 42L, 50);
    }
}
