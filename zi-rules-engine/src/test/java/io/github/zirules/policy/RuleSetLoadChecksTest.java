package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.ZiRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetLoadChecksTest {

    private static final String WBK_TOTAL = "$k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"75\" );";

    private static List<Problem> refused(Path dir) {
        return assertThrows(InvalidRuleSetException.class, () -> PolicyRuleSet.load(dir)).problems();
    }

    private static boolean has(List<Problem> ps, String code, String locationEnd) {
        return ps.stream().anyMatch(p -> p.code().equals(code) && p.location().endsWith(locationEnd));
    }

    /** Appends a rule to {@code file} and returns the file. */
    private static Path appendRule(Path file, String name, String phase, int salience, String when, String then)
            throws IOException {
        Files.writeString(file, Files.readString(file) + "\nrule \"" + name + "\"\n    ruleflow-group \"" + phase
                + "\"\n    salience " + salience + "\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n");
        return file;
    }

    private static int lineOf(Path file, String text) throws IOException {
        return BuiltInRuleSet.lineOf(file, text);
    }

    @Test
    void aRuleFileCallingSystemExitIsRefusedAtLoad(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "thresholds-wbk.drl", WBK_TOTAL, WBK_TOTAL + " System.exit( 3 );");
        int line = lineOf(rs.resolve("thresholds-wbk.drl"), "System.exit");
        List<Problem> ps = refused(rs);
        assertTrue(has(ps, "LINT_FORBIDDEN_NAME", "thresholds-wbk.drl:" + line), ps::toString);
        assertThrows(InvalidRuleSetException.class, () -> ZiRules.evaluator(EvaluatorOptions.builder()
                .ruleSetDirectory(rs).build()));
    }

    @Test
    void aRuleFileWritingAFileIsRefusedBeforeAnythingRuns(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        Path marker = tmp.resolve("marker");
        BuiltInRuleSet.edit(rs, "thresholds-wbk.drl", WBK_TOTAL, WBK_TOTAL + " try { new java.io.File(\""
                + marker.toString().replace("\\", "/") + "\").createNewFile(); } catch (Exception e) { }");
        List<Problem> ps = refused(rs);
        assertTrue(has(ps, "LINT_FORBIDDEN_NAME", ""), ps::toString);
        assertFalse(Files.exists(marker), "the consequence must never run");
    }

    @Test
    void indicatorWeightsThatDoNotAddUpAreRefusedWithTheWeightRulesLine(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "weights.drl", "$k.indicatorWeight( \"PEM.MP.1\",      \"0.50\" );",
                "$k.indicatorWeight( \"PEM.MP.1\",      \"0.60\" );");
        List<Problem> ps = refused(rs);
        int line = lineOf(rs.resolve("weights.drl"), "rule \"Bobot Pemenuhan MP");
        assertTrue(has(ps, "LINT_WEIGHT_SUM", "weights.drl:" + line), ps::toString);
    }

    @Test
    void sectionWeightsThatDoNotAddUpToPengungkitAreRefused(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "weights.drl", "$k.weight( \"PENGUNGKIT\", \"60\" );",
                "$k.weight( \"PENGUNGKIT\", \"65\" );");
        List<Problem> ps = refused(rs);
        assertTrue(ps.stream().anyMatch(p -> p.code().equals("LINT_WEIGHT_SUM")
                && p.messageEn().contains("PEMENUHAN + REFORM")), ps::toString);
    }

    @Test
    void aMissingAnswerValueRuleIsNamedByTypeAndAnswer(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.valueEachItemByItsOwnRule(rs);
        BuiltInRuleSet.edit(rs, "answer-values.drl", "answerType == \"ABCD\", answer == \"C\"",
                "answerType == \"ABCD\", answer == \"X\"");
        List<Problem> ps = refused(rs);
        assertTrue(ps.stream().anyMatch(p -> p.code().equals("LINT_VALUE_MISSING")
                && p.messageEn().contains("type ABCD answered C")), ps::toString);
    }

    @Test
    void aThresholdAboveItsMaximumIsRefused(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "thresholds-wbk.drl", "\"14.00\"", "\"18.00\"");
        List<Problem> ps = refused(rs);
        assertTrue(has(ps, "LINT_THRESHOLD_RANGE", ""), ps::toString);
    }

    @Test
    void aThresholdAboveItsMaximumSaysWhatIsValidInEachLanguage(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "thresholds-wbk.drl", "\"14.00\"", "\"18.00\"");
        Problem p = refused(rs).stream().filter(x -> x.code().equals("LINT_THRESHOLD_RANGE")).findFirst()
                .orElseThrow();
        assertTrue(p.expected(Message.INDONESIAN).startsWith("nilai 0 sampai "), p::toString);
        assertTrue(p.expected(Locale.ENGLISH).startsWith("a value from 0 to "), p::toString);
    }

    @Test
    void theBuiltInRuleSetLoadsWithoutWarnings() {
        PolicyRuleSet rs = PolicyRuleSet.load(BuiltInRuleSet.folder());
        assertEquals(List.of(), rs.warnings());
        assertEquals(BuiltInRuleSet.ID, rs.info().id());
    }

    @Test
    void aRuleFavouringOneUnitByNameIsRefusedAtItsLine(@TempDir Path tmp) throws IOException {
        // The rule of issue #13: passed validate, the scenarios and the property kit before the closed vocabulary.
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        Path file = appendRule(rs.resolve("thresholds-wbk.drl"), "WBK: total 70 for one unit", "predikat", 10,
                "$k : Scorecard( target == \"WBK\", assessment.unit.name == \"KPPN Surabaya I\" )",
                "$k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"70\" );");
        int line = lineOf(file, "KPPN Surabaya I");
        List<Problem> ps = refused(rs);
        assertTrue(has(ps, "LINT_VOCABULARY", "thresholds-wbk.drl:" + line), ps::toString);
    }

    @Test
    void anUnsafeReportingRoundingIsRefused(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "aggregation.drl", "$k.reporting( 2, \"HALF_UP\" );", "$k.reporting( -2, \"UP\" );");
        List<Problem> ps = refused(rs);
        assertTrue(ps.stream().anyMatch(p -> p.messageEn().contains("reporting(-2, \"UP\") is not allowed")),
                ps::toString);
    }

    @Test
    void aRuleMistakeReadsInTheOfficersLanguageFromTheCatalogue(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "aggregation.drl", "$k.reporting( 2, \"HALF_UP\" );", "$k.reporting( 2, \"UP\" );");
        Problem p = refused(rs).stream().filter(x -> x.code().equals("RULE_BAD_SETTING")).findFirst()
                .orElseThrow(AssertionError::new);
        assertEquals("aturan 'Pembulatan: nilai dilaporkan dengan 2 desimal, setengah ke atas': reporting(2, \"UP\") tidak "
                + "diizinkan: desimal 0 sampai 4, pembulatan salah satu dari HALF_UP, HALF_EVEN",
                p.message(Message.INDONESIAN));
        assertEquals("rule 'Pembulatan: nilai dilaporkan dengan 2 desimal, setengah ke atas': reporting(2, \"UP\") is not allowed: "
                + "the scale must be 0 to 4 and the rounding one of HALF_UP, HALF_EVEN", p.message(Locale.ENGLISH));
    }

    @Test
    void aWrongIdInWeightsIsOneErrorAtItsLineWithTheNearestId(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "weights.drl", "$k.indicatorWeight( \"PEM.MP.3\",",
                "$k.indicatorWeight( \"PEM.MP.5\",");
        int line = lineOf(rs.resolve("weights.drl"), "\"PEM.MP.5\"");
        List<Problem> ps = refused(rs);
        assertEquals(1, ps.size(), ps::toString);
        Problem p = ps.get(0);
        assertEquals("RULE_UNKNOWN_ID", p.code());
        assertTrue(p.location().endsWith("weights.drl:" + line), p::toString);
        assertTrue(p.messageEn().contains("'PEM.MP.5'") && p.messageId().contains("'PEM.MP.5'"), p::toString);
        assertTrue(p.messageEn().contains("did you mean PEM.MP.") && p.messageId().contains("maksudnya PEM.MP."),
                p::toString);
        assertFalse(p.expected().contains("did you mean"), "what is valid is a list, in no language");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"14,00\" | LINT_DECIMAL_COMMA", "14.00 | LINT_NUMBER_UNQUOTED"})
    void aThresholdWrittenWithACommaOrWithoutQuotesIsOneLintErrorWithTheFix(String written, String code,
                                                                           @TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(rs, "thresholds-wbk.drl", "\"14.00\"", written);
        int line = lineOf(rs.resolve("thresholds-wbk.drl"), written);
        List<Problem> ps = refused(rs);
        assertEquals(1, ps.size(), ps::toString);
        assertEquals(code, ps.get(0).code());
        assertTrue(ps.get(0).location().endsWith("thresholds-wbk.drl:" + line), ps::toString);
        assertTrue(ps.get(0).messageEn().contains("write \"14.00\": a point, in quotes"), ps::toString);
        assertTrue(ps.get(0).messageId().contains("tulis \"14.00\": titik, dalam tanda kutip"), ps::toString);
        assertEquals("\"14.00\"", ps.get(0).expected());
    }

    @Test
    void aRuleReadingAScoreBeforeItIsFinalIsReportedAsOrderDependent(@TempDir Path tmp) throws IOException {
        // A later phase rule with a higher salience changes TOTAL after the threshold rule has read it.
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        appendRule(rs.resolve("warnings.drl"), "Total dinaikkan sesudah diperiksa", "peringatan", 100,
                "$k : Scorecard()", "$k.set( \"TOTAL\", $k.get( \"TOTAL\" ).plus( \"1\" ) );");
        List<Problem> ps = refused(rs);
        int line = lineOf(rs.resolve("thresholds-wbk.drl"), "rule \"WBK: nilai total paling sedikit 75\"");
        assertTrue(has(ps, "LINT_ORDER_DEPENDENT", "thresholds-wbk.drl:" + line), ps::toString);
    }
}
