package io.github.zirules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AssessmentValidatorTest {

    /** Scales as a rule set declares them (test data, independent of any rule set). */
    private static final java.util.Map<String, List<String>> SCALES = java.util.Map.of(
            AssessmentValidator.BPK_SCALE, List.of("WTP", "WDP", "TW", "TMP"),
            AssessmentValidator.AKIP_SCALE, List.of("AA", "A", "BB", "B", "CC", "C", "D"),
            AssessmentValidator.INDEKS_RB_SCALE, List.of("AA", "A", "BB", "B", "CC", "C", "D"));
    private static final AssessmentValidator V = new AssessmentValidator(TestInstrument.SMALL.withGradeScales(SCALES));

    private static Assessment.Builder base() {
        return Assessment.builder(Unit.of("U1"), 2026, Predikat.WBK);
    }

    private static List<String> codes(Assessment a) {
        return V.validate(a).stream().map(Problem::code).toList();
    }

    private static Problem only(Assessment a) {
        List<Problem> ps = V.validate(a);
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    @Test
    void aValidAssessmentHasNoProblems() {
        assertEquals(List.of(), V.validate(base().answer("PEM.MP.1.a", "Ya").answer("PEM.MP.1.b", "B")
                .answer("PEM.TT.1.a", "D").answer("PEM.TT.1.b", "E").answer("REF.MP.1.a", Answer.ratio(3, 4))
                .answer("REF.SDM.3.a", Answer.decrease(5, 2)).answer("HAS.IPAK", Answer.index("3.71")).build()));
    }

    @Test
    void choiceLabelsAreToleratedInAnyCaseAndWithSurroundingSpaces() {
        assertEquals(List.of(), V.validate(base().answer("PEM.MP.1.a", " ya ").answer("PEM.MP.1.b", "b").build()));
        assertEquals("Ya", Answer.choice(" YA ").canonical(TestInstrument.scale("YT")).orElseThrow());
    }

    @Test
    void unknownItemIsReportedWithItsPathAndANearbyId() {
        Problem p = only(base().answer("PEM.MP.1.c", "A").build());
        assertEquals("UNKNOWN_ITEM", p.code());
        assertEquals("$.answers['PEM.MP.1.c']", p.location());
        assertTrue(p.expected().contains("PEM.MP.1."), p.expected());
    }

    @Test
    void letterForAPctItemIsTheWrongKindOfAnswer() {
        Problem p = only(base().answer("REF.MP.1.a", "A").build());
        assertEquals("WRONG_ANSWER_KIND", p.code());
        assertTrue(p.expected().contains("numerator"), p.expected());
    }

    @Test
    void aRatioForAYtItemSaysWhatWasGivenAndWhatTheItemTakes() {
        Problem p = only(base().answer("PEM.MP.1.a", Answer.ratio(1, 2)).build());
        assertEquals("item PEM.MP.1.a is answered with a numerator/denominator pair, but it (YT) takes one of Ya, "
                + "Tidak", p.message(Locale.ENGLISH));
        assertTrue(p.message(Message.INDONESIAN).contains("dijawab dengan pasangan pembilang/penyebut, padahal"),
                p.message(Message.INDONESIAN));
    }

    @Test
    void numberForAYtItemIsTheWrongKindOfAnswer() {
        assertEquals("WRONG_ANSWER_KIND", only(base().answer("PEM.MP.1.a", Answer.index("1")).build()).code());
    }

    @Test
    void letterDForAnAbcItemIsAnInvalidChoiceNamingTheValidOnes() {
        Problem p = only(base().answer("PEM.MP.1.b", "D").build());
        assertEquals("INVALID_CHOICE", p.code());
        assertEquals("one of A, B, C", p.expected());
        assertTrue(p.messageId().contains("tidak berlaku") && p.messageEn().contains("not valid"));
    }

    @Test
    void negativeAndAbsurdCountsAreReportedEachAtItsField() {
        List<Problem> ps = V.validate(base().answer("REF.MP.1.a", Answer.ratio(-1, 2_000_000_000L))
                .answer("REF.SDM.3.a", Answer.decrease(-3, 0)).build());
        assertEquals(List.of("COUNT_NEGATIVE", "COUNT_TOO_LARGE", "COUNT_NEGATIVE"),
                ps.stream().map(Problem::code).toList());
        assertEquals("$.answers['REF.MP.1.a'].numerator", ps.get(0).location());
        assertEquals("$.answers['REF.MP.1.a'].denominator", ps.get(1).location());
        assertEquals("$.answers['REF.SDM.3.a'].lastYear", ps.get(2).location());
    }

    @Test
    void indexOutsideZeroToFourIsReported() {
        assertEquals("INDEX_OUT_OF_RANGE", only(base().answer("HAS.IPAK", Answer.index("4.01")).build()).code());
        assertEquals("INDEX_OUT_OF_RANGE", only(base().answer("HAS.IPAK", Answer.index("-0.01")).build()).code());
        assertEquals("INDEX_OUT_OF_RANGE",
                only(base().answer("HAS.IPAK", Answer.index(new BigDecimal("1e400"))).build()).code());
        assertEquals("INDEX_OUT_OF_RANGE",
                only(base().answer("HAS.IPAK", Answer.index(new BigDecimal("1e-400"))).build()).code());
    }

    @Test
    void targetNoneBlankUnitAndYearOutOfRangeAreReportedTogether() {
        Assessment a = Assessment.builder(Unit.of(" "), 1999, Predikat.NONE).build();
        assertEquals(List.of("UNIT_ID_MISSING", "YEAR_OUT_OF_RANGE", "TARGET_INVALID"), codes(a));
    }

    @Test
    void wbbmWithoutWbkIsValidInputBecauseItIsAFailedCheckNotAnError() {
        assertEquals(List.of(), V.validate(Assessment.builder(Unit.of("U"), 2026, Predikat.WBBM).build()));
    }

    @Test
    void evidenceProblemsAreReported() {
        Assessment a = base().evidence("PEM.MP.1.a", new Evidence(" ", null, "abc"))
                .evidence("NOPE.1", Evidence.titled("x")).build();
        assertEquals(List.of("EVIDENCE_TITLE_MISSING", "EVIDENCE_SHA256_INVALID", "UNKNOWN_ITEM"), codes(a));
    }

    @Test
    void reviewerAnswerSetsAreCheckedLikeTheUnitsOwn() {
        Problem p = only(base().review("TPI", "PEM.MP.1.b", Answer.choice("Z")).build());
        assertEquals("$.reviews['TPI']['PEM.MP.1.b']", p.location());
    }

    @Test
    void unknownAgencyValuesAreReported() {
        assertEquals(List.of("AGENCY_VALUE_INVALID", "AGENCY_VALUE_INVALID", "AGENCY_VALUE_INVALID",
                "AGENCY_VALUE_INVALID"), codes(base().agency(new AgencyFacts("BAIK", "Z", "Q", "CITY")).build()));
    }

    @Test
    void agencyGradesAreCheckedAgainstTheRuleSetsScalesAndTheMessageListsThem() {
        AssessmentValidator stricter = new AssessmentValidator(TestInstrument.SMALL.withGradeScales(
                java.util.Map.of(AssessmentValidator.BPK_SCALE, List.of("WTP", "WDP"))));
        Problem p = stricter.validate(base().agency(new AgencyFacts("TW", "Z", null, null)).build()).get(0);
        assertEquals("$.agency.bpkOpinion", p.location());
        assertEquals("WTP, WDP", p.expected());
        assertTrue(p.messageEn().contains("WTP > WDP"), p.messageEn());
        assertEquals(1, stricter.validate(base().agency(new AgencyFacts("TW", "Z", null, null)).build()).size(),
                "a grade whose scale the rule set does not declare is not checked");
    }

    @Test
    void anInstrumentReadAloneLeavesTheAgencyGradesUnchecked() {
        assertEquals(List.of(), new AssessmentValidator(TestInstrument.SMALL)
                .validate(base().agency(new AgencyFacts("BAIK", "Z", "Q", null)).build()));
    }

    @Test
    void everyProblemHasBothLanguagesAndALocation() {
        Assessment a = Assessment.builder(Unit.of(""), 3000, Predikat.NONE).answer("X", "Y")
                .answer("PEM.MP.1.b", "D").answer("HAS.IPAK", Answer.index("9")).build();
        List<Problem> ps = V.validate(a);
        assertEquals(6, ps.size(), ps.toString());
        assertTrue(ps.stream().allMatch(p -> !p.messageId().isBlank() && !p.messageEn().isBlank()
                && !p.location().isBlank() && p.severity() == Problem.Severity.ERROR));
    }

    @Test
    void validationOfArbitraryAnswersNeverThrowsAndOnlyReturnsProblems() {
        List<String> ids = TestInstrument.SMALL.items().stream().map(i -> i.id().value()).toList();
        // 2000: about 100 tries per (item, answer kind) pair of the small instrument, with any text and any long,
        // so every kind meets every type, negatives, zero, huge values and odd scales; validation takes microseconds.
        qt().withExamples(2000).forAll(integers().between(0, ids.size()), strings().allPossible().ofLengthBetween(0, 6),
                longs().all(), longs().all()).checkAssert((i, text, n, d) -> {
                    String id = i == ids.size() ? text.isBlank() ? "Z" : text : ids.get(i);
                    Answer a = switch ((int) Math.floorMod(n, 4L)) {
                        case 0 -> Answer.choice(text);
                        case 1 -> Answer.ratio(n, d);
                        case 2 -> Answer.decrease(d, n);
                        default -> Answer.index(BigDecimal.valueOf(n, (int) Math.floorMod(d, 40L) - 20));
                    };
                    List<Problem> ps = V.validate(base().answer(id, a).build());
                    assertTrue(ps.stream().allMatch(p -> p.code() != null && p.location().startsWith("$.")));
                });
    }

    @Test
    void anEvidenceHashIsAcceptedExactlyWhenItIsSixtyFourHexadecimalDigits() {
        java.util.regex.Pattern hex = java.util.regex.Pattern.compile("[0-9a-fA-F]{64}");
        String digits = "0123456789abcdefABCDEF";
        List<String> fixed = List.of("", "a".repeat(63), "a".repeat(64), "a".repeat(65), "G".repeat(64),
                "0".repeat(63) + "/", "0".repeat(63) + ":", "0".repeat(63) + "@", "0".repeat(63) + "`",
                "0".repeat(63) + "g", "F".repeat(64), "\u0661".repeat(64));
        for (String s : fixed) {
            assertEquals(hex.matcher(s).matches(), AssessmentValidator.isSha256(s), s);
        }
        qt().forAll(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(60, 66),
                        integers().between(0, Integer.MAX_VALUE))
                .checkAssert((noise, seed) -> {
                    StringBuilder b = new StringBuilder();
                    java.util.Random r = new java.util.Random(seed);
                    for (int i = 0; i < 64; i++) {
                        b.append(digits.charAt(r.nextInt(digits.length())));
                    }
                    String mixed = b.substring(0, 32) + noise.substring(0, Math.min(2, noise.length()))
                            + b.substring(34);
                    for (String s : List.of(noise, b.toString(), mixed)) {
                        assertEquals(hex.matcher(s).matches(), AssessmentValidator.isSha256(s), s);
                    }
                });
    }
}
