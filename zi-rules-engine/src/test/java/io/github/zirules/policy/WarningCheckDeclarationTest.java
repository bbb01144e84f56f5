package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Item;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import io.github.zirules.testkit.AssessmentGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check of top answers without evidence as a declaration ({@code $k.warnWithoutEvidence( "TANPA_DATA_DUKUNG",
 * "Ya, A", "… {butir} …", "… {item} …" )}): refused at load at file:line in both languages when it names an answer
 * or a place the check does not have, or a code twice; warning exactly as the rule per item did, which a rule set may
 * still write.
 */
class WarningCheckDeclarationTest {

    private static final String FILE = "warnings.drl";
    private static final Instrument INSTRUMENT = ZiRules.evaluator().instrument("permenpan-rb-90-2021");
    private static final String DECLARED = "$k.warnWithoutEvidence( \"TANPA_DATA_DUKUNG\", \"Ya, A\",";
    private static final String OLD_RULE = """
            rule "Jawaban tertinggi tanpa data dukung"
                ruleflow-group "peringatan"
            when
                $butir : ScoredItem( answer == "Ya" || answer == "A", evidenceCount == 0 )
                $k : Scorecard()
            then
                $k.warn( "TANPA_DATA_DUKUNG", $butir.getId(),
                         "Jawaban " + $butir.getAnswer() + " pada butir " + $butir.getId() + " tidak disertai data dukung.",
                         "Answer " + $butir.getAnswer() + " to item " + $butir.getId() + " has no evidence." );
            end
            """;

    private static Problem onlyProblem(Path rs) {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(rs));
        assertEquals(1, e.problems().size(), e.problems()::toString);
        return e.problems().get(0);
    }

    private static void assertAt(Problem p, String code, Path rs, String text) throws IOException {
        List<String> lines = Files.readAllLines(rs.resolve(FILE));
        int line = 0;
        for (int i = 0; i < lines.size() && line == 0; i++) {
            line = lines.get(i).contains(text) ? i + 1 : 0;
        }
        assertEquals(code, p.code(), p::toString);
        assertTrue(p.location().endsWith(FILE + ":" + line), p::toString);
        assertFalse(p.message(Locale.ENGLISH).equals(p.message(Message.INDONESIAN)), p::toString);
    }

    /** The built-in rule set with its declaration's answers and texts replaced. */
    private static Path declaring(Path tmp, String answers, String textId, String textEn) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, FILE, "\"Ya, A\",\n             \"Jawaban {jawaban} pada butir {butir} tidak disertai "
                + "data dukung.\",\n             \"Answer {answer} to item {item} has no evidence.\"", "\"" + answers
                + "\",\n             \"" + textId + "\",\n             \"" + textEn + "\"");
        return rs;
    }

    @Test
    void anAnswerNoChoiceScaleHasIsRefusedAtTheDeclarationInBothLanguages(@TempDir Path tmp) throws IOException {
        Path rs = declaring(tmp, "Ya, F", "Butir {butir}.", "Item {item}.");
        Problem p = onlyProblem(rs);
        assertAt(p, "LINT_WARNING_CHECK_ANSWER", rs, "warnWithoutEvidence(");
        assertTrue(p.message(Locale.ENGLISH).contains("'F'"), p::toString);
        assertTrue(p.expected(Locale.ENGLISH).contains("Tidak"), p::toString);
    }

    @Test
    void aPlaceTheCheckDoesNotFillIsRefusedAtTheDeclaration(@TempDir Path tmp) throws IOException {
        Path rs = declaring(tmp, "Ya, A", "Butir {butir}, nilai {nilai}.", "Item {item}.");
        Problem p = onlyProblem(rs);
        assertAt(p, "LINT_WARNING_CHECK_PLACE", rs, "warnWithoutEvidence(");
        assertTrue(p.message(Locale.ENGLISH).contains("{nilai}"), p::toString);
        assertEquals("{butir}, {item}, {jawaban}, {answer}", p.expected(Locale.ENGLISH), p::toString);
    }

    @Test
    void aCodeDeclaredTwiceInOneRuleSetIsRefusedAtTheSecondDeclaration(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, FILE, "    " + DECLARED, "    $k.warnWithoutEvidence( \"TANPA_DATA_DUKUNG\", "
                + "\"Tidak\", \"x {butir}\", \"x {item}\" );\n    " + DECLARED);
        Problem p = onlyProblem(rs);
        assertAt(p, "LINT_WARNING_CHECK_TWICE", rs, DECLARED);
        assertTrue(p.message(Locale.ENGLISH).contains("TANPA_DATA_DUKUNG"), p::toString);
    }

    @Test
    void aDeclarationNotWrittenAsTextsInQuotesIsRefused(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, FILE, "\"Ya, A\",", "\"Ya, \" + \"A\",");
        assertAt(onlyProblem(rs), "LINT_WARNING_CHECK_ARGS", rs, "warnWithoutEvidence(");
    }

    @Test
    void aRuleSetThatStillWarnsByARulePerItemWarnsAlike(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        String text = Files.readString(rs.resolve(FILE));
        int from = text.indexOf("rule \"Jawaban tertinggi tanpa data dukung\"");
        int to = text.indexOf("end\n", from) + 4;
        Files.writeString(rs.resolve(FILE), text.substring(0, from) + OLD_RULE + text.substring(to));
        PolicyRuleSet old = PolicyRuleSet.load(rs);
        PolicyRuleSet declared = PolicyRuleSet.load(BuiltInRuleSet.folder());
        AssessmentGenerator gen = AssessmentGenerator.builder(INSTRUMENT).build();
        int warned = 0;
        for (long seed = 0; seed < 40; seed++) {
            Assessment a = gen.fromSeed(seed);
            Result r1 = old.evaluate(a, null);
            Result r2 = declared.evaluate(a, null);
            assertEquals(r1.warnings(), r2.warnings(), "seed " + seed);
            assertEquals(r1.warnings().toString(), r2.warnings().toString(), "seed " + seed);
            for (int i = 0; i < r1.warnings().size(); i++) {
                Problem w1 = r1.warnings().get(i);
                Problem w2 = r2.warnings().get(i);
                assertEquals(w1.messageId(), w2.messageId());
                assertEquals(w1.messageEn(), w2.messageEn());
                warned += w1.code().equals("TANPA_DATA_DUKUNG") ? 1 : 0;
            }
            assertEquals(r1.scores(), r2.scores(), "seed " + seed);
        }
        assertTrue(warned > 40, "the generated assessments should have top answers without evidence: " + warned);
        Assessment.Builder allBest = Assessment.builder(Unit.of("U1"), 2024, Predikat.WBK);
        for (Item it : INSTRUMENT.items()) {
            List<String> labels = INSTRUMENT.answerScale(it).labels();
            if (!labels.isEmpty()) {
                allBest.answer(it.id().value(), new Answer.Choice(labels.get(0)));
            }
        }
        assertEquals(old.evaluate(allBest.build(), null).warnings(),
                declared.evaluate(allBest.build(), null).warnings());
    }
}
