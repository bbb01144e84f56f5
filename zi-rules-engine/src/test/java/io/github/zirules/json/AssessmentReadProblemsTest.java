package io.github.zirules.json;

import static io.github.zirules.json.Docs.problem;
import static io.github.zirules.json.Docs.withAnswers;
import static io.github.zirules.json.Docs.withMember;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of bad input gives its problem, with where and what would be valid, and never an exception. */
class AssessmentReadProblemsTest {

    private final ZiJson json = ZiJson.create();

    private AssessmentRead read(String text) {
        return json.readAssessment(text, "t.json");
    }

    private AssessmentRead read(byte[] bytes) {
        return json.readAssessment(new ByteArrayInputStream(bytes), "t.json");
    }

    @Test
    void malformedJsonIsReportedWithSourceLineAndColumn() {
        AssessmentRead r = read("{\n  \"format\": \"zi-assessment/1\",\n  \"unit\": {\"id\": \"U\"}\n  \"year\": 2026}");
        Problem p = problem(r, "JSON_SYNTAX", "t.json:4:3");
        assertTrue(p.messageId().startsWith("JSON tidak sah"), p::toString);
        assertTrue(p.messageEn().startsWith("malformed JSON"), p::toString);
        assertTrue(p.messageEn().contains("comma"), p::toString);
        assertEquals(1, r.problems().size());
    }

    @Test
    void truncatedJsonIsReportedAsEndingTooEarly() {
        String full = withAnswers("\"PEM.MP.1.a\": \"Ya\"");
        for (int cut : new int[] {1, 20, full.length() / 2, full.length() - 1}) {
            AssessmentRead r = read(full.substring(0, cut));
            Docs.assertCodes(r, List.of("JSON_TRUNCATED"));
        }
        AssessmentRead inString = read("{\"format\": \"zi-asse");
        Docs.assertCodes(inString, List.of("JSON_TRUNCATED"));
    }

    @Test
    void emptyOrBlankFileIsReportedAsEmpty() {
        problem(read(""), "JSON_EMPTY", "t.json:1:1");
        problem(read(" \n\t "), "JSON_EMPTY", "t.json:1:1");
    }

    @Test
    void byteOrderMarkIsTolerated() {
        byte[] body = withAnswers("\"PEM.MP.1.a\": \"Ya\"").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        AssessmentRead r = read(withBom);
        assertTrue(r.ok(), r::toString);
        assertEquals(read(body).assessment(), r.assessment());
    }

    @Test
    void latin1BytesAreReportedAsNotUtf8WithTheirPosition() {
        String text = "{\"format\": \"zi-assessment/1\",\n \"unit\": {\"id\": \"U1\", \"name\": \"Unit P\u00e9ngawasan\"},"
                + " \"year\": 2026, \"target\": \"WBK\", \"answers\": {}}";
        Problem p = problem(read(text.getBytes(StandardCharsets.ISO_8859_1)), "JSON_NOT_UTF8", "t.json:2:38");
        assertTrue(p.messageEn().contains("UTF-8"), p::toString);
        assertTrue(p.messageId().contains("UTF-8"), p::toString);
    }

    @Test
    void utf16DocumentIsReportedAsNotUtf8() {
        byte[] utf16 = withAnswers("").getBytes(StandardCharsets.UTF_16LE);
        AssessmentRead r = read(utf16);
        Docs.assertCodes(r, List.of("JSON_NOT_UTF8"));
        AssessmentRead withBom = read(withAnswers("").getBytes(StandardCharsets.UTF_16));
        Docs.assertCodes(withBom, List.of("JSON_NOT_UTF8"));
    }

    @Test
    void overlongAndSurrogateUtf8EncodingsAreReported() {
        byte[] overlong = {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'};
        Docs.assertCodes(read(overlong), List.of("JSON_NOT_UTF8"));
        byte[] surrogate = {'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}'};
        Docs.assertCodes(read(surrogate), List.of("JSON_NOT_UTF8"));
        byte[] cutAtEnd = {'{', '"', 'a', '"', ':', '"', (byte) 0xE2, (byte) 0x82};
        Docs.assertCodes(read(cutAtEnd), List.of("JSON_NOT_UTF8"));
    }

    @Test
    void wrongTypesAreAllReportedAtTheirJsonPaths() {
        AssessmentRead r = read("{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": 5}, \"year\": \"2026\","
                + " \"target\": 1, \"answers\": {\"PEM.MP.1.a\": true, \"PEM.MP.1.b\": [\"A\"]}}");
        problem(r, "JSON_WRONG_TYPE", "$.unit.id");
        problem(r, "JSON_WRONG_TYPE", "$.year");
        problem(r, "JSON_WRONG_TYPE", "$.target");
        Problem answer = problem(r, "JSON_WRONG_TYPE", "$.answers['PEM.MP.1.a']");
        assertTrue(answer.messageEn().contains("boolean") && answer.messageEn().contains("t.json:1:"), answer::toString);
        assertTrue(answer.expected().contains("numerator"), answer::toString);
        problem(r, "JSON_WRONG_TYPE", "$.answers['PEM.MP.1.b']");
        assertEquals(5, r.problems().size(), r::toString);
    }

