package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import io.github.zirules.report.ReportFormat;
import io.github.zirules.report.ReportInput;
import io.github.zirules.report.ReportOptions;
import io.github.zirules.report.ReportRenderer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports name every check as the rule set's {@code structure.csv} names it: a required check by its row, a check
 * an officer adds (docs/policy/README.md §9, "at least 10 staff", {@link AgencyFactsDeclaredTest#STAFF_RULES}) by a
 * row with an empty predikat column (a named optional check), and a check no row names by its id.
 */
class ReportCheckNamesTest {

    private static final Evaluator ZI = ZiRules.evaluator();


    private static final String STAFF_ROW = "check,AGENCY.JUMLAH_PEGAWAI,,Jumlah pegawai unit paling sedikit 10,"
            + "Unit has at least 10 staff,\n";

    /** A copy of the built-in rule set, renamed, with the staff rule and, if {@code named}, its structure row. */
    private static Evaluator withStaffCheck(Path tmp, boolean named) throws IOException {
        Path copy = BuiltInRuleSet.copyTo(tmp.resolve("pegawai"));
        Files.writeString(copy.resolve("ruleset.properties"), Files.readString(copy.resolve("ruleset.properties"))
                .replace("id = permenpan-rb-90-2021", "id = aturan-pegawai").replace("years = 2022-", "years = 2030-"));
        Files.writeString(copy.resolve("prerequisites.drl"), AgencyFactsDeclaredTest.STAFF_RULES,
                StandardOpenOption.APPEND);
        if (named) {
            Files.writeString(copy.resolve("structure.csv"), STAFF_ROW, StandardOpenOption.APPEND);
        }
        return ZiRules.evaluator(EvaluatorOptions.builder().ruleSetDirectory(copy).includeBuiltIn(false).build());
    }

    private static Assessment nineStaff() {
        return Assessment.builder(Unit.of("U9"), 2030, Predikat.WBK).ruleSet("aturan-pegawai")
                .agency(new AgencyFacts("WTP", null, null, null).with("jumlahPegawai",
                        new AgencyFacts.Numeric(new BigDecimal("9")))).build();
    }

    private static String text(Evaluator zi, String language) {
        Assessment a = nineStaff();
        return ReportRenderer.render(ReportFormat.TEXT, ReportInput.of(zi, a, zi.evaluate(a)),
                ReportOptions.of(language));
    }

    @Test
    void anOfficersCheckNamedInStructureCsvWithoutAPredikatIsShownByThatNameButNotRequired(@TempDir Path tmp)
            throws IOException {
        Evaluator zi = withStaffCheck(tmp, true);
        RuleSetModel m = zi.model("aturan-pegawai");
        RuleSetModel.RequiredCheck staff = m.checks().stream().filter(c -> c.id().equals("AGENCY.JUMLAH_PEGAWAI"))
                .findFirst().orElseThrow();
        assertFalse(staff.isRequired());
        assertFalse(m.requiredChecks(Predikat.WBK).contains("AGENCY.JUMLAH_PEGAWAI"));
        assertEquals(m.requiredChecks(Predikat.WBK), ZI.model("permenpan-rb-90-2021")
                .requiredChecks(Predikat.WBK), "the required checks are those of the regulation");
        String id = text(zi, "id");
        assertTrue(id.contains("  ✗ Jumlah pegawai unit paling sedikit 10 "), id);
        assertTrue(id.contains("Jumlah pegawai unit paling sedikit 10 kurang 1,00 poin"), id);
        String en = text(zi, "en");
        assertTrue(en.contains("  ✗ Unit has at least 10 staff "), en);
        assertFalse(en.contains("AGENCY.JUMLAH_PEGAWAI"), en);
    }

    @Test
    void aCheckNoStructureRowNamesIsShownByItsId(@TempDir Path tmp) throws IOException {
        String en = text(withStaffCheck(tmp, false), "en");
        assertTrue(en.contains("  ✗ AGENCY.JUMLAH_PEGAWAI "), en);
        assertTrue(en.contains("  ✓ BPK audit opinion of the agency "), en);
    }

    @Test
    void theBuiltInChecksAreNamedByTheirStructureRowsInTheReportsLanguage() {
        Result r = ZI.evaluate(Assessment.builder(Unit.of("KOSONG"), 2026, Predikat.WBBM)
                .currentPredicate(Predikat.WBK).build());
        RuleSetModel m = ZI.model(r.ruleSet().id());
        String id = ReportRenderer.text(r, "id");
        String en = ReportRenderer.text(r, "en");
        List<String> made = r.verdict().checks().stream().map(c -> c.id()).toList();
        for (RuleSetModel.RequiredCheck c : m.checks()) {
            if (made.contains(c.id())) {
                assertTrue(id.contains("✗ " + c.nameId() + " ") || id.contains("✓ " + c.nameId() + " "), c.id());
                assertTrue(en.contains("✗ " + c.nameEn() + " ") || en.contains("✓ " + c.nameEn() + " "), c.id());
            }
        }
        assertEquals(13, made.size());
    }
}
