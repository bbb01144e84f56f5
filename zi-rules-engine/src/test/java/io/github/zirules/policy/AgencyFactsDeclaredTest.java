package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import io.github.zirules.engine.RuleSetFolders;
import io.github.zirules.testkit.AssessmentGenerator;
import io.github.zirules.testkit.Invariants;
import io.github.zirules.testkit.RuleSetUnderTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agency facts declared by the rule files: an officer adds "at least 10 staff" without a developer. */
class AgencyFactsDeclaredTest {

    private static final Evaluator ZI = ZiRules.evaluator();

    /** What docs/policy shows an officer adding to a copied rule set's prerequisites.drl. */
    static final String STAFF_RULES = """

            rule "Data instansi: jumlah pegawai unit"
                ruleflow-group "bobot"
            when
                $k : Scorecard()
            then
                $k.agencyFact( "jumlahPegawai", "BILANGAN", "Jumlah pegawai unit", "Number of staff of the unit" );
            end

            rule "Unit paling sedikit 10 pegawai"
                ruleflow-group "predikat"
            when
                $k : Scorecard( hasFact( "jumlahPegawai" ) )
            then
                $k.minimum( "AGENCY.JUMLAH_PEGAWAI", $k.factNumber( "jumlahPegawai" ), "10" );
            end
            """;

