package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Problem;
import io.github.zirules.testkit.AnswerMoves;
import io.github.zirules.testkit.Invariant;
import io.github.zirules.testkit.InvariantOutcome;
import io.github.zirules.testkit.Invariants;
import io.github.zirules.testkit.PropertyReport;
import io.github.zirules.testkit.PropertyRunner;
import io.github.zirules.testkit.RuleSetUnderTest;
import io.github.zirules.testkit.TestRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property kit catches real mistakes: copies of the built-in rule set with one defect planted each, that the
 * load-time checks ({@code RuleSetVerifier}) let through, are each reported by the invariant that matches the
 * mistake, with a shrunk counterexample that still shows it. Defects that the load-time checks refuse are shown
 * refused.
 */
class PlantedDefectsTest {

    private static final long SEED = 9L;
    /**
     * The share of the default tries, about 18: each planted defect shows on most assessments, so it is found within
     * the first few tries and the rest only confirm that no other invariant fails; a defect not found fails the test.
     */
    private static final double TRIES = 0.3;

    @TempDir
    Path tmp;

    private Path copy(String name) throws IOException {
        return RuleSetFolders.copyBuiltIn(tmp.resolve(name));
    }

    /** A planted rule set that passed the load-time checks, and how the invariants fared on it. */
    private record Found(RuleSetUnderTest rules, InvariantOutcome outcome) {
        String message() {
            return outcome.violation().messageEn();
        }

        Assessment counterexample() {
            return outcome.counterexample().orElseThrow();
        }

        List<ItemId> differingFromAllBest() {
            Assessment a = counterexample();
            return AnswerMoves.differingItems(a, AnswerMoves.allBest(rules.instrument(), a));
        }
    }

    /** Runs every invariant; asserts exactly {@code expected} fail; returns the outcome of the first of them. */
    private static Found onlyThese(Path dir, String... expected) {
        RuleSetUnderTest rules = RuleSetUnderTest.fromDirectory(dir); // passes the load-time checks
        PropertyReport report = PropertyRunner.builder(rules).seed(SEED).tries(TestRules.tries(TRIES)).build().run();
        Set<String> failed = report.failures().stream().map(InvariantOutcome::invariant).collect(Collectors.toSet());
        assertEquals(Set.of(expected), failed, () -> report.failures().toString());
        InvariantOutcome o = report.outcome(expected[0]);
        Invariant inv = Invariants.named(expected[0]).orElseThrow();
        Assessment small = o.counterexample().orElseThrow();
        assertTrue(Invariants.checkSafely(inv, rules, small).isPresent(), "the counterexample replays the failure");
        assertTrue(o.counterexampleJson().orElseThrow().contains("\"format\": \"zi-assessment/1\""));
        assertEquals(rules.id(), small.ruleSet());
        return new Found(rules, o);
    }

    @Test
    void anAreaThatCountsItsPemenuhanPartTwiceIsStoppedAtRunTimeByTheSumOfItsParts() throws IOException {
        // The verifier checks the upper levels (Pemenuhan, Reform, Pengungkit, Hasil, total) against their weights,
        // and Pengungkit is summed from the area parts, not the areas: an area formula that adds a part twice passes
        // the load. The engine's run-time checks (every level equals the sum of its parts, #17) refuse every
        // evaluation, so every invariant reports that refusal, naming the area.
        Path dir = copy("area-twice");
        RuleSetFolders.edit(dir.resolve("aggregation.drl"), "$area.setScore( $area.sumOfPartScores() );",
                "$area.setScore( $area.sumOfPartScores().plus( $area.getParts().get( 0 ).getScore() ) );");
        RuleSetUnderTest rules = RuleSetUnderTest.fromDirectory(dir);
        PropertyReport report = PropertyRunner.builder(rules).seed(SEED).tries(TestRules.tries(TRIES)).build().run();
        Found f = new Found(rules, report.outcome("bounds"));
        assertTrue(f.message().contains("area MP is reported as 12 but the sum of its parts is 8"), f::message);
    }

