package io.github.zirules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.module.ModuleDescriptor;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiContractsTest {

    @Test
    void withoutAnEngineOnTheClassPathTheFacadeSaysWhichDependencyToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class, ZiRules::evaluator);
        assertTrue(e.getMessage().contains("zi-rules-engine"), e.getMessage());
        assertTrue(e.getMessage().contains("ServicesResourceTransformer"), e.getMessage());
    }

    @Test
    void theApiRunsAsANamedModuleExportingOnlyItsPublicPackages() {
        Module api = Check.class.getModule();
        assertTrue(api.isNamed(), "the tests run on the module path");
        assertEquals("io.github.zirules.api", api.getName());
        assertEquals(Set.of("io.github.zirules.api", "io.github.zirules.api.spi"), api.getDescriptor().exports()
                .stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(toSet()));
        assertEquals(Set.of("io.github.zirules.engine"), api.getDescriptor().exports().stream()
                .filter(e -> e.source().equals("io.github.zirules.api.internal")).findFirst().orElseThrow().targets());
    }

    @Test
    void aReloadStatusOfAnEvaluatorThatDoesNotReloadCannotClaimALaterGenerationOrARefusal() {
        ReloadStatus once = ReloadStatus.loadedOnce(List.of());
        assertEquals(new ReloadStatus(false, 1, List.of(), List.of()), once);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReloadStatus(false, 2, List.of(), List.of()));
        assertTrue(e.getMessage().contains("generation 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReloadStatus(true, 0, List.of(), List.of()));
    }

    @Test
    void evaluatorOptionsRefuseBadValuesSayingWhatWasExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluatorOptions.builder().fireLimit(0).build());
        assertEquals("fireLimit must be at least 1 but was 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EvaluatorOptions.builder().includeBuiltIn(false).build());
    }

    @Test
    void anInvalidInputExceptionKeepsItsProblemsThroughJavaSerialisation() throws Exception {
        Problem p = Problem.error("UNKNOWN_ITEM", "$.answers['X']", Message.of("UNKNOWN_ITEM", "X"),
                Message.verbatim("PEM.MP.1.a"));
        InvalidRuleSetException e = new InvalidRuleSetException("contoh", List.of(p));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        Object back;
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }
        assertEquals(List.of(p), ((InvalidInputException) back).problems());
        assertEquals(e.getMessage(), ((InvalidInputException) back).getMessage());
    }

    @Test
    void anAssessmentIsImmutableAndEqualRegardlessOfAnswerOrder() {
        Map<ItemId, Answer> answers = new LinkedHashMap<>();
        answers.put(ItemId.of("A"), Answer.choice("Ya"));
        answers.put(ItemId.of("B"), Answer.index("3.2"));
        Assessment a = new Assessment(null, Unit.of("U"), 2026, Predikat.WBK, null, null, answers, null, null);
        answers.put(ItemId.of("C"), Answer.choice("A"));
        assertEquals(2, a.answers().size());
        assertThrows(UnsupportedOperationException.class, () -> a.answers().put(ItemId.of("D"), Answer.choice("A")));
        Assessment b = Assessment.builder(Unit.of("U"), 2026, Predikat.WBK)
                .answer("B", Answer.index("3.20")).answer("A", "Ya").build();
        assertEquals(a, b);
        assertEquals(Predikat.NONE, a.currentPredicate());
        assertEquals(AgencyFacts.NONE, a.agency());
    }

    @Test
    void aCheckIsAScoreCheckOrAGradeCheckAndNeitherHoldsAnImpossibleState() {
        assertThrows(NullPointerException.class, () -> new ScoreCheck("TOTAL", null, BigDecimal.ONE, true, null, "r"));
        assertThrows(IllegalArgumentException.class,
                () -> new ScoreCheck("TOTAL", BigDecimal.TEN, BigDecimal.TEN, true, BigDecimal.ONE, "r"));
        assertThrows(IllegalArgumentException.class,
                () -> new ScoreCheck("TOTAL", BigDecimal.TEN, BigDecimal.ONE, false, null, "r"));
        assertThrows(NullPointerException.class, () -> new GradeCheck("AGENCY.BPK", "WTP", null, false, "r"));
        Verdict v = new Verdict(Predikat.WBK, false, List.of(
                new ScoreCheck("TOTAL", BigDecimal.TEN, BigDecimal.ONE, false, BigDecimal.valueOf(9), "r"),
                new GradeCheck("AGENCY.BPK", "WTP", "WDP", false, "r")));
        assertEquals(BigDecimal.valueOf(9), v.scoreCheck("TOTAL").orElseThrow().shortfall());
        assertEquals("WDP", v.gradeCheck("AGENCY.BPK").orElseThrow().actual());
        assertTrue(v.scoreCheck("AGENCY.BPK").isEmpty());
        assertEquals("WTP", v.check("AGENCY.BPK").orElseThrow().requiredText());
    }

    @Test
    void everyRefusalOfTheLibraryIsAZiRulesExceptionCarryingTheRuleSetTheKnownIdsAndTheRule() {
        ZiRulesException unknown = new UnknownRuleSetException("agency-x", List.of("a", "b"));
        assertEquals("agency-x", unknown.ruleSetId().orElseThrow());
        assertEquals(List.of("a", "b"), unknown.knownRuleSetIds());
        ZiRulesException year = UnknownRuleSetException.noDefaultForYear(2019, List.of("permenpan-rb-90-2021 (2022-)"));
        assertEquals(List.of("permenpan-rb-90-2021"), year.knownRuleSetIds());
        assertTrue(year.ruleSetId().isEmpty());
        List<Problem> problems = List.of(Problem.error("DRL_SYNTAX", "a.drl:3", Message.texts("sintaks salah", "bad syntax")));
        ZiRulesException invalid = new InvalidRuleSetException("/rules/agency-x", problems);
        assertEquals("/rules/agency-x", invalid.ruleSetId().orElseThrow());
        assertTrue(new InvalidInputException("assessment", problems).ruleSetId().isEmpty());
        ZiRulesException failed = new EvaluationException("stopped", null, "agency-x", "WBK: total at least 75");
        assertEquals("WBK: total at least 75", failed.ruleName().orElseThrow());
        assertEquals("agency-x", failed.ruleSetId().orElseThrow());
        assertTrue(new EvaluationException("stopped").ruleName().isEmpty());
    }

    @Test
    void aVerdictCannotClaimEligibilityThatItsChecksDeny() {
        Check failed = new ScoreCheck("TOTAL", BigDecimal.TEN, BigDecimal.ONE, false, BigDecimal.valueOf(9), "r");
        assertThrows(IllegalArgumentException.class, () -> new Verdict(Predikat.WBK, true, List.of(failed)));
        assertEquals(List.of(failed), new Verdict(Predikat.WBK, false, List.of(failed)).failedChecks());
    }
}
