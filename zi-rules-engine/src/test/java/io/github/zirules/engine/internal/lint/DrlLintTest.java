package io.github.zirules.engine.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.rules.ScoredItem;
import io.github.zirules.rules.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrlLintTest {

    private static final String HEAD = "package x.y;\nimport io.github.zirules.rules.Scorecard;\n"
            + "import io.github.zirules.rules.ScoredItem;\n";

    private static String rule(String when, String then) {
        return HEAD + "rule \"r\"\n    ruleflow-group \"predikat\"\nwhen\n    " + when + "\nthen\n    " + then
                + "\nend\n";
    }

    private static List<Problem> lint(String text) {
        return DrlLint.lint("t.drl", text).problems();
    }

    private static void refused(String text, String code, int line) {
        List<Problem> ps = lint(text);
        assertTrue(ps.stream().anyMatch(p -> p.code().equals(code) && p.location().equals("t.drl:" + line)),
                () -> "expected " + code + " at t.drl:" + line + " but got " + ps);
    }

    @Test
    void everyBuiltInRuleFileIsClean() throws IOException {
        for (String f : List.of("answer-values.drl", "zero-denominators.drl", "weights.drl", "aggregation.drl",
                "thresholds-wbk.drl", "thresholds-wbbm.drl", "prerequisites.drl", "warnings.drl")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                    "zirules/rulesets/permenpan-rb-90-2021/" + f)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(List.of(), lint(text), f);
            }
        }
    }

    @Test
    void aLintMessageSaysWhatIsValidInBothLanguages() {
        Problem p = lint(rule("$k : Scorecard()", "System.exit(0);")).get(0);

        assertTrue(p.expected(Message.INDONESIAN).startsWith("hanya kosakata aturan, mis. $k.minimum("), p::toString);
        assertTrue(p.expected(Locale.ENGLISH).startsWith("only the rule vocabulary, e.g. $k.minimum("), p::toString);
        assertTrue(p.format(Message.INDONESIAN).contains("(yang sah: hanya kosakata aturan"),
                p.format(Message.INDONESIAN));
    }

    @Test
    void systemExitInAConsequenceIsRefusedWithItsLine() {
        refused(rule("$k : Scorecard()", "System.exit(0);"), "LINT_FORBIDDEN_NAME", 9);
    }

    @Test
    void systemExitWithSpacesOrFullyQualifiedIsRefused() {
        refused(rule("$k : Scorecard()", "System . exit ( 0 );"), "LINT_FORBIDDEN_NAME", 9);
        refused(rule("$k : Scorecard()", "java.lang.System.exit(0);"), "LINT_FORBIDDEN_NAME", 9);
        refused(rule("$k : Scorecard()", "java . lang\n    . Runtime.getRuntime().halt(1);"), "LINT_FORBIDDEN_NAME",
                9);
    }

    @Test
    void systemExitInsideAStringOrACommentIsFine() {
        String text = rule("$k : Scorecard()", "// System.exit(0) would be wrong here\n"
                + "    /* java.io.File */ $k.warn(\"X\", \"System.exit\", \"java.io.File\", 'Runtime');");
        assertEquals(List.of(), lint(text));
    }

    @Test
    void javaIoNioAndNetAreRefusedAnywhere() {
        refused(rule("$k : Scorecard()", "new java.io.FileWriter(\"x\");"), "LINT_FORBIDDEN_NAME", 9);
        refused(rule("$k : Scorecard( eval(java.nio.file.Files.exists(null)) )", "$k.get(\"TOTAL\");"),
                "LINT_FORBIDDEN_NAME", 7);
        refused(rule("$k : Scorecard()", "java.net.URL u = null;"), "LINT_FORBIDDEN_NAME", 9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"while (true) { }", "for (;;) { }", "do { } while (true);", "Object o = new Object();",
        "try { } catch (RuntimeException e) { }", "synchronized ($k) { }"})
    void loopsAndProgramConstructsInAConsequenceAreRefused(String code) {
        refused(rule("$k : Scorecard()", code), "LINT_FORBIDDEN_KEYWORD", 9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"insert(new Object());", "modify($k) { }", "update($k);", "retract($k);", "delete($k);",
        "drools.halt();", "kcontext.getKieRuntime();"})
    void workingMemoryActionsAreRefused(String code) {
        refused(rule("$k : Scorecard()", code), "LINT_FORBIDDEN_NAME", 9);
    }

    @Test
    void reflectionAndThreadsAreRefused() {
        refused(rule("$k : Scorecard()", "$k.getClass().getClassLoader();"), "LINT_FORBIDDEN_NAME", 9);
        refused(rule("$k : Scorecard()", "Class.forName(\"x\");"), "LINT_FORBIDDEN_NAME", 9);
        refused(rule("$k : Scorecard()", "Thread.sleep(10);"), "LINT_FORBIDDEN_NAME", 9);
    }

    @Test
    void aMethodOffTheAllowListIsRefusedWithASuggestion() {
        List<Problem> ps = lint(rule("$k : Scorecard()", "$k.minimun(\"TOTAL\", $k.get(\"TOTAL\"), \"75\");"));
        assertEquals(1, ps.size(), ps::toString);
        assertEquals("LINT_FORBIDDEN_CALL", ps.get(0).code());
        assertTrue(ps.get(0).expected().contains("minimum"), ps.get(0)::toString);
    }

    @Test
    void whatTheEngineReadsFromTheSheetIsNoPublicMemberOfTheVocabularyAndIsRefused() {
        refused(rule("$k : Scorecard()", "$k.beginRule(null);"), "LINT_FORBIDDEN_CALL", 9);
        refused(rule("$k : Scorecard()", "$k.checks();"), "LINT_FORBIDDEN_CALL", 9);
        for (String engineUse : List.of("of", "facts", "beginRule", "endRules", "checks", "conflicts", "rounding",
                "items", "levelWeight", "comparesReported")) {
            assertTrue(Arrays.stream(Scorecard.class.getMethods())
                    .noneMatch(m -> m.getName().equals(engineUse)), engineUse + " is public on Scorecard");
        }
        for (String engineUse : List.of("valueRule", "rawAnswer", "item")) {
            assertTrue(Arrays.stream(ScoredItem.class.getMethods())
                    .noneMatch(m -> m.getName().equals(engineUse)), engineUse + " is public on ScoredItem");
        }
    }

    @Test
    void anExactConstantWrittenAsTheVocabularyDocumentsItIsAllowed() {
        String text = rule("$k : Scorecard()",
                "$k.set( \"TOTAL\", $k.get( \"PENGUNGKIT\" ).plus( Exact.of( \"0.5\" ) ) );")
                .replace("import io.github.zirules.rules.Scorecard;", "import io.github.zirules.rules.Scorecard;\n"
                        + "import io.github.zirules.rules.Exact;");
        assertEquals(List.of(), lint(text));
    }

    @Test
    void aSetterInAConditionIsRefusedButAGetterIsFine() {
        refused(rule("$b : ScoredItem( eval($b.setValue(\"1\") == null) )", "$b.setValue(\"0\");"),
                "LINT_FORBIDDEN_CALL", 7);
        assertEquals(List.of(), lint(rule("$b : ScoredItem( answered == true, $b.ratio().isAtLeast($b.ratio()) )",
                "$b.setValue($b.ratio().atMost(\"1\"));")));
    }

    @Test
    void anAssignmentInAConditionIsRefused() {
        refused(rule("$b : ScoredItem( eval( ($b.getId() += \"x\") != null ) )", "$b.setValue(\"0\");"),
                "LINT_ASSIGNMENT", 7);
    }

    @Test
    void anUnknownNameInAConsequenceIsRefused() {
        refused(rule("$k : Scorecard()", "Math.max(1, 2);"), "LINT_UNKNOWN_NAME", 9);
    }

    @Test
    void localVariablesOfVocabularyTypesAreFine() {
        String text = HEAD.replace("import io.github.zirules.rules.ScoredItem;",
                "import io.github.zirules.rules.Exact;") + "rule \"r\"\n    ruleflow-group \"agregasi\"\n"
                + "when\n    $k : Scorecard()\nthen\n    Exact p = $k.get(\"PEMENUHAN\");\n"
                + "    if (p.isAtLeast(Exact.ZERO)) { $k.set(\"PENGUNGKIT\", p.plus($k.get(\"REFORM\"))); }\nend\n";
        assertEquals(List.of(), lint(text));
    }

    @Test
    void importsOutsideTheVocabularyAreRefused() {
        refused(HEAD + "import java.util.List;\n", "LINT_IMPORT", 4);
        refused(HEAD + "import java.math.BigDecimal;\n", "LINT_IMPORT", 4);
    }

    @Test
    void functionsGlobalsDeclarationsAndQueriesAreRefused() {
        refused(HEAD + "function int f() { return 1; }\n", "LINT_FUNCTION", 4);
        refused(HEAD + "global String out;\n", "LINT_GLOBAL", 4);
        refused(HEAD + "declare Extra\n    x : int\nend\n", "LINT_DECLARE", 4);
        refused(HEAD + "query \"q\"\n    Scorecard()\nend\n", "LINT_QUERY", 4);
    }

    @Test
    void fromAccumulateAndCollectAreRefused() {
        refused(rule("$b : ScoredItem() from $k.items()", "$b.setValue(\"0\");"), "LINT_CONSTRUCT", 7);
    }

    @Test
    void aLevelOfTheScoreSheetBoundBeforeIsTheOneSourceAPatternMayHave() {
        String head = HEAD + "import io.github.zirules.rules.ScoredIndicator;\nimport io.github.zirules.rules"
                + ".ScoredAreaPart;\nimport io.github.zirules.rules.ScoredArea;\n";
        for (String when : List.of("$k : Scorecard()\n    $i : ScoredIndicator() from $k.indicators",
                "$k : Scorecard()\n    $p : ScoredAreaPart() from $k.areaParts",
                "$k : Scorecard( target == \"WBK\" )\n    $a : ScoredArea() from $k.areas",
                "$k : Scorecard()\n    $a : ScoredArea( code == \"MP\" ) from $k.areas")) {
            assertEquals(List.of(), lint(rule(when, "$k.get(\"TOTAL\");").replace(HEAD, head)), when);
        }
        // another level than the pattern's type, a call, an unbound or non-sheet variable, a collection of items
        for (String when : List.of("$k : Scorecard()\n    $i : ScoredIndicator() from $k.areas",
                "$k : Scorecard()\n    $i : ScoredIndicator() from $k.getIndicators()",
                "$i : ScoredIndicator() from $k.indicators",
                "$k : Scorecard()\n    $p : ScoredAreaPart() from $k.areaParts\n"
                        + "    $i : ScoredIndicator() from $p.indicators",
                "$k : Scorecard()\n    $b : ScoredItem() from $k.items")) {
            List<Problem> ps = lint(rule(when, "$k.get(\"TOTAL\");").replace(HEAD, head));
            assertTrue(ps.stream().anyMatch(p -> p.code().equals("LINT_CONSTRUCT")), () -> when + ": " + ps);
        }
    }

    @Test
    void attributesOtherThanPhaseSalienceAndNoLoopAreRefused() {
        refused(rule("$k : Scorecard()", "$k.get(\"TOTAL\");").replace("ruleflow-group \"predikat\"",
                "ruleflow-group \"predikat\"\n    enabled true"), "LINT_ATTRIBUTE", 6);
        refused(rule("$k : Scorecard()", "$k.get(\"TOTAL\");").replace("ruleflow-group \"predikat\"",
                "dialect \"mvel\""), "LINT_ATTRIBUTE", 5);
    }

    @Test
    void unicodeEscapesAreRefusedEvenInComments() {
        refused(rule("$k : Scorecard()", "// \\u000a System.exit(0);\n    $k.get(\"TOTAL\");"), "LINT_ESCAPE", 9);
    }

    @Test
    void lambdasAndMethodReferencesAreRefused() {
        refused(rule("$k : Scorecard()", "Runnable r = () -> $k.get(\"TOTAL\");"), "LINT_FORBIDDEN_SYNTAX", 9);
    }

    @Test
    void doubleIsRefusedForScores() {
        refused(rule("$k : Scorecard()", "double d = 0.6;"), "LINT_FLOATING_POINT", 9);
    }

    @Test
    void everyFindingHasBothLanguagesAndAFix() {
        List<Problem> ps = lint(rule("$k : Scorecard()", "System.exit(0); while (true) { }"));
        assertTrue(ps.size() >= 2);
        Stream.of(ps.toArray(Problem[]::new)).forEach(p -> {
            assertTrue(!p.messageId().isBlank() && !p.messageEn().isBlank() && p.expected() != null, p::toString);
            assertEquals(Problem.Severity.ERROR, p.severity());
        });
    }

    @Test
    void aConditionOnTheUnitsNameIsRefusedAsOutsideTheVocabulary() {
        // The rule: favouring one unit by name must be impossible to write.
        String text = rule("$k : Scorecard( target == \"WBK\", assessment.unit.name == \"KPPN Surabaya I\" )",
                "$k.set(\"TOTAL\", Exact.of(\"70\"));");
        List<Problem> ps = lint(text);
        assertTrue(ps.stream().anyMatch(p -> p.code().equals("LINT_VOCABULARY") && p.location().equals("t.drl:7")
                && p.messageEn().contains("assessment.unit.name") && p.messageId().contains("kosakata")),
                ps::toString);
    }

    @Test
    void theUnitsIdOrAgencyReadAnyWayIsRefused() {
        refused(rule("$k : Scorecard( this.assessment.unit.id == \"X\" )", "$k.get(\"TOTAL\");"),
                "LINT_VOCABULARY", 7);
        refused(rule("$k : Scorecard( eval($k.assessment.unit.agency == \"X\") )", "$k.get(\"TOTAL\");"),
                "LINT_VOCABULARY", 7);
        refused(rule("$k : Scorecard()", "if ($k.assessment().unit().id().equals(\"X\")) { $k.get(\"TOTAL\"); }"),
                "LINT_FORBIDDEN_CALL", 9);
        refused(rule("$k : Scorecard()", "String n = $k.assessment.unit;"), "LINT_VOCABULARY", 9);
        refused(rule("$b : ScoredItem( rawAnswer != null )", "$b.setValue(\"1\");"), "LINT_VOCABULARY", 7);
    }

    @Test
    void vocabularyPropertiesInConditionsAreFine() {
        assertEquals(List.of(), lint(rule("$b : ScoredItem( answerType == \"PCT\", answered, denominator > 0, "
                + "evidenceCount == 0 )\n    $k : Scorecard( target == \"WBK\", bpkOpinion != null, $t : target )",
                "$b.setValue(\"1\");")));
    }

    @Test
    void aDecimalCommaIsCaughtWithTheFix() {
        List<Problem> ps = lint(rule("$k : Scorecard()", "$k.minimum( \"IPKP\", $k.get( \"IPKP\" ), \"14,00\" );"));
        assertEquals(1, ps.size(), ps::toString);
        assertEquals("LINT_DECIMAL_COMMA", ps.get(0).code());
        assertEquals("t.drl:9", ps.get(0).location());
        assertTrue(ps.get(0).messageEn().contains("write \"14.00\": a point, in quotes"), ps::toString);
        assertEquals("\"14.00\"", ps.get(0).expected());
    }

    @Test
    void anUnquotedNumberIsCaughtWithTheFix() {
        List<Problem> ps = lint(rule("$k : Scorecard()", "$k.minimum( \"IPKP\", $k.get( \"IPKP\" ), 14.00 );"));
        assertEquals(1, ps.size(), ps::toString);
        assertEquals("LINT_NUMBER_UNQUOTED", ps.get(0).code());
        assertTrue(ps.get(0).messageEn().contains("write \"14.00\": a point, in quotes"), ps::toString);
        assertEquals("\"14.00\"", ps.get(0).expected());
    }

    @Test
    void theNumberOfDecimalsOfReportingIsWrittenBare() {
        assertEquals(List.of(), lint(rule("$k : Scorecard()", "$k.reporting( 2, \"HALF_UP\" ); "
                + "if ($k.get( \"TOTAL\" ).signum() > 0) { $k.warn( \"X\", \"TOTAL\", \"14,00 ok\", \"x\" ); }")));
    }

    @Test
    void aMissingClosingParenthesisIsNamedOnItsOwnLine() {
        String text = HEAD + "rule \"r\"\n    ruleflow-group \"predikat\"\nwhen\n    $k : Scorecard( target == \"WBK\"\n"
                + "then\n    $k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), \"75\" );\nend\n";
        List<Problem> ps = DrlLint.lint("t.drl", text).parseErrors();
        assertEquals(1, ps.size(), ps::toString);
        assertEquals("LINT_SYNTAX", ps.get(0).code());
        assertEquals("t.drl:7", ps.get(0).location());
        assertTrue(ps.get(0).messageEn().contains("')' is missing"), ps::toString);
    }

    @Test
    void aMissingEndIsNamedAtTheRuleThatLacksIt() {
        String first = "rule \"a\"\n    ruleflow-group \"predikat\"\nwhen\n    $k : Scorecard()\nthen\n"
                + "    $k.get( \"TOTAL\" );\n";
        String second = "rule \"b\"\n    ruleflow-group \"predikat\"\nwhen\n    $k : Scorecard()\nthen\n"
                + "    $k.get( \"TOTAL\" );\nend\n";
        List<Problem> ps = DrlLint.lint("t.drl", HEAD + first + "\n" + second).parseErrors();
        assertEquals(1, ps.size(), ps::toString);
        assertEquals("t.drl:9", ps.get(0).location());
        assertTrue(ps.get(0).messageEn().contains("rule \"a\" is not closed with 'end'"), ps::toString);
    }
}
