package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import io.github.zirules.report.ReportRenderer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13, point 7: an edited rule set never passes for the built-in one. */
class RuleSetIdentityTest {

    private static Assessment some(String ruleSet) {
        Assessment.Builder b = Assessment.builder(Unit.of("U-1"), 2024, Predikat.WBK).ruleSet(ruleSet);
        Instrument instrument = ZiRules.evaluator().instrument(BuiltInRuleSet.ID);
        for (Item it : instrument.items()) {
            b.answer(it.id(), switch (instrument.answerScale(it).kind()) {
                case RATIO -> Answer.ratio(3, 4);
                case DECREASE -> Answer.decrease(4, 1);
                case INDEX -> Answer.index(new BigDecimal("3.5"));
                default -> Answer.choice(instrument.answerScale(it).labels().get(0));
            });
        }
        return b.build();
    }

    @Test
    void anEditedFolderKeepingTheBuiltInIdIsRefusedUnlessItSaysItReplacesIt(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("rs");
        BuiltInRuleSets.copy(BuiltInRuleSet.ID, dir);
        BuiltInRuleSet.edit(dir, "thresholds-wbk.drl", "\"75\" );", "\"77\" );");
        List<Problem> ps = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(dir)).problems();
        assertEquals(List.of("RULESET_ID_BUILT_IN"), ps.stream().map(Problem::code).toList(), ps::toString);
        assertTrue(ps.get(0).expected().contains("--as NEW-ID"), ps::toString);
        Files.writeString(dir.resolve("ruleset.properties"), Files.readString(dir.resolve("ruleset.properties"))
                + "replaces = " + BuiltInRuleSet.ID + "\n");
        PolicyRuleSet.load(dir);
    }

    @Test
    void aCopyUnderItsOwnIdGetsItsOwnVersionAndTitleAndIsMarkedInEveryReport(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("rs");
        BuiltInRuleSets.copy(BuiltInRuleSet.ID, dir, "kemenkeu-77");
        BuiltInRuleSet.edit(dir, "thresholds-wbk.drl", "\"75\" );", "\"77\" );");
        PolicyRuleSet rs = PolicyRuleSet.load(dir);
        assertEquals("kemenkeu-77", rs.info().id());
        assertEquals("0.1.0", rs.info().version());
        assertTrue(rs.info().title().contains("edited copy: kemenkeu-77"), rs.info().title());
        Result own = rs.evaluate(some("kemenkeu-77"), null);
        assertTrue(ReportRenderer.text(own, "en").contains("NOT a built-in rule set"));
        assertTrue(ReportRenderer.text(own, "id").contains("BUKAN aturan bawaan"));
        assertTrue(ReportRenderer.markdown(own, "en").contains("NOT a built-in rule set"));
        assertTrue(ReportRenderer.html(own, "en").contains("NOT a built-in rule set"));
        Result builtIn = ZiRules.evaluator().evaluate(some(BuiltInRuleSet.ID));
        assertFalse(ReportRenderer.text(builtIn, "en").contains("NOT a built-in"));
        assertThrows(IllegalArgumentException.class, () -> BuiltInRuleSets.copy(BuiltInRuleSet.ID,
                tmp.resolve("x"), BuiltInRuleSet.ID));
    }
}