    @Test
    void aPercentageNoLongerCappedAt100PercentIsStoppedAtRunTimeAndShrunkToOneOverFullAnswer() throws IOException {
        // The load probes answer PCT items with 0/4 … 4/4, never above the denominator: an uncapped ratio passes
        // them. The engine's run-time checks (RunTimeChecks) then refuse every evaluation that meets an over-full
        // answer, so every invariant reports that refusal; bounds still shrinks it to one over-full answer.
        Path dir = copy("pct-uncapped");
        RuleSetFolders.edit(dir.resolve("answer-values.drl"), "$butir.ratio().atMost( \"1\" ).atLeast( \"0\" )",
                "$butir.ratio().atLeast( \"0\" )");
        RuleSetUnderTest rules = RuleSetUnderTest.fromDirectory(dir);
        PropertyReport report = PropertyRunner.builder(rules).seed(SEED).tries(TestRules.tries(TRIES)).build().run();
        Found f = new Found(rules, report.outcome("bounds"));
        assertTrue(f.message().contains("outside 0 to 1"), f::message);
        List<ItemId> differing = f.differingFromAllBest();
        assertEquals(1, differing.size(), () -> differing + " " + f.message());
        Answer.Ratio r = assertInstanceOf(Answer.Ratio.class, f.counterexample().answers().get(differing.get(0)));
        assertTrue(r.numerator() > r.denominator(), r::display);
    }

    @Test
    void aThresholdOneCentAboveWhatItsRuleNameSaysIsAStrictComparisonAndIsReported() throws IOException {
        // "More than 14.00" on reported 2-decimal scores is "at least 14.01": the name still says "paling sedikit
        // 14,00", so an IPKP of exactly 14.00 would wrongly fail.
        Path dir = copy("strict-typed");
        RuleSetFolders.edit(dir.resolve("thresholds-wbk.drl"), "$k.minimum( \"IPKP\", $k.get( \"IPKP\" ), \"14.00\" );",
                "$k.minimum( \"IPKP\", $k.get( \"IPKP\" ), \"14.01\" );");
        Found f = onlyThese(dir, "thresholds");
        assertTrue(f.message().contains("threshold IPKP = 14.01 but its rule 'WBK: IPKP paling sedikit 14,00 "
                + "(indeks 3,20)' states 14,00: a score of exactly 14.00 would fail"), f.message());
    }

    @Test
    void aStrictComparisonInARuleConditionMovesTheThresholdAndIsReported() throws IOException {
        // The comparison written where DRL authors write comparisons, in the condition: "IPKP must be more than
        // 14,00", failing the boundary case by requiring a cent more. The built-in rule still says 14.00, so the
        // probes (IPKP 17.5, 13.125, …) never see a difference.
        Path dir = copy("strict-condition");
        RuleSetFolders.edit(dir.resolve("thresholds-wbk.drl"), "import io.github.zirules.rules.Scorecard;\n", """
                import io.github.zirules.rules.Scorecard;

                rule "WBK: IPKP harus lebih dari 14,00"
                    ruleflow-group "predikat"
                    salience 10
                when
                    $k : Scorecard( target == "WBK" )
                    eval( $k.get( "IPKP" ).isAtMost( "14" ) )
                then
                    $k.minimum( "IPKP", $k.get( "IPKP" ), "14.01" );
                end
                """);
        Found f = onlyThese(dir, "thresholds");
        assertTrue(f.message().contains("threshold IPKP = 14.01 for these answers but 14.00 when every answer is "
                + "best (rule 'WBK: IPKP harus lebih dari 14,00')"), f.message());
        assertEquals(List.of(ItemId.of("HAS.IPKP")), f.differingFromAllBest());
        assertTrue(f.rules().evaluate(f.counterexample()).scores().ipkp().compareTo(new BigDecimal("14.00")) <= 0);
    }

