package io.github.zirules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Predikat;
import io.github.zirules.policy.BuiltInRuleSets;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boundary hugging aims at the thresholds of the rule set under test, read from it by probes: the expected values
 * here are the regulation's (PermenPAN-RB 90/2021, Lampiran: area minimum 60 % / 75 % of its weight, Pengungkit 40
 * / 48 of 60, total 75 / 85 of 100, IPKP index 3.20 / 3.60 and IPAK 3.60), not read from the engine.
 */
class BoundaryHintsTest {

    private static BigDecimal index(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theBuiltInRuleSetsHintsAreTheRegulationsAreaPengungkitTotalAndSurveyCutOffs() {
        RuleSetUnderTest rules = TestRules.builtIn();
        BoundaryHints wbk = rules.boundaryHints(Predikat.WBK, 2026);
        assertEquals(List.of(0.60, 40.0 / 60.0, 0.75), wbk.shares());
        assertEquals(List.of(index("3.20"), index("3.60")), wbk.indices());
        BoundaryHints wbbm = rules.boundaryHints(Predikat.WBBM, 2026);
        assertEquals(List.of(0.75, 48.0 / 60.0, 0.85), wbbm.shares());
        assertEquals(List.of(index("3.60")), wbbm.indices());
    }

    @Test
    void aRuleSetWithOtherThresholdsIsHuggedAtItsOwn(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("stricter");
        BuiltInRuleSets.copy("permenpan-rb-90-2021", dir, "stricter");
        Path wbk = dir.resolve("thresholds-wbk.drl");
        String drl = Files.readString(wbk);
        String total = "$k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"75\" );";
        String ipkp = "$k.minimum( \"IPKP\", $k.get( \"IPKP\" ), \"14.00\" );";
        assertEquals(List.of(true, true), List.of(drl.contains(total), drl.contains(ipkp)), "the lines to edit");
        Files.writeString(wbk, drl.replace(total, total.replace("75", "80")).replace(ipkp, ipkp.replace("14.00",
                "14.70")));
        BoundaryHints hints = RuleSetUnderTest.fromDirectory(dir).boundaryHints(Predikat.WBK, 2026);
        assertEquals(List.of(0.60, 40.0 / 60.0, 0.80), hints.shares());
        assertEquals(List.of(index("3.36"), index("3.60")), hints.indices(), "IPKP 14.70 of 17.50 is index 3.36");
    }

    @Test
    void aRuleSetThatFailsOnTheProbesGivesNoHintsAndStillBuildsItsGenerators(@TempDir Path tmp) throws IOException {
        // The IPKP check compares IPAK: every evaluation is refused at run time; the invariants report it, not build().
        Path dir = tmp.resolve("broken");
        BuiltInRuleSets.copy("permenpan-rb-90-2021", dir, "broken");
        Path wbk = dir.resolve("thresholds-wbk.drl");
        Files.writeString(wbk, Files.readString(wbk).replace("$k.minimum( \"IPKP\", $k.get( \"IPKP\" )",
                "$k.minimum( \"IPKP\", $k.get( \"IPAK\" )"));
        RuleSetUnderTest rules = RuleSetUnderTest.fromDirectory(dir);
        assertEquals(BoundaryHints.NONE, rules.boundaryHints(Predikat.WBK, 2026));
        assertEquals(rules.generator().build().fromSeed(5),
                rules.generator().boundaryHugging(true).build().fromSeed(5));
    }

    @Test
    void aHuggingBuilderOfABareInstrumentHasNoHintsAndDrawsAsWithoutHugging() {
        AssessmentGenerator hugging = AssessmentGenerator.builder(AssessmentGeneratorTest.INSTRUMENT)
                .boundaryHugging(true).build();
        AssessmentGenerator plain = AssessmentGenerator.builder(AssessmentGeneratorTest.INSTRUMENT).build();
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(plain.fromSeed(seed), hugging.fromSeed(seed), "seed " + seed);
        }
    }

    @Test
    void hintsGivenToTheBuilderWinOverTheRuleSets() {
        AssessmentGenerator gen = TestRules.builtIn().generator().boundaryHugging(true).boundaryShares(0.5)
                .boundaryIndices(index("1.00")).build();
        for (long seed = 0; seed < 20; seed++) {
            gen.fromSeed(seed).answers().values().forEach(a -> {
                if (a instanceof Answer.Index i) {
                    assertTrue(i.value().subtract(index("1.00")).abs().compareTo(index("0.02")) <= 0,
                            i.value()::toPlainString);
                }
            });
        }
    }
}