    @Test
    void rootThatIsNotAnObjectIsReported() {
        problem(read("[1, 2]"), "JSON_WRONG_TYPE", "$");
        problem(read("\"zi-assessment/1\""), "JSON_WRONG_TYPE", "$");
    }

    @Test
    void everyMissingRequiredFieldIsReported() {
        AssessmentRead r = read("{}");
        for (String f : List.of("$.format", "$.unit", "$.year", "$.target", "$.answers")) {
            problem(r, "JSON_FIELD_MISSING", f);
        }
        assertEquals(5, r.problems().size());
        problem(read("{\"format\": \"zi-assessment/1\", \"unit\": {\"name\": \"X\"}, \"year\": 2026,"
                + " \"target\": \"WBK\", \"answers\": {}}"), "JSON_FIELD_MISSING", "$.unit.id");
        problem(read("{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \"U\"}, \"year\": 2026,"
                + " \"target\": null, \"answers\": {}}"), "JSON_FIELD_MISSING", "$.target");
    }

    @Test
    void unknownFormatIsReportedAlone() {
        AssessmentRead r = read("{\"format\": \"zi-assessment/2\", \"unit\": 3}");
        Problem p = problem(r, "FORMAT_UNKNOWN", "$.format");
        assertEquals("zi-assessment/1", p.expected());
        assertEquals(1, r.problems().size(), "the rest of an unknown format is not judged");
    }

    @Test
    void unknownTargetAndCurrentPredicateAreReported() {
        AssessmentRead r = read("{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \"U\"}, \"year\": 2026,"
                + " \"target\": \"WBBX\", \"currentPredicate\": \"GOLD\", \"answers\": {}}");
        assertEquals("WBK or WBBM", problem(r, "TARGET_INVALID", "$.target").expected());
        assertEquals("NONE, WBK or WBBM", problem(r, "CURRENT_PREDICATE_INVALID", "$.currentPredicate").expected());
        problem(read("{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \"U\"}, \"year\": 2026,"
                + " \"target\": \"NONE\", \"answers\": {}}"), "TARGET_INVALID", "$.target");
    }

    @Test
    void duplicateItemIdIsReportedWithBothLocations() {
        AssessmentRead r = read(withAnswers("\n  \"PEM.MP.1.a\": \"Ya\",\n  \"PEM.MP.1.a\": \"Tidak\""));
        Problem p = problem(r, "JSON_DUPLICATE_KEY", "$.answers['PEM.MP.1.a']");
        assertTrue(p.messageEn().contains("t.json:4:3") && p.messageEn().contains("first at line 3"), p::toString);
        assertEquals(1, r.problems().size());
    }

    @Test
    void duplicateTopLevelFieldIsReported() {
        problem(read(withMember("\"target\": \"WBBM\"")), "JSON_DUPLICATE_KEY", "$.target");
    }

    @Test
    void fractionalCountIsReportedWithItsPath() {
        Problem p = problem(read(withAnswers("\"REF.MP.1.a\": {\"numerator\": 12.5, \"denominator\": 15}")),
                "JSON_NOT_WHOLE_NUMBER", "$.answers['REF.MP.1.a'].numerator");
        assertTrue(p.messageEn().contains("12.5"), p::toString);
    }

    @Test
    void countWrittenWithAZeroFractionIsAWholeNumber() {
        AssessmentRead r = read(withAnswers("\"REF.MP.1.a\": {\"numerator\": 12.0, \"denominator\": 1.5e1}"));
        assertTrue(r.ok(), r::toString);
        assertEquals(io.github.zirules.api.Answer.ratio(12, 15), r.assessment().answers().values().iterator().next());
    }

