package io.github.zirules.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.ZiRules;
import io.github.zirules.engine.Examples;
import io.github.zirules.engine.RuleSetFolders;
import io.github.zirules.policy.PolicyRuleSet;
import io.github.zirules.policy.ScenarioTests;
import io.github.zirules.testkit.AssessmentGenerator;
import io.github.zirules.testkit.RuleSetUnderTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The table edition of the built-in rule set: its files are what {@link TableEdition} writes from the DRL, and it
 * scores every assessment exactly as the DRL does (scores, verdict, checks and their rules, item points, warnings).
 */
class TableEditionTest {

    /** The committed table edition (zi-rules-examples/rulesets/permenpan-rb-90-2021-tabel). */
    static final Path FOLDER = Path.of("..", "zi-rules-examples", "rulesets", TableEdition.ID);

    private static final Evaluator DRL = ZiRules.evaluator();
    private static PolicyRuleSet tables;

    static synchronized PolicyRuleSet tables() {
        if (tables == null) {
            tables = PolicyRuleSet.load(FOLDER);
        }
        return tables;
    }

    /** Run with -Dzirules.writeTables=true to rewrite the folder after a change of the built-in DRL. */
    @Test
    void theCommittedTableEditionIsWhatTheGeneratorWritesFromTheDrl() throws IOException {
        Map<String, String> files = TableEdition.files();
        if (Boolean.getBoolean("zirules.writeTables")) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = FOLDER.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            assertEquals(f.getValue(), Files.readString(FOLDER.resolve(f.getKey())), f.getKey() + " is stale: "
                    + "regenerate the table edition with -Dzirules.writeTables=true");
        }
    }

    private static void scoresAlike(Assessment a) {
        Result byDrl = DRL.evaluate(a);
        Result byTables = tables().evaluate(a, null);
        assertEquals(byDrl.scores(), byTables.scores(), a.unit().id());
        assertEquals(byDrl.verdict(), byTables.verdict(), a.unit().id());
        assertEquals(byDrl.items(), byTables.items(), a.unit().id());
        assertEquals(byDrl.warnings(), byTables.warnings(), a.unit().id());
    }

    @Test
    void everyRuleOfATableIsLocatedAtItsOwnRowForCoverageAndRunTimeMessages() throws IOException {
        int checked = 0;
        for (io.github.zirules.rules.RuleRef r : tables().rules()) {
            if (r.file().endsWith(".csv")) {
                Path table = FOLDER.resolve(Path.of(r.file()).getFileName());
                assertEquals(RuleSetFolders.lineOf(table, "\"" + r.name() + "\","), r.line(), r.toString());
                checked++;
            }
        }
        assertEquals(true, checked > 80, "rules from tables: " + checked);
    }

    /** The built-in scenario tests, copied beside the tables, pass on them with every rule fired. */
    @TestFactory
    Stream<DynamicTest> theBuiltInScenariosPassOnTheTableEditionWithFullRuleCoverage() {
        return ScenarioTests.dynamicTests(FOLDER, new BigDecimal("100"));
    }

    @Test
    void theTableEditionScoresTheFourSharedExamplesToTheCentAsTheDrl() throws IOException {
        List<Path> examples = Examples.exampleFiles();
        assertEquals(4, examples.size(), examples::toString);
        for (Path f : examples) {
            scoresAlike(Examples.read(f));
        }
    }

    @Test
    void theTableEditionScoresEveryGeneratedAssessmentAsTheDrl() {
        AssessmentGenerator wbk = AssessmentGenerator.builder(DRL.instrument("permenpan-rb-90-2021"))
                .target(Predikat.WBK).agencyFactsShare(0.5).evidenceShare(0.5).build();
        AssessmentGenerator wbbm = RuleSetUnderTest.of(DRL, "permenpan-rb-90-2021").generator()
                .target(Predikat.WBBM).boundaryHugging(true).agencyFactsShare(0.5).zeroDenominatorShare(0.3).build();
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            scoresAlike(wbk.fromSeed(seed));
            scoresAlike(wbbm.fromSeed(seed));
        });
    }
}
