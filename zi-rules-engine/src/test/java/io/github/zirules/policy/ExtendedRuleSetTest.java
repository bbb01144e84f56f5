package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtendedRuleSetTest {

    static Path stricter(Path dir, String pkg) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ruleset.properties"), "id = stricter\nversion = 1\nextends = "
                + BuiltInRuleSet.ID + "\nrules = stricter.drl\n");
        Files.writeString(dir.resolve("stricter.drl"), "package " + pkg + ";\n"
                + "import io.github.zirules.rules.Scorecard;\n"
                + "rule \"WBK instansi: nilai total paling sedikit 80\"\n"
                + "    ruleflow-group \"predikat\"\n"
                + "when\n"
                + "    $k : Scorecard( target == \"WBK\" )\n"
                + "then\n"
                + "    $k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"80\" );\n"
                + "end\n");
        return dir;
    }

    private static Assessment assessment(Predikat target, String ipkp) {
        return Assessment.builder(Unit.of("X"), 2024, target).currentPredicate(Predikat.WBK)
                .answer("HAS.IPKP", Answer.index(ipkp)).answer("HAS.IPAK", Answer.index("3.7"))
                .answer("HAS.KINERJA", "B").answer("PEM.MP.1.a", "Ya").build();
    }

    @Test
    void anExtendingRuleSetOverridesOnlyTheWbkTotalThreshold(@TempDir Path tmp) throws IOException {
        PolicyRuleSet child = PolicyRuleSet.load(stricter(tmp.resolve("stricter"), "zirules.stricter"));
        PolicyRuleSet parent = PolicyRuleSet.load(BuiltInRuleSet.folder());
        assertEquals(List.of(BuiltInRuleSet.ID), child.info().parents());
        for (Predikat target : List.of(Predikat.WBK, Predikat.WBBM)) {
            for (String ipkp : List.of("3.2", "4")) {
                Assessment a = assessment(target, ipkp);
                Result c = child.evaluate(a, null);
                Result p = parent.evaluate(a, null);
                assertEquals(p.scores(), c.scores());
                assertEquals(p.verdict().checks().size(), c.verdict().checks().size());
                for (Check pc : p.verdict().checks()) {
                    Check cc = c.verdict().check(pc.id()).orElseThrow();
                    if (target == Predikat.WBK && pc.id().equals("TOTAL")) {
                        assertEquals("80.00", cc.requiredText());
                        assertEquals("WBK instansi: nilai total paling sedikit 80", cc.rule());
                    } else {
                        assertEquals(pc, cc);
                    }
                }
            }
        }
    }

    @Test
    void theOverriddenParentRuleIsReportedAsAWarning(@TempDir Path tmp) throws IOException {
        PolicyRuleSet child = PolicyRuleSet.load(stricter(tmp.resolve("stricter"), "zirules.stricter"));
        List<Problem> w = child.warnings();
        assertEquals(1, w.size(), w::toString);
        assertEquals("OVERRIDES_PARENT_RULE", w.get(0).code());
        assertTrue(w.get(0).location().endsWith("stricter.drl:3"), w.get(0)::toString);
        assertTrue(w.get(0).messageEn().contains("'WBK: nilai total paling sedikit 75' (permenpan-rb-90-2021/"
                + "thresholds-wbk.drl:"), w.get(0)::toString);
        assertTrue(w.get(0).messageEn().endsWith("check TOTAL"), w.get(0)::toString);
    }

    @Test
    void anExtendingRuleSetThatReusesItsParentsPackageIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = stricter(tmp.resolve("stricter"), "zirules.permenpanrb90");
        List<Problem> ps = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(dir)).problems();
        assertTrue(ps.stream().anyMatch(p -> p.code().equals("LINT_PACKAGE")
                && p.location().endsWith("stricter.drl:1")), ps::toString);
    }
}
