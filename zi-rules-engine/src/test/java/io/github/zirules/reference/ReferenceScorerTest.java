package io.github.zirules.reference;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.reference.ExampleJson.Example;
import io.github.zirules.rules.Exact;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference scorer reproduces, to the cent, every number of every worked example in the domain folder
 * ({@code shared/domain/examples}, independently computed), and its inputs agree with the domain README.
 *
 * <p>The examples are read from the shared folder when it can be found, and from the copies bundled under
 * {@code src/test/resources/reference/examples} otherwise (so the test runs anywhere); when both exist, the copies
 * must be identical to the originals.
 */
class ReferenceScorerTest {

    private static final ReferenceScorer SCORER = ReferenceScorer.standard();

    static List<Example> examples() {
        Map<String, Example> byName = new LinkedHashMap<>();
        ExampleJson.examplesIn(bundledExamples()).forEach(e -> byName.put(e.name(), e));
        sharedExamples().ifPresent(dir -> ExampleJson.examplesIn(dir).forEach(e -> byName.put(e.name(), e)));
        return List.copyOf(byName.values());
    }

    static Path bundledExamples() {
        try {
            return Path.of(Objects.requireNonNull(ReferenceScorerTest.class.getResource("/reference/examples"),
                    "test resource /reference/examples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> sharedExamples() {
        return ReferenceItems.sharedDomainFolder().map(d -> d.resolve("examples")).filter(Files::isDirectory);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void reproducesEveryNumberOfTheWorkedExampleToTheCent(Example example) {
        ReferenceResult actual = SCORER.score(example.assessment());
        ExampleJson.Expected expected = example.expected();
        List<String> mismatches = new ArrayList<>();

        expected.scores().forEach((key, want) -> {
            BigDecimal got = actual.scores().get(key);
            if (got == null || got.compareTo(want) != 0) {
                mismatches.add("score " + key + ": expected " + want + " but was " + got);
            }
        });
        Set<String> ourIndicators = actual.scores().keySet().stream()
                .filter(k -> k.chars().filter(c -> c == '.').count() == 2)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!ourIndicators.equals(new TreeSet<>(expected.indicatorKeys()))) {
            mismatches.add("indicator keys: expected " + new TreeSet<>(expected.indicatorKeys()) + " but were "
                    + ourIndicators);
        }

        if (expected.checks().size() != actual.checks().size()) {
            mismatches.add("checks: expected " + ids(expected.checks()) + " but were " + ids(actual.checks()));
        } else {
            for (int i = 0; i < expected.checks().size(); i++) {
                ReferenceCheck want = expected.checks().get(i);
                ReferenceCheck got = actual.checks().get(i);
                if (!want.id().equals(got.id()) || !sameNumber(want.required(), got.required())
                        || !sameNumber(want.actual(), got.actual()) || want.passed() != got.passed()
                        || !sameNumber(want.shortfall(), got.shortfall())) {
                    mismatches.add("check #" + i + ": expected " + want + " but was " + got);
                }
            }
        }
        if (expected.eligible() != actual.eligible()) {
            mismatches.add("eligible: expected " + expected.eligible() + " but was " + actual.eligible());
        }
        assertEquals(expected.target(), example.assessment().target(), "verdict target");
        if (!mismatches.isEmpty()) {
            fail(example.name() + ": " + mismatches.size() + " mismatches\n  " + String.join("\n  ", mismatches));
        }
        assertTrue(expected.scores().size() >= 50, "the example holds all its scores");
    }

    @Test
    void everyExampleIsCompared() {
        assertTrue(examples().size() >= 4, "at least the four shipped examples: " + examples());
    }

    // ---- hand-computed edge cases -------------------------------------------------------------------------

    /**
     * All best (100), then, to land the total on exactly 74.995 with every other check passing:
     * <pre>
     * Hasil:  IPAK 3.60 -> 3.60/4 x 17.5 = 15.75;  KINERJA C -> 0.5 x 5 = 2.50;  IPKP 3.20 -> 14.00;  Hasil 32.25
     * Reform losses (single-item indicators lose weight x (1 - value)):
     *   MP  REF.MP.2.a E -1, REF.MP.3.a D -1                                   -2.00   MP  6.00 (>= 4.80)
     *   TT  REF.TT.1.a D -0.5, REF.TT.2.a C -0.5 (w1, 2 items), .b B -0.25      -1.25   TT  5.75 (>= 4.20)
     *   SDM REF.SDM.1.a C -1.5, REF.SDM.2.a C -1.5                             -3.00   SDM 7.00 (>= 6.00)
     *   AK  REF.AK.2.a D -1.5, REF.AK.3.a D -1.5                               -3.00   AK  7.00 (>= 6.00)
     *   PW  REF.PW.1.a E -2.5, REF.PW.2.a 0/40 -3, REF.PW.3a.a 199/200 -0.005   -5.505  PW  9.495 (>= 9.00)
     *   PP  REF.PP.2.a D -2.5                                                  -2.50   PP  7.50 (>= 6.00)
     * Pengungkit = 60 - 17.255 = 42.745;  total = 42.745 + 32.25 = 74.995 exactly.
     * </pre>
     */
    private static Assessment.Builder total74_995() {
        return ReferenceFixtures.allBest(Predikat.WBK)
                .answer("HAS.IPAK", Answer.index("3.60")).answer("HAS.KINERJA", "C")
                .answer("HAS.IPKP", Answer.index("3.20"))
                .answer("REF.MP.2.a", "E").answer("REF.MP.3.a", "D")
                .answer("REF.TT.1.a", "D").answer("REF.TT.2.a", "C").answer("REF.TT.2.b", "B")
                .answer("REF.SDM.1.a", "C").answer("REF.SDM.2.a", "C")
                .answer("REF.AK.2.a", "D").answer("REF.AK.3.a", "D")
                .answer("REF.PW.1.a", "E").answer("REF.PW.2.a", Answer.ratio(0, 40))
                .answer("REF.PW.3a.a", Answer.ratio(199, 200))
                .answer("REF.PP.2.a", "D");
    }

    @Test
    void totalExactly74_995ReportsAs75ButFailsShortBy0_01() {
        // README §4 decision: thresholds are checked on the exact value, as the official workbooks' formulas do.
        Assessment a = total74_995().build();
        assertEquals(Exact.of("74.995"), SCORER.exactScores(a).get("total"));
        ReferenceResult r = SCORER.score(a);
        assertEquals(new BigDecimal("75.00"), r.score("total"));
        assertEquals(new BigDecimal("42.75"), r.score("pengungkit"));
        assertEquals(new BigDecimal("32.25"), r.score("hasil"));
        assertEquals(new BigDecimal("9.50"), r.score("PW"), "9.495 rounds half-up");
        ReferenceCheck total = r.check("TOTAL").orElseThrow();
        assertFalse(total.passed());
        assertEquals(new BigDecimal("74.995"), total.actual(), "the exact value, so the failure does not read as 75");
        assertEquals(new BigDecimal("0.01"), total.shortfall());
        assertEquals(List.of("TOTAL"), r.failedChecks().stream().map(ReferenceCheck::id).toList());
        assertFalse(r.eligible());
    }

    @Test
    void totalJustUnder74_995RoundsTo74_99AndFails() {
        // As above but REF.PW.3a.a 198/199: it loses 1/199 = 0.0050251... instead of 0.005, so the exact total is
        // 74.995 - (1/199 - 1/200) = 74.99497487... which reports 74.99: one cent short.
        Assessment a = total74_995().answer("REF.PW.3a.a", Answer.ratio(198, 199)).build();
        Exact exact = SCORER.exactScores(a).get("total");
        assertEquals(Exact.of("74.995").minus(Exact.ratio(1, 199)).plus(Exact.ratio(1, 200)), exact);
        assertTrue(exact.compareTo(Exact.of("74.9949")) > 0 && exact.compareTo(Exact.of("74.995")) < 0);
        ReferenceResult r = SCORER.score(a);
        assertEquals(new BigDecimal("74.99"), r.score("total"));
        ReferenceCheck total = r.check("TOTAL").orElseThrow();
        assertFalse(total.passed());
        assertEquals(new BigDecimal("0.01"), total.shortfall());
        assertEquals(List.of("TOTAL"), r.failedChecks().stream().map(ReferenceCheck::id).toList());
        assertFalse(r.eligible());
    }

    @Test
    void ipkpIndex3_20Gives14_00AndPassesWbk() {
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("HAS.IPKP", Answer.index("3.20")).build());
        assertEquals(new ReferenceCheck("IPKP", new BigDecimal("14.00"), new BigDecimal("14.00"), null, null, true,
                null), r.check("IPKP").orElseThrow());
        assertTrue(r.eligible());
    }

    @Test
    void ipkpIndex3_19Gives13_96AndFailsWbkBy0_04() {
        // 3.19 / 4 x 17.5 = 13.95625 -> 13.96
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("HAS.IPKP", Answer.index("3.19")).build());
        assertEquals(new ReferenceCheck("IPKP", new BigDecimal("14.00"), new BigDecimal("13.96"), null, null, false,
                new BigDecimal("0.04")), r.check("IPKP").orElseThrow());
        assertEquals(List.of("IPKP"), r.failedChecks().stream().map(ReferenceCheck::id).toList());
    }

    @Test
    void zeroDenominatorsGiveFullMarks() {
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("REF.PW.2.a", Answer.ratio(0, 0))
                .answer("REF.MP.1.a", Answer.ratio(7, 0))
                .answer("REF.SDM.3.a", Answer.decrease(0, 0)).build());
        assertEquals(new BigDecimal("3.00"), r.score("REF.PW.2"));
        assertEquals(new BigDecimal("2.00"), r.score("REF.MP.1"));
        assertEquals(new BigDecimal("2.00"), r.score("REF.SDM.3"));
        assertEquals(new BigDecimal("100.00"), r.score("total"));
    }

