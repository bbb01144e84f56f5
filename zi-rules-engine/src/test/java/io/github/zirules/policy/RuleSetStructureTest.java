package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.github.zirules.engine.RuleSetFolders.lineOf;
import static io.github.zirules.engine.RuleSetFolders.only;
import static io.github.zirules.engine.RuleSetFolders.refused;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreNode;
import io.github.zirules.api.ScoreTree;
import io.github.zirules.api.Unit;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.ZiRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structure of the regulation (structure.csv) is rule-set data: the evaluator exposes it, and a rule set whose
 * instrument, aggregation rules or threshold rules disagree with it is refused at load, at the line at fault.
 */
class RuleSetStructureTest {

    private static final String STRUCTURE = "structure.csv";

    @Test
    void theEvaluatorExposesTheBuiltInStructureAsData() {
        Evaluator ev = ZiRules.evaluator();
        RuleSetModel m = ev.model(BuiltInRuleSet.ID);
        assertEquals(List.of("PEM", "REF", "HAS"), m.sections().stream().map(RuleSetModel.SectionDef::code).toList());
        assertEquals(List.of("MP", "TT", "SDM", "AK", "PW", "PP"), m.areas().stream().map(RuleSetModel.AreaDef::code)
                .toList());
        assertEquals("TOTAL", m.root().id());
        assertEquals(List.of("PENGUNGKIT", "HASIL"), m.tree().get("TOTAL"));
        assertEquals(List.of("IPAK", "KINERJA"), m.tree().get("BBA"));
        assertEquals("HAS.IPKP", m.component("IPKP").orElseThrow().basisId());
        assertEquals(List.of("A", "B", "C", "D", "E"), m.answerScale("ABCDE").orElseThrow().labels());
        assertEquals(RuleSetModel.AnswerKind.RATIO, m.answerScale("PCT").orElseThrow().kind());
        assertEquals(13, m.requiredChecks(Predikat.WBBM).size());
        assertTrue(m.requiredChecks(Predikat.WBBM).contains("HOLDS_WBK"));
        assertTrue(!m.requiredChecks(Predikat.WBK).contains("HOLDS_WBK"));
        assertEquals(m, ev.instrument(BuiltInRuleSet.ID).model().orElseThrow());
    }

