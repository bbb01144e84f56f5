package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.engine.RuleSetFolders;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.rule.Rule;

/**
 * Rules written once per level are compiled to one firing per evaluation only where the meaning cannot change; the
 * rest are compiled as written. That the built-in, so compiled, scores every assessment as when its levels were
 * facts fired once each is {@code LevelFactsTest}'s property (against the {@code from} form, compiled as written), the
 * golden files' and the shared examples'.
 */
class LevelRulesTest {

    private static final String HEAD = """
            package t;
            import io.github.zirules.rules.Scorecard;
            import io.github.zirules.rules.ScoredIndicator;
            import io.github.zirules.rules.ScoredAreaPart;
            import io.github.zirules.rules.ScoredArea;
            import io.github.zirules.rules.ScoredItem;
            """;

    private static PackageDescr parse(String rules) throws DroolsParserException {
        return new DrlParser().parse(false, new StringReader(HEAD + rules));
    }

    private static RuleDescr only(PackageDescr pkg) {
        assertEquals(1, pkg.getRules().size());
        return pkg.getRules().get(0);
    }

    @Test
    void aRuleOnOneUnconstrainedLevelRunsItsConsequenceForEveryLevelInOneFiring() throws DroolsParserException {
        PackageDescr pkg = parse("""
                rule "per indicator"
                    ruleflow-group "agregasi"
                    salience 40
                when
                    $indikator : ScoredIndicator()
                then
                    $indikator.setScore( $indikator.averageItemValue().times( $indikator.getWeight() ) );
                end
                """);
        assertEquals(1, LevelRules.compile(pkg));
        RuleDescr r = only(pkg);
        PatternDescr p = (PatternDescr) r.getLhs().getDescrs().get(0);
        assertEquals("io.github.zirules.rules.Scorecard", p.getObjectType());
        String consequence = (String) r.getConsequence();
        assertTrue(consequence.startsWith("for (io.github.zirules.rules.ScoredIndicator $indikator : "
                + p.getIdentifier() + ".getIndicators()) {"), consequence);
        assertTrue(consequence.contains("$indikator.setScore( $indikator.averageItemValue()"), consequence);
        assertTrue(r.hasAnnotation(LevelRules.META));
    }

    @Test
    void aScorecardPatternKeepsItsConstraintsAndBindingAndTheLevelPatternGoes() throws DroolsParserException {
        PackageDescr pkg = parse("""
                rule "per area, WBK only"
                    ruleflow-group "predikat"
                when
                    $k : Scorecard( target == "WBK" )
                    $area : ScoredArea()
                then
                    $k.minimum( "AREA." + $area.getCode(), $area.getScore(), $area.getWeight().times( "0.60" ) );
                end
                """);
        assertEquals(1, LevelRules.compile(pkg));
        RuleDescr r = only(pkg);
        assertEquals(1, r.getLhs().getDescrs().size());
        PatternDescr card = (PatternDescr) r.getLhs().getDescrs().get(0);
        assertEquals("$k", card.getIdentifier());
        assertEquals(1, card.getDescrs().size(), "the constraint target == \"WBK\" stays");
        assertTrue(((String) r.getConsequence()).startsWith(
                "for (io.github.zirules.rules.ScoredArea $area : $k.getAreas()) {"));
    }

    @Test
    void aRuleWhoseMeaningCouldChangeInALoopIsCompiledAsWritten() throws DroolsParserException {
        List<String> asWritten = List.of(
                // a constraint on the level: only some levels match
                "when\n $i : ScoredIndicator( itemCount > 2 )\nthen\n $i.setScore( $i.getWeight() );\nend",
                // two levels: a join, not a loop
                "when\n $i : ScoredIndicator()\n $b : ScoredAreaPart()\nthen\n $b.setScore( $i.getWeight() );\nend",
                // the levels read with from: compiled as written
                "when\n $k : Scorecard()\n $i : ScoredIndicator() from $k.indicators\nthen\n"
                        + " $i.setScore( $i.getWeight() );\nend",
                // an item: items are facts when a pattern may match them (ItemPatterns)
                "when\n $b : ScoredItem()\nthen\n $b.setPoints( $b.getValue() );\nend",
                // words that would leave the loop, or talk to Drools about one match
                "when\n $i : ScoredIndicator()\nthen\n if ( $i.getItemCount() == 0 ) { return; }\n"
                        + " $i.setScore( $i.getWeight() );\nend",
                "when\n $i : ScoredIndicator()\nthen\n System.out.println( kcontext.getMatch() );\nend",
                // an attribute that decides which matches fire
                "activation-group \"one\"\nwhen\n $i : ScoredIndicator()\nthen\n $i.setScore( $i.getWeight() );\nend",
                // a salience worked out per match
                "salience ( $i.getItemCount() )\nwhen\n $i : ScoredIndicator()\nthen\n"
                        + " $i.setScore( $i.getWeight() );\nend");
        for (String body : asWritten) {
            PackageDescr pkg = parse("rule \"r\"\n" + body + "\n");
            String before = String.valueOf(only(pkg).getConsequence());
            assertEquals(0, LevelRules.compile(pkg), body);
            assertEquals(before, String.valueOf(only(pkg).getConsequence()), body);
        }
    }

    @Test
    void aLevelNamedByAnUnimportedSimpleNameIsNotTheVocabularys() throws DroolsParserException {
        PackageDescr pkg = new DrlParser().parse(false, new StringReader("""
                package t;
                import other.ScoredIndicator;
                rule "r"
                when
                    $i : ScoredIndicator()
                then
                    $i.setScore( null );
                end
                """));
        assertEquals(0, LevelRules.compile(pkg));
    }

    @Test
    void theBuiltInsLevelRulesAreMarkedInTheLoadedKieBaseWithTheirLevel() {
        CompiledRuleSet rs = RuleSetCatalog.load(List.of(), true).get("permenpan-rb-90-2021");
        int marked = 0;
        for (org.kie.api.definition.KiePackage pkg : rs.kieBase().getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                LevelRules.Level level = LevelRules.levelOf(r);
                if (r.getName().startsWith("Nilai indikator")) {
                    assertEquals(LevelRules.Level.INDICATOR, level);
                } else if (r.getName().startsWith("Nilai bagian area")) {
                    assertEquals(LevelRules.Level.AREA_PART, level);
                } else if (r.getName().startsWith("Nilai area") || r.getName().contains("setiap area")) {
                    assertEquals(LevelRules.Level.AREA, level, r.getName());
                } else {
                    assertNull(level, r.getName());
                }
                marked += level == null ? 0 : 1;
            }
        }
        assertEquals(5, marked, "indicators, area parts, areas, and the per-area checks of WBK and WBBM");
    }

    @Test
    void aMistakeInALevelRulesConsequenceIsReportedOnTheLineItIsWrittenOn(@TempDir Path dir) throws IOException {
        RuleSetFolders.copyBuiltIn(dir);
        Path aggregation = dir.resolve("aggregation.drl");
        RuleSetFolders.edit(aggregation, "$indikator.setItemPoints(", "$indikator.setItemPointz(");
        List<String> lines = Files.readAllLines(aggregation);
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("setItemPointz")) {
                line = i + 1;
            }
        }
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> RuleSetCatalog.load(List.of(dir), false));
        String at = "aggregation.drl:" + line;
        assertTrue(e.problems().stream().map(Problem::location).anyMatch(l -> l.endsWith(at)),
                () -> "expected a problem at " + at + ": " + e.getMessage());
    }
}
