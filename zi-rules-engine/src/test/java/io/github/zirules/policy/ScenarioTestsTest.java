package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ScenarioTestsTest {

    @TestFactory
    Stream<DynamicTest> theBuiltInScenariosRunAsDynamicTestsWithFullCoverage() {
        return ScenarioTests.dynamicTests(BuiltInRuleSet.folder(), new BigDecimal("100"));
    }

    @Test
    void aFailingCaseFailsItsDynamicTestWithTheDifference(@TempDir Path tmp) throws Throwable {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        try (var s = Files.list(rs.resolve("tests"))) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(rs.resolve("tests/one.csv"), "case,base,target,TOTAL\nbest,best,WBK,99.00\n");
        List<DynamicTest> tests = ScenarioTests.dynamicTests(rs, new BigDecimal("90")).toList();
        assertEquals(2, tests.size());
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> tests.get(0).getExecutable()
                .execute());
        assertTrue(e.getMessage().endsWith("expected TOTAL 99.00 but was 100.00"), e.getMessage());
        AssertionFailedError c = assertThrows(AssertionFailedError.class, () -> tests.get(1).getExecutable()
                .execute());
        assertTrue(c.getMessage().startsWith("rule coverage "), c.getMessage());
    }

    @Test
    void anInvalidScenarioFileThrowsBeforeAnyTestRuns(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        Files.writeString(rs.resolve("tests/bad.csv"), "case,nonsense\nx,1\n");
        assertThrows(io.github.zirules.api.InvalidInputException.class, () -> ScenarioTests.dynamicTests(rs));
    }
}
