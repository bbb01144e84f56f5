package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zirules.api.Problem;
import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.engine.Catalog;
import io.github.zirules.engine.RuleSetFolders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule sets loaded as {@code validate} loads them: the file-order check made while each one loads finds what it finds
 * on a loaded rule set afterwards, and the built-in rule sets are there only as parents.
 */
class ValidateAllTest {

    @TempDir
    Path tmp;

    @Test
    void theFileOrderCheckMadeWhileLoadingFindsWhatItFindsAfterwards() throws IOException {
        Path dir = RuleSetFolders.plantFileOrderDependentRule(RuleSetFolders.copyBuiltIn(tmp.resolve("planted")));

        List<Problem> whileLoading = PolicyRuleSet.validateAll(List.of(dir)).get(0).fileOrderProblems();
        List<Problem> afterwards = PolicyRuleSet.loadAll(List.of(dir)).get(0).fileOrderProblems();

        assertFalse(whileLoading.isEmpty());
        assertEquals(afterwards, whileLoading);
    }

    @Test
    void aRuleSetExtendingABuiltInOneLoadsWithoutTheBuiltInOneCompiledOnItsOwn() throws IOException {
        Path dir = ExtendedRuleSetTest.stricter(tmp.resolve("stricter"), "zirules.stricter");

        List<PolicyRuleSet> loaded = PolicyRuleSet.validateAll(List.of(dir));

        assertEquals(List.of("stricter"), loaded.stream().map(r -> r.info().id()).toList());
        assertEquals(List.of(BuiltInRuleSet.ID), loaded.get(0).info().parents());
        assertEquals(List.of(), loaded.get(0).fileOrderProblems());
        Catalog catalog = Catalog.forValidation(List.of(dir));
        assertThrows(UnknownRuleSetException.class, () -> catalog.ruleSet(BuiltInRuleSet.ID));
    }
}