    @Test
    void countsBeyondTheMaximumOrBeyondLongAreReported() {
        AssessmentRead r = read(withAnswers("\"REF.MP.1.a\": {\"numerator\": 99999999999999999999999,"
                + " \"denominator\": 1e30}, \"REF.SDM.3.a\": {\"lastYear\": " + (AssessmentValidator.MAX_COUNT + 1)
                + ", \"thisYear\": -1e30}"));
        problem(r, "COUNT_TOO_LARGE", "$.answers['REF.MP.1.a'].numerator");
        problem(r, "COUNT_TOO_LARGE", "$.answers['REF.MP.1.a'].denominator");
        problem(r, "COUNT_TOO_LARGE", "$.answers['REF.SDM.3.a'].lastYear");
        problem(r, "COUNT_NEGATIVE", "$.answers['REF.SDM.3.a'].thisYear");
        assertEquals(4, r.problems().size());
        assertTrue(read(withAnswers("\"REF.MP.1.a\": {\"numerator\": " + AssessmentValidator.MAX_COUNT
                + ", \"denominator\": 0}")).ok());
    }

    @Test
    void negativeCountIsReadSoThatTheValidatorReportsIt() throws IOException {
        AssessmentRead r = read(withAnswers("\"REF.MP.1.a\": {\"numerator\": -3, \"denominator\": 15}"));
        assertTrue(r.ok(), r::toString);
        ValidatedRead v = json.readAndValidate(new ByteArrayInputStream(withAnswers(
                "\"REF.MP.1.a\": {\"numerator\": -3, \"denominator\": 15}").getBytes(StandardCharsets.UTF_8)),
                "t.json", new AssessmentValidator(SharedDomain.instrument()));
        assertTrue(v.problems().stream().anyMatch(p -> p.code().equals("COUNT_NEGATIVE")
                && p.location().equals("$.answers['REF.MP.1.a'].numerator")), v::toString);
    }

    @Test
    void notANumberAndInfinityInAnIndexAreReported() {
        AssessmentRead r = read(withAnswers("\"HAS.IPAK\": NaN, \"HAS.IPKP\": Infinity, \"X.Y\": -Infinity"));
        problem(r, "JSON_NUMBER_NOT_FINITE", "$.answers['HAS.IPAK']");
        problem(r, "JSON_NUMBER_NOT_FINITE", "$.answers['HAS.IPKP']");
        problem(r, "JSON_NUMBER_NOT_FINITE", "$.answers['X.Y']");
        assertEquals(3, r.problems().size());
    }

    @Test
    void indexWithAHugeExponentIsReportedAsTooLong() {
        AssessmentRead r = read(withAnswers("\"HAS.IPAK\": 1e400, \"HAS.IPKP\": 1e-400, \"X.Y\": 4E99999999999"));
        Problem p = problem(r, "JSON_NUMBER_TOO_LONG", "$.answers['HAS.IPAK']");
        assertTrue(p.messageEn().contains("401"), p::toString);
        problem(r, "JSON_NUMBER_TOO_LONG", "$.answers['HAS.IPKP']");
        problem(r, "JSON_NUMBER_TOO_LONG", "$.answers['X.Y']");
    }

    @Test
    void numberLongerThanTheLimitAsWrittenIsReported() {
        AssessmentRead r = read(withAnswers("\"HAS.IPAK\": 3." + "1".repeat(150)));
        Docs.assertCodes(r, List.of("JSON_NUMBER_TOO_LONG"));
    }

    @Test
    void indexIsReadExactlyWithItsScale() {
        AssessmentRead r = read(withAnswers("\"HAS.IPAK\": 3.20, \"HAS.IPKP\": 0.1000000000000000055511151231257827"));
        var answers = r.orElseThrow().answers();
        var ipak = (io.github.zirules.api.Answer.Index) answers.get(io.github.zirules.api.ItemId.of("HAS.IPAK"));
        var ipkp = (io.github.zirules.api.Answer.Index) answers.get(io.github.zirules.api.ItemId.of("HAS.IPKP"));
        assertEquals("3.20", ipak.value().toPlainString());
        assertEquals("0.1000000000000000055511151231257827", ipkp.value().toPlainString());
    }

    @Test
    void answerObjectWithOtherNamesIsReportedNamingTheExpectedOnes() {
        AssessmentRead r = read(withAnswers("\"REF.MP.1.a\": {\"num\": 1, \"den\": 2},"
                + " \"REF.MP.1.b\": {\"numerator\": 1}, \"REF.SDM.3.a\": {\"lastYear\": 1, \"thisYear\": 2, \"x\": 3}"));
        for (String item : List.of("REF.MP.1.a", "REF.MP.1.b", "REF.SDM.3.a")) {
            Problem p = problem(r, "ANSWER_SHAPE_UNKNOWN", "$.answers['" + item + "']");
            assertTrue(p.expected().contains("numerator") && p.expected().contains("lastYear"), p::toString);
        }
    }