    @Test
    void answerCWorthMoreThanBIsReportedByMonotonicityWithTheOneMoveThatLowersTheScore() throws IOException {
        // A/B/C/D/E values B and C swapped (0.5 and 0.75): every value stays within 0..1 and A stays 1, so the
        // load-time checks pass; raising C to B now lowers the score.
        Path dir = copy("abcde-swapped");
        Path drl = dir.resolve("answer-values.drl");
        RuleSetFolders.edit(drl, "\"ABCDE\", \"C\", \"0.5\"", "\"ABCDE\", \"C\", \"0.75\"");
        RuleSetFolders.edit(drl, "\"ABCDE\", \"B\", \"0.75\"", "\"ABCDE\", \"B\", \"0.5\"");
        Found f = onlyThese(dir, "monotonicity");
        assertTrue(f.message().matches("raising the answer (\\S+) C → B lowers: items\\.\\1 0\\.7500 → 0\\.5000.*"),
                f.message());
        assertEquals(1, f.differingFromAllBest().size(), f.message());

        // Without single raises, the raise of every answer at once finds it too, and traces it to one answer.
        Assessment poor = f.rules().generator().quality(0.4).build().fromSeed(SEED);
        String composite = Invariants.monotonicity(0).check(f.rules(), poor).orElseThrow().messageEn();
        assertTrue(composite.matches("raising the answer (\\S+) C → B lowers: items\\.\\1 0\\.7500 → 0\\.5000.*"),
                composite);
    }

    @Test
    void aCheckThatComparesTheWrongScoreIsStoppedAtRunTime() throws IOException {
        // A copy-paste slip: the IPKP check compares IPAK. Both are in range, so the load-time checks pass; the
        // run-time checks (a check named after a level compares that level, #17) refuse every evaluation.
        Path dir = copy("check-wrong-score");
        RuleSetFolders.edit(dir.resolve("thresholds-wbk.drl"), "$k.minimum( \"IPKP\", $k.get( \"IPKP\" ), \"14.00\" );",
                "$k.minimum( \"IPKP\", $k.get( \"IPAK\" ), \"14.00\" );");
        RuleSetUnderTest rules = RuleSetUnderTest.fromDirectory(dir);
        PropertyReport report = PropertyRunner.builder(rules).seed(SEED).tries(TestRules.tries(TRIES)).build().run();
        Found f = new Found(rules, report.outcome("consistency"));
        assertTrue(f.message().contains("check IPKP") && f.message().contains("not the score of IPKP"), f::message);
    }

    @Test
    void answerBWorthMoreThanAIsRefusedAtLoadWhetherBGoesAbove1OrAGoesBelow1() throws IOException {
        // B > A needs either B > 1 (the probes answer every label and see the value out of range) or A < 1 (the
        // all-best probe then misses the weights): the load-time checks refuse both, before any property runs.
        Path above = copy("b-above-1");
        RuleSetFolders.edit(above.resolve("answer-values.drl"), "\"ABCD\", \"B\", \"0.67\"",
                "\"ABCD\", \"B\", \"1.2\"");
        assertRefusedWith(above, "LINT_VALUE_RANGE");

        Path swapped = copy("ab-swapped");
        Path drl = swapped.resolve("answer-values.drl");
        RuleSetFolders.edit(drl, "\"ABCD\", \"B\", \"0.67\"", "\"ABCD\", \"B\", \"1.0\"");
        RuleSetFolders.edit(drl, "\"ABCD\", \"A\", \"1\"", "\"ABCD\", \"A\", \"0.67\"");
        assertRefusedWith(swapped, "LINT_WEIGHT_SUM");
    }

    private static void assertRefusedWith(Path dir, String code) {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> RuleSetUnderTest.fromDirectory(dir));
        assertTrue(e.problems().stream().map(Problem::code).anyMatch(code::equals), e::getMessage);
    }
}
