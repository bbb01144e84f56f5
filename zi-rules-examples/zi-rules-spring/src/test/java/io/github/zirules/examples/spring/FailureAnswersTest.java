package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.json.ZiJson;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** How the service answers when the engine or the service itself fails; no Spring context, no HTTP. */
class FailureAnswersTest {

    private static final RuleSetInfo INFO = new RuleSetInfo("stub", "1", "0".repeat(64), "Stub", "none", "2000-",
            false, List.of());

    /** An evaluator that accepts every assessment and then fails in the rules, as a runaway rule would. */
    private static final Evaluator FAILING = new Evaluator() {
        @Override
        public Result evaluate(Assessment assessment) {
            throw new EvaluationException("rule set stub: fire limit 100000 reached in rule 'loop'");
        }

        @Override
        public List<Problem> validate(Assessment assessment) {
            return List.of();
        }

        @Override
        public RuleSetInfo ruleSetFor(Assessment assessment) {
            return INFO;
        }

        @Override
        public Instrument instrument(String ruleSetId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RuleSetInfo> ruleSets() {
            return List.of(INFO);
        }
    };

    @Test
    void rulesThatFailWhileScoringGive500WithOneProblemNamingTheRule() {
        EvaluationService s = new EvaluationService(FAILING, ZiJson.create());
        byte[] doc = ServiceTestSupport.resource("examples/random-1001-00.json");

        EvaluationService.Outcome o = s.evaluate(new ByteArrayInputStream(doc), doc.length, "request");

        assertEquals(500, o.status());
        assertNull(o.result());
        assertEquals("EVALUATION_FAILED", o.problems().get(0).code());
        assertTrue(o.problems().get(0).messageEn().contains("rule 'loop'"), o.problems().toString());
    }

    @Test
    void anEvaluationPastItsTimeoutIsAnswered503AndFreesTheRequestThread() {
        Evaluator spinning = new DelegatingEvaluator(FAILING) {
            @Override
            public Result evaluate(Assessment assessment) {
                long until = System.nanoTime() + 5_000_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // ignores interrupts, as a runaway rule does
                }
                throw new EvaluationException("spun");
            }
        };
        try (BoundedWork work = new BoundedWork(1, java.time.Duration.ofMillis(200))) {
            EvaluationService s = new EvaluationService(spinning, ZiJson.create(), work);
            byte[] doc = ServiceTestSupport.resource("examples/random-1001-00.json");

            long start = System.nanoTime();
            EvaluationService.Outcome first = s.evaluate(new ByteArrayInputStream(doc), doc.length, "request");
            EvaluationService.Outcome second = s.evaluate(new ByteArrayInputStream(doc), doc.length, "request");
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(503, first.status());
            assertEquals("EVALUATION_TIMEOUT", first.problems().get(0).code());
            assertEquals(503, second.status(), "the one evaluator is still spinning; the second waited in vain");
            assertTrue(millis < 2000, "both answered in " + millis + " ms");
        }
    }

    @Test
    void anUnexpectedExceptionBecomesA500ProblemWithoutItsStackTraceOrMessage() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/evaluations");

        ResponseEntity<String> r = new ProblemAdvice().handle(
                new IllegalStateException("secret detail at io.github.zirules.Foo.bar(Foo.java:12)"), request);

        assertEquals(500, r.getStatusCode().value());
        assertTrue(r.getBody().contains("\"INTERNAL_ERROR\""), r.getBody());
        assertFalse(r.getBody().contains("secret") || r.getBody().contains("Foo.java"), r.getBody());
    }

    /** An evaluator that passes everything to another; a test overrides what it needs. */
    private static class DelegatingEvaluator implements Evaluator {
        private final Evaluator d;

        DelegatingEvaluator(Evaluator d) {
            this.d = d;
        }

        @Override
        public Result evaluate(Assessment assessment) {
            return d.evaluate(assessment);
        }

        @Override
        public List<Problem> validate(Assessment assessment) {
            return d.validate(assessment);
        }

        @Override
        public RuleSetInfo ruleSetFor(Assessment assessment) {
            return d.ruleSetFor(assessment);
        }

        @Override
        public Instrument instrument(String ruleSetId) {
            return d.instrument(ruleSetId);
        }

        @Override
        public List<RuleSetInfo> ruleSets() {
            return d.ruleSets();
        }
    }

    @Test
    void aMissingRulesDirStopsTheStartWithTheProblemNamed() throws Exception {
        ZiRulesProperties p = new ZiRulesProperties(Path.of("target/no-such-rules-dir"), false, 1000, 1024, false);

        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> ZiRulesConfiguration.newEvaluator(p));

        assertEquals("RULESET_DIR_MISSING", e.problems().get(0).code());
    }

    @Test
    void theDocumentLimitIsTheConfiguredOneForApiAndUploadAlike() {
        ZiRulesProperties p = new ZiRulesProperties(null, true, 1000, 4096, false);
        ZiRulesConfiguration c = new ZiRulesConfiguration();

        assertEquals(4096, c.ziJson(p).limits().maxDocumentBytes());
        assertEquals(4096, c.multipartConfigElement(p).getMaxFileSize());
    }
}
