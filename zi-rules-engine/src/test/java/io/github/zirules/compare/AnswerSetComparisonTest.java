package io.github.zirules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.ZiRules;
import io.github.zirules.engine.Examples;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-made answer sets over shared example 01 (eligible for WBK, IPKP exactly at its 14.00 minimum). Expected
 * points are worked out by hand from the weights of the domain README: PEM.MP.1 weighs 0.50 over 2 items (0.25 an
 * item), PEM.PW.1 weighs 1.50 over 2 items (0.75 an item), IPKP = index / 4 × 17.5.
 */
class AnswerSetComparisonTest {

    private static final Evaluator ZI = ZiRules.evaluator();

    private static Assessment reviewed() throws Exception {
        Assessment a = Examples.read(Examples.exampleFiles().get(1));
        return a.toBuilder()
                .review("TPI", "PEM.MP.1.a", Answer.choice("Tidak"))   // -0.25
                .review("TPI", "HAS.IPKP", Answer.index("3.04"))       // 13.30 instead of 14.00: -0.70
                .review("TPI", "PEM.PW.1.b", Answer.choice(" a "))     // the unit's A: no difference
                .review("TPN", "PEM.PW.1.a", Answer.choice("C"))       // -0.75
                .review("TPN", "PEM.MP.1.a", Answer.choice("ya"))      // the unit's Ya: no difference
                .build();
    }

    private static Map<String, BigDecimal> diffs(String tpi, String tpn) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("TPI", new BigDecimal(tpi));
        m.put("TPN", new BigDecimal(tpn));
        return m;
    }

    @Test
    void reportsExactlyTheItemsWhereAReviewDiffersWithTheirPoints() throws Exception {
        AnswerSetComparison cmp = AnswerSetComparison.compare(ZI, reviewed());
        assertEquals(List.of("UNIT", "TPI", "TPN"), cmp.sets().stream().map(AnswerSet::role).toList());
        assertEquals(List.of("PEM.MP.1.a", "PEM.PW.1.a", "HAS.IPKP"),
                cmp.items().stream().map(d -> d.item().value()).toList());
        ItemDifference mp = cmp.items().get(0);
        assertEquals(Answer.choice("Tidak"), mp.answers().get("TPI"));
        assertEquals(new BigDecimal("0.25"), mp.points().get("UNIT"));
        assertEquals(new BigDecimal("0.00"), mp.points().get("TPI"));
        assertEquals(diffs("-0.25", "0.00"), mp.differences());
        assertEquals(diffs("0.00", "-0.75"), cmp.items().get(1).differences());
        assertEquals(diffs("-0.70", "0.00"), cmp.items().get(2).differences());
        assertEquals(new BigDecimal("13.30"), cmp.items().get(2).points().get("TPI"));
    }

    @Test
    void reportsExactlyTheScoresThatDifferAndByHowManyPoints() throws Exception {
        AnswerSetComparison cmp = AnswerSetComparison.compare(ZI, reviewed());
        Map<String, Map<String, BigDecimal>> got = new LinkedHashMap<>();
        cmp.scores().forEach(s -> got.put(s.id(), s.differences()));
        Map<String, Map<String, BigDecimal>> want = new LinkedHashMap<>();
        want.put("TOTAL", diffs("-0.95", "-0.75"));
        want.put("PENGUNGKIT", diffs("-0.25", "-0.75"));
        want.put("PEMENUHAN", diffs("-0.25", "-0.75"));
        want.put("HASIL", diffs("-0.70", "0.00"));
        want.put("IPKP", diffs("-0.70", "0.00"));
        want.put("AREA.MP", diffs("-0.25", "0.00"));
        want.put("AREA.PW", diffs("0.00", "-0.75"));
        want.put("PEM.MP", diffs("-0.25", "0.00"));
        want.put("PEM.PW", diffs("0.00", "-0.75"));
        want.put("PEM.MP.1", diffs("-0.25", "0.00"));
        want.put("PEM.PW.1", diffs("0.00", "-0.75"));
        want.put("HAS.IPKP", diffs("-0.70", "0.00"));
        assertEquals(want, got);
        assertEquals(new BigDecimal("89.92"), cmp.scores().get(0).values().get("UNIT"));
        assertEquals(new BigDecimal("88.97"), cmp.scores().get(0).values().get("TPI"));
    }

    @Test
    void aReviewThatDropsIpkpBelowItsMinimumChangesTheVerdict() throws Exception {
        AnswerSetComparison cmp = AnswerSetComparison.compare(ZI, reviewed());
        assertTrue(cmp.verdictsDiffer());
        assertEquals(1, cmp.checks().size(), cmp.checks().toString());
        CheckDifference ipkp = cmp.checks().get(0);
        assertEquals("IPKP", ipkp.id());
        assertEquals(Map.of("UNIT", true, "TPI", false, "TPN", true), ipkp.passed());
        assertEquals("13.30", ipkp.actual().get("TPI"));
        assertTrue(cmp.unit().result().eligible());
        assertFalse(cmp.set("TPI").orElseThrow().result().eligible());
    }

    @Test
    void itemsAReviewDoesNotMentionKeepTheUnitsAnswer() throws Exception {
        Assessment a = reviewed();
        AnswerSet tpn = AnswerSetComparison.compare(ZI, a).set("TPN").orElseThrow();
        assertEquals(2, tpn.reviewed().size());
        assertEquals(a.answers().size(), tpn.answers().size());
        assertEquals(a.answers().get(ItemId.of("HAS.IPKP")), tpn.answers().get(ItemId.of("HAS.IPKP")));
    }

    @Test
    void assessmentWithoutReviewsHasOnlyTheUnitsSetAndNoDifferences() throws Exception {
        AnswerSetComparison cmp = AnswerSetComparison.compare(ZI, Examples.read(Examples.exampleFiles().get(2)));
        assertEquals(1, cmp.sets().size());
        assertEquals(List.of(), cmp.items());
        assertEquals(List.of(), cmp.scores());
        assertEquals(List.of(), cmp.checks());
        assertFalse(cmp.verdictsDiffer());
    }

    @Test
    void reviewRoleUnitIsReservedAndInvalidReviewAnswersAreRefused() throws Exception {
        Assessment base = Examples.read(Examples.exampleFiles().get(1));
        InvalidInputException reserved = assertThrows(InvalidInputException.class, () -> AnswerSetComparison
                .compare(ZI, base.toBuilder().review("UNIT", "PEM.MP.1.a", Answer.choice("Ya")).build()));
        assertEquals("REVIEW_ROLE_RESERVED", reserved.problems().get(0).code());
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> AnswerSetComparison
                .compare(ZI, base.toBuilder().review("TPI", "PEM.MP.1.a", Answer.choice("Z")).build()));
        assertEquals("$.reviews['TPI']['PEM.MP.1.a']", bad.problems().get(0).location());
    }
}