    @Test
    void violationsRisingFromNoneLastYearScoreZero() {
        // README §3 lets the rule set decide zero denominators per item; for REF.SDM.3.a a rise from 0 is a rise.
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("REF.SDM.3.a", Answer.decrease(0, 3)).build());
        assertEquals(new BigDecimal("0.00"), r.score("REF.SDM.3"));
    }

    @Test
    void ratioOver100PercentIsCappedAtFullMarks() {
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("REF.PW.2.a", Answer.ratio(30, 20))
                .answer("REF.MP.1.a", Answer.ratio(1_000, 1)).build());
        assertEquals(new BigDecimal("3.00"), r.score("REF.PW.2"));
        assertEquals(new BigDecimal("2.00"), r.score("REF.MP.1"));
        assertEquals(new BigDecimal("100.00"), r.score("total"));
    }

    @Test
    void pctRatioIsKeptExactUntilReported() {
        // 17/23 x 3 = 51/23 = 2.2173913... -> 2.22; PW = 12 + 51/23 = 14.2173913... -> 14.22
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("REF.PW.2.a", Answer.ratio(17, 23)).build());
        assertEquals(new BigDecimal("2.22"), r.score("REF.PW.2"));
        assertEquals(new BigDecimal("14.22"), r.score("PW"));
    }

    @Test
    void violationsThatIncreasedScoreZeroNotNegative() {
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("REF.SDM.3.a", Answer.decrease(5, 8)).build());
        assertEquals(new BigDecimal("0.00"), r.score("REF.SDM.3"));
        assertEquals(new BigDecimal("8.00"), r.score("SDM"));
        assertEquals(new BigDecimal("98.00"), r.score("total"));
    }

    @Test
    void violationsThatFellScoreTheirRelativeDecrease() {
        // (10 - 4) / 10 x 2 = 1.20
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("REF.SDM.3.a", Answer.decrease(10, 4)).build());
        assertEquals(new BigDecimal("1.20"), r.score("REF.SDM.3"));
    }

    @Test
    void noAnswersAtAllScoreZeroAndFailEveryScoreCheckByItsWholeMinimum() {
        ReferenceResult r = SCORER.score(ReferenceFixtures.empty(Predikat.WBK).build());
        r.scores().forEach((k, v) -> assertEquals(new BigDecimal("0.00"), v, k));
        assertEquals(12, r.checks().size());
        for (ReferenceCheck c : r.checks()) {
            assertFalse(c.passed(), c.id());
            assertEquals(c.required(), c.shortfall(), c.id());
        }
        assertEquals(new BigDecimal("4.80"), r.check("AREA.MP").orElseThrow().required());
        assertFalse(r.eligible());
    }

    @Test
    void anUnansweredItemCountsAsZeroInItsIndicatorsAverage() {
        // PEM.MP.1 (weight 0.5, 2 items): Ya and nothing -> (1 + 0) / 2 x 0.5 = 0.25
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .clearAnswer(ItemId.of("PEM.MP.1.b")).build());
        assertEquals(new BigDecimal("0.25"), r.score("PEM.MP.1"));
        assertEquals(new BigDecimal("99.75"), r.score("total"));
    }

    @Test
    void abcdUsesTheLiteral0_67NotTwoThirds() {
        // REF.PP.1 (weight 2.5): B and 1/1 -> (0.67 + 1) / 2 x 2.5 = 2.0875 -> 2.09 (with 2/3 it would be 2.08)
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("REF.PP.1.a", "B").build());
        assertEquals(new BigDecimal("2.09"), r.score("REF.PP.1"));
    }

    @Test
    void reportedScoresAreRoundedExactValuesNotSumsOfRoundedParts() {
        // PEM.SDM.4.a B: (0.67 + 1 + 1 + 1) / 4 x 2 = 1.835, so Pemenuhan 29.835 -> 29.84;
        // REF.PW.3a.a 199/200: Reform 29.995 -> 30.00; Pengungkit exactly 59.83 -> 59.83, not 29.84 + 30.00.
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("PEM.SDM.4.a", "B").answer("REF.PW.3a.a", Answer.ratio(199, 200)).build());
        assertEquals(new BigDecimal("29.84"), r.score("pemenuhan"));
        assertEquals(new BigDecimal("30.00"), r.score("reform"));
        assertEquals(new BigDecimal("59.83"), r.score("pengungkit"));
        assertEquals(new BigDecimal("1.84"), r.score("PEM.SDM.4"));
        assertEquals(new BigDecimal("99.83"), r.score("total"));
    }

    @Test
    void choiceLabelsAreMatchedIgnoringCaseAndSpaces() {
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("PEM.MP.1.a", " ya ").answer("PEM.MP.1.b", "a").build());
        assertEquals(new BigDecimal("0.50"), r.score("PEM.MP.1"));
    }

    @Test
    void allBestScores100AndEveryIndicatorItsWeight() {
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBK).build());
        assertEquals(new BigDecimal("100.00"), r.score("total"));
        assertEquals(new BigDecimal("60.00"), r.score("pengungkit"));
        assertEquals(new BigDecimal("22.50"), r.score("BBA"));
        assertEquals(new BigDecimal("7.50"), r.score("PEM.PW"));
        SCORER.items().indicators().forEach((id, rows) -> {
            if (!id.startsWith("HAS.")) {
                assertEquals(rows.get(0).weight().round(2, RoundingMode.HALF_UP), r.score(id), id);
            }
        });
        assertTrue(r.eligible());
    }

    @Test
    void wbbmRequiresHoldingWbk() {
        ReferenceResult none = SCORER.score(ReferenceFixtures.allBest(Predikat.WBBM).build());
        assertEquals(13, none.checks().size());
        assertEquals(new ReferenceCheck("HOLDS_WBK", null, null, "WBK", "NONE", false, null),
                none.check("HOLDS_WBK").orElseThrow());
        assertEquals(List.of("HOLDS_WBK"), none.failedChecks().stream().map(ReferenceCheck::id).toList());
        assertFalse(none.eligible());
        for (Predikat held : List.of(Predikat.WBK, Predikat.WBBM)) {
            ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBBM).currentPredicate(held).build());
            assertTrue(r.eligible(), "holding " + held);
        }
    }

    @Test
    void wbbmThresholdsAreStricterThanWbk() {
        // KINERJA B -> 3.75 and IPKP 3.60 -> 15.75: exactly the WBBM minima; BBA = 17.5 + 3.75 = 21.25
        Assessment.Builder b = ReferenceFixtures.allBest(Predikat.WBBM).currentPredicate(Predikat.WBK)
                .answer("HAS.KINERJA", "B").answer("HAS.IPKP", Answer.index("3.60"));
        assertTrue(SCORER.score(b.build()).eligible());
        ReferenceResult r = SCORER.score(b.answer("HAS.KINERJA", "C").answer("HAS.IPKP", Answer.index("3.59"))
                .build());
        assertEquals(List.of("KINERJA", "IPKP"), r.failedChecks().stream().map(ReferenceCheck::id).toList());
        assertEquals(new BigDecimal("1.25"), r.check("KINERJA").orElseThrow().shortfall());
        assertEquals(new BigDecimal("5.25"), r.check("AREA.TT").orElseThrow().required());
        assertEquals(new BigDecimal("11.25"), r.check("AREA.PW").orElseThrow().required());
        assertTrue(SCORER.score(b.target(Predikat.WBK).build()).eligible(), "the same answers pass WBK");
    }

    @Test
    void checksComeInReportOrder() {
        ReferenceResult r = SCORER.score(ReferenceFixtures.allBest(Predikat.WBBM).build());
        assertEquals(List.of("TOTAL", "PENGUNGKIT", "AREA.MP", "AREA.TT", "AREA.SDM", "AREA.AK", "AREA.PW", "AREA.PP",
                "BBA", "IPAK", "KINERJA", "IPKP", "HOLDS_WBK"), r.checks().stream().map(ReferenceCheck::id).toList());
    }

    @Test
    void answersOfTheWrongKindOrToUnknownItemsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("PEM.MP.1.a", "B").build()));
        assertThrows(IllegalArgumentException.class, () -> SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("REF.PW.2.a", "A").build()));
        assertThrows(IllegalArgumentException.class, () -> SCORER.score(ReferenceFixtures.allBest(Predikat.WBK)
                .answer("PEM.MP.9.z", "Ya").build()));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static List<String> ids(List<ReferenceCheck> checks) {
        return checks.stream().map(ReferenceCheck::id).toList();
    }
}
