package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code test --coverage} does not only say that a threshold boundary is no longer reached: it finds answers that
 * reach it (or, when an edit made it unreachable, the nearest values), and the scenario it proposes passes when pasted
 * into the rule set's tests.
 */
class BoundaryProposalTest {

    @TempDir
    Path tmp;

    private static BoundaryProposal proposal(List<BoundaryProposal> ps, String target, String check) {
        return ps.stream().filter(p -> p.target().equals(target) && p.check().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal for " + target + " " + check + " in " + ps));
    }

    /** Pastes a proposed side into a scenario file of {@code copy} and runs it: the rules confirm the proposal. */
    private static void confirmedByTheRules(Path copy, BoundaryProposal p, BoundaryProposal.Side s, String name)
            throws IOException {
        Files.writeString(copy.resolve("tests").resolve("zz-" + name + ".csv"), s.scenarioCsv(name, p.target()));
        ScenarioSuite suite = ScenarioSuite.load(PolicyRuleSet.load(copy));
        SuiteResult r = suite.run();
        CaseResult c = r.cases().stream().filter(x -> x.scenario().name().equals(name)).findFirst().orElseThrow();
        assertTrue(c.passed(), () -> name + ": " + c.differences() + " " + c.error());
    }

    @Test
    void anEditThatMakesABoundaryUnreachableGetsAWarningAndTheNearestAnswersTheRulesConfirm() throws IOException {
        // ABCD "B" from 0.67 to 0.70: the scenario that sat on a boundary is no longer on it.
        Path copy = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        BuiltInRuleSet.edit(copy, "answer-values.drl", "\"ABCD\", \"B\", \"0.67\"", "\"ABCD\", \"B\", \"0.70\"");
        ScenarioSuite suite = ScenarioSuite.load(PolicyRuleSet.load(copy));
        SuiteResult r = suite.run();

        List<BoundaryProposal> ps = suite.proposals(r);

        assertFalse(ps.isEmpty(), r.uncoveredBoundaries()::toString);
        BoundaryProposal tt = proposal(ps, "WBK", "AREA.TT");
        assertEquals(new BigDecimal("4.2"), tt.required().stripTrailingZeros());
        assertFalse(tt.reachable(), tt::toString);
        assertNotNull(tt.on(), tt::toString);
        assertTrue(tt.on().value().compareTo(tt.required()) > 0, tt::toString);
        assertNotNull(tt.below(), tt::toString);
        assertTrue(tt.below().value().compareTo(tt.required()) < 0, tt::toString);
        confirmedByTheRules(copy, tt, tt.on(), "TT terdekat di atas");
        confirmedByTheRules(copy, tt, tt.below(), "TT terdekat di bawah");
    }

    @Test
    void aReachableBoundaryWithoutAScenarioGetsAnswersThatSitExactlyOnIt() throws IOException {
        Path copy = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        ScenarioSuite suite = ScenarioSuite.load(PolicyRuleSet.load(copy));
        SuiteResult r = suite.run();

        for (BoundaryProposal p : suite.proposals(r)) {
            if (p.reachable()) {
                assertEquals(0, p.on().value().compareTo(p.required()), p::toString);
                confirmedByTheRules(copy, p, p.on(), p.target() + " " + p.check() + " tepat");
            } else {
                assertTrue(p.on() == null || p.on().value().compareTo(p.required()) > 0, p::toString);
            }
        }
    }
}
