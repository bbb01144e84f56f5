package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.ReloadStatus;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadingEvaluatorTest {

    private static final String WBK_TOTAL = "$k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"75\" );";

    private static final Assessment UNIT = Assessment.builder(Unit.of("X"), 2024, Predikat.WBK)
            .ruleSet(BuiltInRuleSet.ID).build();

    /**
     * A copy of the built-in rule set whose scenarios are one case that every WBK total from 75 to 79 passes (the
     * best answers reach WBK), so that the edits of these tests are good edits for the reload's own scenario run.
     */
    private static Path copyWithThresholdFreeScenario(Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        emptyTests(rs);
        Files.writeString(rs.resolve("tests/best.csv"), "case,base,target,eligible\nbest answers,best,WBK,true\n");
        return rs;
    }

    private static void emptyTests(Path rs) throws IOException {
        try (var s = Files.list(rs.resolve("tests"))) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
    }

    private static ReloadingEvaluator create(Path rs) {
        return ReloadingEvaluator.create(EvaluatorOptions.builder().includeBuiltIn(false).ruleSetDirectory(rs)
                .build());
    }

    private static void setWbkTotal(Path rs, String total) throws IOException {
        Path f = rs.resolve("thresholds-wbk.drl");
        String t = Files.readString(f).replaceAll("\\$k\\.minimum\\( \"TOTAL\", \\$k\\.get\\( \"TOTAL\" \\), \"\\d+\" \\);",
                "\\$k.minimum( \"TOTAL\", \\$k.get( \"TOTAL\" ), \"" + total + "\" );");
        Files.writeString(f, t);
    }

    private static BigDecimal requiredTotal(Result r) {
        return r.verdict().scoreCheck("TOTAL").orElseThrow().required();
    }

    @Test
    void aBrokenEditDuringReloadLeavesTheOldVersionServing(@TempDir Path tmp) throws IOException {
        Path rs = copyWithThresholdFreeScenario(tmp);
        try (ReloadingEvaluator zi = create(rs)) {
            Result before = zi.evaluate(UNIT);
            BuiltInRuleSet.edit(rs, "thresholds-wbk.drl", WBK_TOTAL, WBK_TOTAL + " System.exit( 1 );");
            ReloadReport report = zi.reload();
            assertFalse(report.accepted());
            assertTrue(report.problems().stream().anyMatch(p -> p.code().equals("LINT_FORBIDDEN_NAME")),
                    report.problems()::toString);
            assertEquals(1, zi.generation());
            assertEquals(report.before(), report.after());
            Result after = zi.evaluate(UNIT);
            assertEquals(before.ruleSet(), after.ruleSet());
            assertEquals(before.verdict(), after.verdict());
        }
    }

    @Test
    void aGoodEditTakesEffectWithANewHash(@TempDir Path tmp) throws IOException {
        Path rs = copyWithThresholdFreeScenario(tmp);
        try (ReloadingEvaluator zi = create(rs)) {
            Result before = zi.evaluate(UNIT);
            assertEquals(new BigDecimal("75.00"), requiredTotal(before));
            setWbkTotal(rs, "77");
            ReloadReport report = zi.reload();
            assertTrue(report.accepted(), report.problems()::toString);
            assertEquals(2, zi.generation());
            assertEquals(1, report.changed().size());
            Result after = zi.evaluate(UNIT);
            assertEquals(new BigDecimal("77.00"), requiredTotal(after));
            assertNotEquals(before.ruleSet().sha256(), after.ruleSet().sha256());
            assertEquals(report.changed().get(0), after.ruleSet());
        }
    }

    @Test
    void anEditThatFailsTheRuleSetsOwnScenariosIsRefused(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        try (ReloadingEvaluator zi = create(rs)) {
            String hash = zi.evaluate(UNIT).ruleSet().sha256();
            List<ReloadReport> heard = new ArrayList<>();
            zi.addListener(heard::add);
            setWbkTotal(rs, "76");
            ReloadReport report = zi.reload();
            assertFalse(report.accepted());
            assertEquals(List.of(report), heard);
            assertTrue(report.problems().stream().anyMatch(p -> p.code().equals("SCENARIO_FAILED")
                    && p.messageEn().startsWith("scenario 'TOTAL tepat 75' failed: expected eligible true but was "
                    + "false")), report.problems()::toString);
            assertEquals(hash, zi.evaluate(UNIT).ruleSet().sha256());
        }
    }

    @Test
    void aResultsHashAlwaysMatchesTheRuleSetThatProducedItUnderConcurrentReloads(@TempDir Path tmp)
            throws Exception {
        Path rs = copyWithThresholdFreeScenario(tmp);
        try (ReloadingEvaluator zi = create(rs)) {
            Map<String, BigDecimal> totalByHash = new ConcurrentHashMap<>();
            totalByHash.put(zi.ruleSets().get(0).sha256(), new BigDecimal("75.00"));
            AtomicBoolean stop = new AtomicBoolean();
            List<Result> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            List<CompletableFuture<Void>> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                readers.add(CompletableFuture.runAsync(() -> {
                    while (!stop.get()) {
                        seen.add(zi.evaluate(UNIT));
                    }
                }));
            }
            // Four reloads while two readers evaluate without pause: each reload swaps under evaluations in flight,
            // and every result (hundreds of them) must carry the numbers of the rule set it names.
            String[] totals = {"77", "75", "78", "76"};
            for (String total : totals) {
                setWbkTotal(rs, total);
                ReloadReport r = zi.reload();
                assertTrue(r.accepted(), r.problems()::toString);
                totalByHash.put(r.after().get(0).sha256(), new BigDecimal(total + ".00"));
            }
            stop.set(true);
            for (CompletableFuture<Void> f : readers) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertEquals(5, zi.generation());
            assertTrue(seen.size() > totals.length, "evaluations: " + seen.size());
            for (Result r : seen) {
                BigDecimal expected = totalByHash.get(r.ruleSet().sha256());
                assertEquals(expected, requiredTotal(r), "result of " + r.ruleSet().sha256());
            }
        }
    }

    @Test
    void theWatcherReloadsAfterAnEditToTheFolder(@TempDir Path tmp) throws Exception {
        Path rs = copyWithThresholdFreeScenario(tmp);
        try (ReloadingEvaluator zi = create(rs)) {
            CompletableFuture<ReloadReport> heard = new CompletableFuture<>();
            zi.addListener(heard::complete);
            zi.startWatching(Duration.ofMillis(200));
            setWbkTotal(rs, "79");
            ReloadReport report = heard.get(120, TimeUnit.SECONDS);
            zi.stopWatching();
            assertTrue(report.accepted(), report.problems()::toString);
            assertEquals(new BigDecimal("79.00"), requiredTotal(zi.evaluate(UNIT)));
        }
    }

    @Test
    void aFolderWithoutTestsIsRefusedAtCreationAsZiRulesTestRefusesIt(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        emptyTests(rs);
        Files.delete(rs.resolve("tests"));
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> create(rs));
        assertEquals(List.of("SCENARIOS_MISSING " + rs.resolve("tests")), e.problems().stream()
                .map(p -> p.code() + " " + p.location()).toList());
        assertTrue(e.problems().get(0).messageEn().contains("no tests/ folder"), e.problems()::toString);
    }

    @Test
    void aReloadOfAFolderWhoseScenarioFilesWereRemovedIsRefusedAndTheOldRulesKeepServing(@TempDir Path tmp)
            throws IOException {
        Path rs = copyWithThresholdFreeScenario(tmp);
        try (ReloadingEvaluator zi = create(rs)) {
            String hash = zi.evaluate(UNIT).ruleSet().sha256();
            setWbkTotal(rs, "77");
            emptyTests(rs);
            ReloadReport report = zi.reload();
            assertFalse(report.accepted());
            assertEquals(List.of("SCENARIOS_MISSING"), report.problems().stream().map(Problem::code).toList());
            assertTrue(report.problems().get(0).messageId().contains("tidak berisi berkas skenario"),
                    report.problems()::toString);
            assertEquals(1, zi.generation());
            assertEquals(hash, zi.evaluate(UNIT).ruleSet().sha256());
            assertEquals(new BigDecimal("75.00"), requiredTotal(zi.evaluate(UNIT)));
            assertEquals(Optional.of(report), zi.lastRefused());
            Evaluator asApi = zi; // what a status page sees through the API alone
            assertEquals(new ReloadStatus(true, 1, report.before(), report.problems()), asApi.reloadStatus());
            Files.writeString(rs.resolve("tests/best.csv"), "case,base,target,eligible\nbest answers,best,WBK,true\n");
            assertTrue(zi.reload().accepted());
            assertEquals(Optional.empty(), zi.lastRefused(), "an accepted reload clears the last refusal");
            assertEquals(new ReloadStatus(true, 2, zi.ruleSets(), List.of()), asApi.reloadStatus());
        }
    }

    @Test
    void withScenariosIfPresentAnUntestedFolderLoadsAndReloads(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        emptyTests(rs);
        try (ReloadingEvaluator zi = ReloadingEvaluator.create(EvaluatorOptions.builder().includeBuiltIn(false)
                .ruleSetDirectory(rs).build(), ReloadingEvaluator.Scenarios.IF_PRESENT)) {
            setWbkTotal(rs, "77");
            ReloadReport report = zi.reload();
            assertTrue(report.accepted(), report.problems()::toString);
            assertEquals(new BigDecimal("77.00"), requiredTotal(zi.evaluate(UNIT)));
        }
    }
}