    private static Path withStaffRule(Path tmp, String rules) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        Files.writeString(rs.resolve("prerequisites.drl"), rules, StandardOpenOption.APPEND);
        return rs;
    }

    private static Assessment withFact(String name, AgencyFacts.Value value) {
        return Assessment.builder(Unit.of("U1"), 2024, Predikat.WBK)
                .agency(new AgencyFacts("WTP", null, null, null).with(name, value)).build();
    }

    private static Optional<Check> staffCheck(Result r) {
        return r.verdict().check("AGENCY.JUMLAH_PEGAWAI");
    }

    @Test
    void aStaffMinimumDeclaredInTheRuleFilesChecksTheCountTheAssessmentGives(@TempDir Path tmp) throws IOException {
        PolicyRuleSet rs = PolicyRuleSet.load(withStaffRule(tmp, STAFF_RULES));
        Check twelve = staffCheck(rs.evaluate(withFact("jumlahPegawai", number("12")), null)).orElseThrow();
        assertTrue(twelve.passed(), twelve::toString);
        Check nine = staffCheck(rs.evaluate(withFact("jumlahPegawai", number("9")), null)).orElseThrow();
        assertFalse(nine.passed(), nine::toString);
        Check ten = staffCheck(rs.evaluate(withFact("jumlahPegawai", number("10")), null)).orElseThrow();
        assertTrue(ten.passed(), "exactly 10 staff reaches the minimum: " + ten);
        assertTrue(staffCheck(rs.evaluate(withFact("other", null), null)).isEmpty(),
                "a prerequisite is checked only when its fact is given");
    }

    @Test
    void theBuiltInRuleSetDeclaresTheFourFactsOfTheRegulation() {
        assertEquals(List.of("bpkOpinion", "akip", "indeksRb", "kind"), List.copyOf(ZI.instrument(BuiltInRuleSet.ID)
                .agencyFacts().keySet()));
        assertEquals(List.of("WTP", "WDP", "TW", "TMP"), ZI.instrument(BuiltInRuleSet.ID).agencyFacts().get("bpkOpinion")
                .values());
        assertEquals(List.of("MINISTRY", "REGIONAL"), ZI.instrument(BuiltInRuleSet.ID).agencyFacts().get("kind").values());
    }

    @Test
    void aFactNoRuleDeclaresIsRefusedAtItsPathWithTheNearestName(@TempDir Path tmp) throws IOException {
        PolicyRuleSet rs = PolicyRuleSet.load(withStaffRule(tmp, STAFF_RULES));
        Problem p = assertThrows(InvalidInputException.class, () -> rs.evaluate(withFact("jumlahPegawi",
                number("12")), null)).problems().get(0);
        assertEquals("AGENCY_FACT_UNKNOWN", p.code());
        assertEquals("$.facts.jumlahPegawi", p.location());
        assertTrue(p.messageEn().contains("did you mean jumlahPegawai?"), p::toString);
        assertTrue(p.messageId().contains("maksudnya jumlahPegawai?"), p::toString);
    }

    @Test
    void aFactOfAnotherKindOrAFractionOfAStaffIsRefusedInBothLanguages(@TempDir Path tmp) throws IOException {
        PolicyRuleSet rs = PolicyRuleSet.load(withStaffRule(tmp, STAFF_RULES));
        for (AgencyFacts.Value wrong : List.of(new AgencyFacts.Text("dua belas"), number("12.5"),
                new AgencyFacts.YesNo(true))) {
            Problem p = assertThrows(InvalidInputException.class, () -> rs.evaluate(withFact("jumlahPegawai",
                    wrong), null)).problems().get(0);
            assertEquals("AGENCY_FACT_KIND", p.code(), p::toString);
            assertEquals("$.facts.jumlahPegawai", p.location());
            assertTrue(p.messageEn().contains("Number of staff of the unit"), p::toString);
            assertTrue(p.messageId().contains("Jumlah pegawai unit"), p::toString);
            assertEquals("a whole number, e.g. 12", p.expected());
        }
    }

    @Test
    void aGradeOffTheDeclaredScaleIsRefusedWithTheScale() {
        Problem p = assertThrows(InvalidInputException.class, () -> ZI.evaluate(Assessment.builder(
                Unit.of("U1"), 2024, Predikat.WBK).agency(new AgencyFacts(null, "AAA", null, null)).build()))
                .problems().get(0);
        assertEquals("AGENCY_VALUE_INVALID", p.code());
        assertEquals("$.agency.akip", p.location());
        assertEquals("AA, A, BB, B, CC, C, D", p.expected());
    }

    @Test
    void aRuleReadingAFactNoRuleDeclaresIsALintErrorAtItsLine(@TempDir Path tmp) throws IOException {
        Path dir = withStaffRule(tmp, STAFF_RULES.replace("hasFact( \"jumlahPegawai\" )",
                "hasFact( \"jumlahPegawi\" )"));
        int line = RuleSetFolders.lineOf(dir.resolve("prerequisites.drl"), "\"jumlahPegawi\"");
        List<Problem> ps = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(dir)).problems();
        Problem p = ps.stream().filter(x -> x.code().equals("LINT_FACT_UNKNOWN")).findFirst().orElseThrow(
                () -> new AssertionError(ps.toString()));
        assertTrue(p.location().endsWith("prerequisites.drl:" + line), p::toString);
        assertTrue(p.messageEn().contains("no rule declares the agency fact 'jumlahPegawi'; did you mean "
                + "jumlahPegawai?"), p::toString);
        assertTrue(p.format(Locale.forLanguageTag("id")).contains("tidak dinyatakan"), p::toString);
    }

    @Test
    void aRuleReadingAFactAsAnotherKindOrByAValueIsALintError(@TempDir Path tmp) throws IOException {
        Path dir = withStaffRule(tmp, STAFF_RULES.replace("$k.factNumber( \"jumlahPegawai\" )",
                "$k.factNumber( $k.factGrade( \"jumlahPegawai\" ) )"));
        List<Problem> ps = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(dir)).problems();
        assertTrue(ps.stream().anyMatch(p -> p.code().equals("LINT_FACT_KIND") && p.messageEn().contains(
                "declared BILANGAN: factGrade(…) cannot read it") && p.expected().equals("factNumber(…)")),
                ps::toString);
        assertTrue(ps.stream().anyMatch(p -> p.code().equals("LINT_FACT_NAME")), ps::toString);
    }

    @Test
    void aGradeFactOnAScaleNoRuleDeclaresIsALintError(@TempDir Path tmp) throws IOException {
        Path dir = withStaffRule(tmp, STAFF_RULES.replace("\"BILANGAN\"", "\"PERINGKAT PEGAWAI\"")
                .replace("$k.factNumber( \"jumlahPegawai\" )", "$k.get( \"TOTAL\" )"));
        List<Problem> ps = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(dir)).problems();
        assertTrue(ps.stream().anyMatch(p -> p.code().equals("LINT_FACT_KIND")
                && p.messageEn().contains("no rule declares the grade scale 'PEGAWAI'")), ps::toString);
    }

    @Test
    void aDeclarationOfAnUnknownKindIsRefusedAtItsLine(@TempDir Path tmp) throws IOException {
        Path dir = withStaffRule(tmp, STAFF_RULES.replace("\"BILANGAN\"", "\"ANGKA\""));
        int line = RuleSetFolders.lineOf(dir.resolve("prerequisites.drl"), "\"ANGKA\"");
        List<Problem> ps = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(dir)).problems();
        assertTrue(ps.stream().anyMatch(p -> p.code().equals("RULE_BAD_SETTING")
                && p.location().endsWith("prerequisites.drl:" + line) && p.expected().contains("BILANGAN")),
                ps::toString);
    }

    @Test
    void theStaffRuleKeepsEveryInvariantOnGeneratedAssessmentsThatGiveTheCount(@TempDir Path tmp) throws IOException {
        RuleSetUnderTest rules = RuleSetUnderTest.fromDirectory(withStaffRule(tmp, STAFF_RULES));
        AssessmentGenerator gen = rules.generator().agencyFactsShare(1).build();
        int checked = 0;
        for (long seed = 0; seed < 6; seed++) {
            Assessment a = gen.fromSeed(seed);
            assertEquals(List.of(), Invariants.checkAll(rules, a), a.agency()::toString);
            checked += a.agency().values().containsKey("jumlahPegawai") ? 1 : 0;
        }
        assertTrue(checked > 0, "some assessment gives the count");
    }

    private static AgencyFacts.Value number(String n) {
        return new AgencyFacts.Numeric(new BigDecimal(n));
    }
}
