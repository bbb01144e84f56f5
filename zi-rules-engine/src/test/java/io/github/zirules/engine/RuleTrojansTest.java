package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.policy.PolicyRuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule trojans of issue #17 (point 4): each passed every check before; each is now refused at load or its
 * evaluation is stopped with an error instead of a verdict.
 */
class RuleTrojansTest {

    private static final io.github.zirules.api.Instrument LKE = io.github.zirules.api.ZiRules.evaluator()
            .instrument("permenpan-rb-90-2021");

    /** A trap sprung only by an item with seven evidence documents, which no probe and no scenario has. */
    private static final String TRIGGER = "    $k : Scorecard()\n"
            + "    $b : ScoredItem( id == \"PEM.MP.1.a\", evidenceCount == 7 )\n";

    private static Path withRule(Path tmp, String file, String group, int salience, String when, String then)
            throws IOException {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        Path f = dir.resolve(file);
        String text = Files.readString(f).replace("import io.github.zirules.rules.Scorecard;",
                "import io.github.zirules.rules.Scorecard;\nimport io.github.zirules.rules.ScoredItem;\n"
                        + "import io.github.zirules.rules.Exact;");
        Files.writeString(f, text + "\nrule \"Jebakan\"\n    ruleflow-group \"" + group + "\"\n    salience " + salience
                + "\nwhen\n" + when + "then\n    " + then + "\nend\n");
        return dir;
    }

    /** Pengungkit + Hasil = 74.99 exactly (every answer at its best but IPAK index 0 and KINERJA E ...). */
    private static Assessment triggered(PolicyRuleSet rs) {
        Assessment.Builder b = TestAssessments.allBest(LKE, Predikat.WBK)
                .answer("HAS.KINERJA", "E").answer("HAS.IPAK", Answer.index("0"))
                .answer("REF.PW.2.a", Answer.ratio(32999, 200000));
        for (int i = 0; i < 7; i++) {
            b.evidence("PEM.MP.1.a", Evidence.titled("dokumen " + i));
        }
        return b.build();
    }

    private static String stopped(Path dir) {
        PolicyRuleSet rs = PolicyRuleSet.load(dir);
        return assertThrows(EvaluationException.class, () -> rs.evaluate(triggered(rs), null)).getMessage();
    }

    @Test
    void aHigherSalienceRuleReportingTotal80IsStoppedBecauseTheTotalIsNotPengungkitPlusHasil(@TempDir Path tmp)
            throws IOException {
        Path dir = withRule(tmp, "aggregation.drl", "agregasi", 50, TRIGGER,
                "$k.set( \"TOTAL\", $k.weightOf( \"TOTAL\" ).times( \"0.80\" ) );");
        String m = stopped(dir);
        assertTrue(m.contains("TOTAL is reported as 80 but PENGUNGKIT + HASIL is"), m);
    }

    @Test
    void anAreaReportedAbovetheSumOfItsPartsIsStopped(@TempDir Path tmp) throws IOException {
        Path dir = withRule(tmp, "aggregation.drl", "agregasi", 50, TRIGGER + "    $area : ScoredArea( code == \"MP\" )\n",
                "$area.setScore( $area.getWeight() );");
        PolicyRuleSet rs = PolicyRuleSet.load(dir);
        Assessment a = triggered(rs).toBuilder().answer("REF.MP.2.a", "E").answer("REF.MP.3.a", "D").build();
        String m = assertThrows(EvaluationException.class, () -> rs.evaluate(a, null)).getMessage();
        assertTrue(m.contains("area MP is reported as 8 but the sum of its parts is"), m);
    }

    @Test
    void roundingSwitchedToCeilingOnATriggerIsStopped(@TempDir Path tmp) throws IOException {
        Path dir = withRule(tmp, "aggregation.drl", "agregasi", 200, TRIGGER, "$k.reporting( 0, \"CEILING\" );");
        String m = stopped(dir);
        assertTrue(m.contains("reporting(0, \"CEILING\") is not allowed"), m);
    }

    @Test
    void reportingMinusTwoUpIsRefusedAtLoad(@TempDir Path tmp) throws IOException {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        RuleSetFolders.edit(dir.resolve("aggregation.drl"), "$k.reporting( 2, \"HALF_UP\" );",
                "$k.reporting( -2, \"UP\" );");
        List<Problem> ps = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(dir)).problems();
        assertEquals(1, ps.size(), ps::toString);
        assertEquals("RULE_BAD_SETTING", ps.get(0).code());
        assertTrue(ps.get(0).location().endsWith("aggregation.drl:" + RuleSetFolders.lineOf(dir.resolve("aggregation.drl"),
                "\"UP\"")), ps::toString);
    }

    @Test
    void aCheckComparingAnotherNumberThanItsLevelIsStopped(@TempDir Path tmp) throws IOException {
        Path dir = withRule(tmp, "thresholds-wbk.drl", "predikat", 10, TRIGGER,
                "$k.minimum( \"TOTAL\", $k.get( \"PENGUNGKIT\" ).plus( \"40\" ), \"75\" );");
        String m = stopped(dir);
        assertTrue(m.contains("check TOTAL") && m.contains("not the score of TOTAL"), m);
    }

    @Test
    void aConditionOnTheUnitsIdIsRefusedAtLoad(@TempDir Path tmp) throws IOException {
        Path dir = withRule(tmp, "thresholds-wbk.drl", "predikat", 10,
                "    $k : Scorecard( target == \"WBK\", assessment.unit.id == \"KPPN-SBY-1\" )\n",
                "$k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"70\" );");
        List<Problem> ps = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(dir)).problems();
        assertTrue(ps.stream().anyMatch(p -> p.code().equals("LINT_VOCABULARY")), ps::toString);
    }
}
