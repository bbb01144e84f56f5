package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.testkit.InvariantOutcome;
import io.github.zirules.testkit.Invariants;
import io.github.zirules.testkit.PropertyReport;
import io.github.zirules.testkit.PropertyRunner;
import io.github.zirules.testkit.RuleSetUnderTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property kit finds a rule whose outcome depends on the order the rules fire in, even where the load-time
 * checks (facts in LKE order and reversed, files in the written order) cannot see it: it also loads the rule files in
 * another order and inserts the facts shuffled, and names the rule with its file:line and the two orders.
 */
class OrderDependentRuleTest {

    private static final String PLANTED = "WBK: total sementara paling sedikit 75";

    @TempDir
    Path tmp;

    /**
     * A rule in {@code thresholds-wbk.drl} that reads TOTAL in the aggregation phase, at the salience of the rule in
     * {@code aggregation.drl} that computes it: it works only because aggregation.drl is listed first.
     */
    private Path plantedCopy() throws IOException {
        Path dir = RuleSetFolders.copyBuiltIn(tmp.resolve("rs"));
        Path file = dir.resolve("thresholds-wbk.drl");
        Files.writeString(file, Files.readString(file) + "\nrule \"" + PLANTED + "\"\n    ruleflow-group \"agregasi\"\n"
                + "    salience 0\nwhen\n    $k : Scorecard( target == \"WBK\" )\nthen\n"
                + "    $k.minimum( \"TOTAL_SEMENTARA\", $k.get( \"TOTAL\" ), \"75\" );\nend\n");
        return dir;
    }

    private static InvariantOutcome orderIndependence(RuleSetUnderTest rules) {
        PropertyReport report = PropertyRunner.builder(rules).seed(5L).tries(3)
                .invariants(List.of(Invariants.named("order-independence").orElseThrow())).build().run();
        return report.outcomes().get(0);
    }

    @Test
    void aRuleThatWorksOnlyInTheWrittenFileOrderIsCaughtWithItsFileLineAndBothOrders() throws IOException {
        Path dir = plantedCopy();
        RuleSetUnderTest rules = RuleSetUnderTest.fromDirectory(dir); // the load-time checks let it through

        InvariantOutcome o = orderIndependence(rules);

        assertTrue(!o.passed(), "the planted rule is order-dependent");
        String en = o.violation().messageEn();
        int line = RuleSetFolders.lineOf(dir.resolve("thresholds-wbk.drl"), "rule \"" + PLANTED + "\"");
        assertTrue(en.contains("'" + PLANTED + "' (") && en.contains("thresholds-wbk.drl:" + line + ")"), en);
        assertTrue(en.contains("rule files in the order ruleset.properties lists them")
                && en.contains("rule files loaded last file first"), en);
        assertTrue(o.violation().messageId().contains("berkas aturan dimuat dari berkas terakhir"),
                o.violation().messageId());
    }

    @Test
    void theBuiltInRuleSetScoresTheSameInEveryOrder() {
        InvariantOutcome o = orderIndependence(RuleSetUnderTest.builtIn("permenpan-rb-90-2021"));

        assertTrue(o.passed(), () -> o.violation().messageEn());
        assertEquals(3, o.tries());
    }
}