    @Test
    void aRuleSetWithoutAStructureFileGetsThe9021StructureWithAWarning(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "ruleset.properties", "structure = structure.csv\n", "");
        Files.delete(rs.resolve(STRUCTURE));
        PolicyRuleSet loaded = PolicyRuleSet.load(rs);
        Problem w = only(loaded.warnings(), "STRUCTURE_DEFAULT");
        assertEquals(Problem.Severity.WARNING, w.severity());
        assertTrue(w.location().endsWith("ruleset.properties"), w::toString);
    }

    @Test
    void anAreaTheStructureLacksIsRefusedOnceAtTheFirstItemRowNamingTheDeclaredAreas(@TempDir Path tmp)
            throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, STRUCTURE, "area,PP,,Peningkatan Kualitas Pelayanan Publik,Public-service quality,\n",
                "");
        List<Problem> ps = refused(rs);
        Problem p = only(ps, "STRUCTURE_UNKNOWN_AREA");
        int first = lineOf(rs.resolve("instrument.csv"), ",PEM,PP,");
        assertTrue(p.location().endsWith("instrument.csv:" + first), p::toString);
        assertTrue(p.message().text(Locale.ENGLISH).contains("'PP'"), p::toString);
        assertTrue(p.message().text(Locale.forLanguageTag("id")).contains("tidak dinyatakan"), p::toString);
        assertEquals("MP, TT, SDM, AK, PW", p.valid().text(Locale.ENGLISH));
    }

    @Test
    void aHasilItemNamingAnAreaIsRefusedAtItsRowBecauseHasilHasNoAreas(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "instrument.csv", "HAS.IPAK,HAS,,", "HAS.IPAK,HAS,MP,");
        Problem p = only(refused(rs), "INSTRUMENT_AREA");
        int row = lineOf(rs.resolve("instrument.csv"), "HAS.IPAK,HAS,MP,");
        assertTrue(p.location().endsWith("instrument.csv:" + row), p::toString);
        assertTrue(p.message().text(Locale.ENGLISH).contains("has no areas"), p::toString);
    }

    @Test
    void aComponentTheStructureDeclaresButNoRuleScoresIsRefused(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, STRUCTURE, "component,PPP,", "component,LAYANAN,HASIL,Layanan,Service,\n"
                + "component,PPP,");
        Problem p = only(refused(rs), "STRUCTURE_UNSET");
        assertTrue(p.location().endsWith("aggregation.drl"), p::toString);
        assertTrue(p.message().text(Locale.ENGLISH).contains("LAYANAN"), p::toString);
    }

    @Test
    void aRuleNamingAComponentTheStructureLacksIsRefusedAtItsLineEvenIfNoProbeFiresIt(@TempDir Path tmp)
            throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, STRUCTURE, "component,PPP,HASIL,", "component,PPPX,HASIL,");
        BuiltInRuleSet.edit(rs, STRUCTURE, "component,IPKP,PPP,", "component,IPKP,PPPX,");
        Files.writeString(rs.resolve("warnings.drl"), Files.readString(rs.resolve("warnings.drl"))
                + "\nrule \"Tidak pernah: PELAYANAN\"\n    ruleflow-group \"peringatan\"\nwhen\n"
                + "    $k : Scorecard( target == \"NONE\" )\nthen\n"
                + "    // $k.get( \"DALAM_KOMENTAR\" ) is a comment\n"
                + "    $k.minimum( \"X\", $k.get( \"PELAYANAN\" ), \"1\" );\nend\n");
        List<Problem> ps = refused(rs);
        List<Problem> undeclared = ps.stream().filter(p -> p.code().equals("STRUCTURE_UNDECLARED")).toList();
        int set = lineOf(rs.resolve("aggregation.drl"), "$k.set( \"PPP\"");
        assertTrue(undeclared.stream().anyMatch(p -> p.location().endsWith("aggregation.drl:" + set)), ps::toString);
        Problem never = undeclared.stream().filter(p -> p.message().text(Locale.ENGLISH).contains("'PELAYANAN'"))
                .findFirst().orElseThrow(() -> new AssertionError(ps.toString()));
        int line = lineOf(rs.resolve("warnings.drl"), "get( \"PELAYANAN\"");
        assertTrue(never.location().endsWith("warnings.drl:" + line), never::toString);
        assertTrue(never.valid().text(Locale.ENGLISH).contains("PPPX"), never::toString);
        assertTrue(undeclared.stream().anyMatch(p -> p.message().text(Locale.forLanguageTag("id"))
                .contains("maksudnya PPPX?")), ps::toString);
        assertTrue(ps.stream().noneMatch(p -> p.message().text(Locale.ENGLISH).contains("DALAM_KOMENTAR")),
                ps::toString);
    }

    @Test
    void aCheckTheStructureRequiresButNoRuleMakesIsRefused(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, STRUCTURE, "check,HOLDS_WBK,WBBM,", "check,AUDIT,WBBM,Audit,Audit,\n"
                + "check,HOLDS_WBK,WBBM,");
        Problem p = only(refused(rs), "LINT_THRESHOLD_MISSING");
        assertTrue(p.message().text(Locale.ENGLISH).contains("AUDIT"), p::toString);
    }

    @Test
    void aStructureFileWithMistakesIsRefusedWithEveryMistakeAtItsLine(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, STRUCTURE, "component,BBA,HASIL,", "component,BBA,NOWHERE,");
        BuiltInRuleSet.edit(rs, STRUCTURE, "choice: A > B > C\n", "choice: A\n");
        BuiltInRuleSet.edit(rs, STRUCTURE, "check,TOTAL,WBK WBBM,", "check,TOTAL,WBKX,");
        List<Problem> ps = refused(rs);
        int parent = lineOf(rs.resolve(STRUCTURE), "component,BBA,NOWHERE,");
        assertTrue(only(ps, "STRUCTURE_PARENT").location().endsWith(STRUCTURE + ":" + parent), ps::toString);
        int scale = lineOf(rs.resolve(STRUCTURE), "Choice A to C,choice: A");
        assertTrue(only(ps, "STRUCTURE_SCALE").location().endsWith(STRUCTURE + ":" + scale), ps::toString);
        Problem predikat = only(ps, "STRUCTURE_PREDIKAT");
        assertTrue(predikat.message().text(Locale.forLanguageTag("id")).contains("diwajibkan"), ps::toString);
    }

    @Test
    void aResultCarriesTheScoreTreeKeyedByTheRuleSetsIdsAndEqualToThe9021TreeOfItsScores() {
        Evaluator ev = ZiRules.evaluator();
        Instrument instrument = ev.instrument(BuiltInRuleSet.ID);
        Assessment.Builder b = Assessment.builder(Unit.of("UJI-1"), 2026, Predikat.WBK);
        for (Item it : instrument.items()) {
            RuleSetModel.AnswerScale scale = ev.model(BuiltInRuleSet.ID).answerScale(it.answerType())
                    .orElseThrow();
            b.answer(it.id(), switch (scale.kind()) {
                case RATIO -> Answer.ratio(3, 4);
                case DECREASE -> Answer.decrease(4, 1);
                case INDEX -> Answer.index(new BigDecimal("3.1"));
                case CHOICE -> Answer.choice(scale.labels().get(1));
            });
        }
        Result r = ev.evaluate(b.build());
        ScoreTree t = r.scoreTree();
        assertEquals(ScoreTree.of(r.scores()), t);
        assertEquals(r.scores(), io.github.zirules.api.Scores.of(t));
        assertEquals(r.scores().total(), t.root().score());
        assertEquals(r.scores().bba(), t.score("BBA").orElseThrow());
        assertEquals(r.scores().area("SDM"), t.score("SDM").orElseThrow());
        assertEquals(r.scores().indicators().get("REF.PW.1"), t.score("REF.PW.1").orElseThrow());
        assertEquals(List.of("PEM.MP", "PEM.TT", "PEM.SDM", "PEM.AK", "PEM.PW", "PEM.PP"), t.node("PEMENUHAN")
                .orElseThrow().children().stream().map(ScoreNode::id).toList());
    }

}