    @Test
    void blankItemIdIsReported() {
        problem(read(withAnswers("\" \": \"Ya\"")), "ITEM_ID_BLANK", "$.answers[' ']");
    }

    @Test
    void contentAfterTheDocumentIsReported() {
        Docs.assertCodes(read(withAnswers("") + " {}"), List.of("JSON_SYNTAX"));
        Docs.assertCodes(read(withAnswers("") + " x"), List.of("JSON_SYNTAX"));
    }

    @Test
    void fractionalOrHugeYearIsReported() {
        problem(read("{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \"U\"}, \"year\": 2026.5,"
                + " \"target\": \"WBK\", \"answers\": {}}"), "JSON_NOT_WHOLE_NUMBER", "$.year");
        problem(read("{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": \"U\"}, \"year\": 1e10,"
                + " \"target\": \"WBK\", \"answers\": {}}"), "YEAR_OUT_OF_RANGE", "$.year");
    }

    @Test
    void evidenceWithoutTitleOrOfTheWrongShapeIsReported() {
        AssessmentRead r = read(withMember("\"evidence\": {\"PEM.MP.1.a\": [{\"uri\": \"https://x\"}, \"doc\"],"
                + " \"PEM.MP.1.b\": {\"title\": \"SK\"}}"));
        problem(r, "JSON_FIELD_MISSING", "$.evidence['PEM.MP.1.a'][0].title");
        problem(r, "JSON_WRONG_TYPE", "$.evidence['PEM.MP.1.a'][1]");
        problem(r, "JSON_WRONG_TYPE", "$.evidence['PEM.MP.1.b']");
    }

    @Test
    void reviewAnswersAreCheckedLikeTheUnitsOwn() {
        AssessmentRead r = read(withMember("\"reviews\": {\"TPI\": {\"REF.MP.1.a\": {\"numerator\": 1.5,"
                + " \"denominator\": 2}}, \"TPN\": [\"A\"]}"));
        problem(r, "JSON_NOT_WHOLE_NUMBER", "$.reviews['TPI']['REF.MP.1.a'].numerator");
        problem(r, "JSON_WRONG_TYPE", "$.reviews['TPN']");
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        AssessmentRead r = json.readAssessment(Path.of("target/does-not-exist.json"));
        Problem p = problem(r, "JSON_READ_FAILED", Path.of("target/does-not-exist.json").toString());
        assertTrue(p.messageEn().contains("NoSuchFile"), p::toString);
    }

    @Test
    void failingStreamIsAProblemNotAnException() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        Problem p = problem(json.readAssessment(broken, "t.json"), "JSON_READ_FAILED", "t.json");
        assertTrue(p.messageEn().contains("disk on fire"), p::toString);
    }

    @Test
    void everyProblemOfAThoroughlyBadDocumentIsReportedAtOnce() {
        AssessmentRead r = read("{\"format\": \"zi-assessment/1\", \"unit\": {\"id\": 5}, \"year\": 2026.5,"
                + " \"target\": \"X\", \"agency\": {\"akip\": 3}, \"answers\": {\"A.B\": true, \"A.B\": 1,"
                + " \"C.D\": NaN, \"E.F\": {\"numerator\": 1.5, \"denominator\": -1}}, \"evidence\": 7}");
        assertEquals(List.of("JSON_DUPLICATE_KEY", "JSON_NUMBER_NOT_FINITE", "JSON_WRONG_TYPE",
                "JSON_NOT_WHOLE_NUMBER", "TARGET_INVALID", "JSON_WRONG_TYPE", "JSON_WRONG_TYPE",
                "JSON_NOT_WHOLE_NUMBER", "JSON_WRONG_TYPE"), r.problems().stream().map(Problem::code).toList());
        r.problems().forEach(Docs::assertBilingual);
    }

    @Test
    void escapedLoneSurrogateInANameIsASyntaxProblemNotAnEncodingOne() {
        AssessmentRead r = read(withAnswers("\"\\uD800x\": \"A\""));
        Problem p = problem(r, "JSON_SYNTAX", r.problems().get(0).location());
        assertTrue(p.messageEn().contains("surrogate"), p::toString);
    }

    @Test
    void columnsCountBytesLikeTheParsers() {
        byte[] bad = {'{', '"', 'a', '"', ':', ' ', '"', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, '"', '}'};
        problem(read(bad), "JSON_NOT_UTF8", "t.json:1:10");
        problem(read("{\"a\": \"\u00e9\u00e9\u00e9\" x}"), "JSON_SYNTAX", "t.json:1:16");
    }
}
