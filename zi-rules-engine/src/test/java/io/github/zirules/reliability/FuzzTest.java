package io.github.zirules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Problem;
import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ValidatedRead;
import io.github.zirules.json.ZiJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Property tests (QuickTheories, fixed seeds) of the JSON reader, the validator and the evaluator together on
 * generated hostile input. Every input must end as problems or a result, never an exception other than the
 * documented ones, and every problem must carry a code, a location and both messages. Counts every input that ran
 * and publishes the counts as the section {@code fuzz} of {@code docs/reliability.md}.
 */
class FuzzTest {

    /**
     * Random byte strings of up to 60 pieces: 4000 reach every refusal the reader has for bytes (the fuzz section of
     * the doc lists the codes met, six of them) many times over; each is read in well under a millisecond.
     */
    static final int RANDOM_BYTES = 4_000;
    /**
     * Valid documents with 1 to 4 mutations: 3000 give refusals by the reader and by the validator and some scored
     * results (the doc lists twelve codes); a scored one costs an evaluation, so this is the costly property.
     */
    static final int MUTATED = 3_000;
    /** Wrong assessments, each scored in Java and after a JSON round trip: 1000 meet every validator problem kind. */
    static final int WRONG_ASSESSMENTS = 1_000;
    private static final Duration HANG_GUARD = Duration.ofMinutes(10);

    private static final ZiJson JSON = ZiJson.create();
    private static final Evaluator EV = ZiRules.evaluator();
    private static final AssessmentValidator VALIDATOR = new AssessmentValidator(
            EV.instrument(BadInputCatalogueTest.RULE_SET));
    private static final Varied VARIED = new Varied(EV, BadInputCatalogueTest.RULE_SET);
    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    private static final AtomicInteger PASSED = new AtomicInteger();

    /** What the inputs of one property came to. */
    static final class Tally {
        final Map<String, Integer> outcomes = new TreeMap<>();
        final TreeSet<String> codes = new TreeSet<>();
        int inputs;

        synchronized void ran() {
            inputs++;
        }

        synchronized void add(String outcome, List<Problem> problems) {
            outcomes.merge(outcome, 1, Integer::sum);
            problems.forEach(p -> codes.add(p.code()));
        }
    }

    @Test
    void randomBytesEndAsProblemsOrAResultNeverAnException() {
        Tally t = tally("random bytes (JSON fragments, raw and invalid UTF-8 bytes, up to 60 pieces)");
        Assertions.assertTimeoutPreemptively(HANG_GUARD, () -> qt().withFixedSeed(61_001L)
                .withExamples(RANDOM_BYTES).forAll(FuzzGens.randomBytes()).checkAssert(b -> pipeline(b, t)));
        assertTrue(t.inputs > RANDOM_BYTES * 9 / 10, "only " + t.inputs + " distinct inputs ran");
        PASSED.incrementAndGet();
    }

    @Test
    void mutatedValidDocumentsEndAsProblemsOrAResultNeverAnException() {
        List<byte[]> docs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            docs.add(JSON.writeAssessment(VARIED.of(i)).getBytes(StandardCharsets.UTF_8));
        }
        Tally t = tally("valid documents with 1 to 4 mutations (byte flips, truncations, hostile tokens, cuts, "
                + "copies)");
        Assertions.assertTimeoutPreemptively(HANG_GUARD, () -> qt().withFixedSeed(61_002L).withExamples(MUTATED)
                .forAll(FuzzGens.mutated(docs)).checkAssert(b -> pipeline(b, t)));
        assertTrue(t.inputs > MUTATED * 9 / 10, "only " + t.inputs + " distinct inputs ran");
        assertTrue(t.outcomes.getOrDefault("scored", 0) > 0, "no mutated document was still scorable");
        PASSED.incrementAndGet();
    }

    @Test
    void wrongAssessmentsAreRefusedWithEveryProblemAlikeInJavaAndAfterAJsonRoundTrip() {
        Tally t = tally("structurally valid but wrong assessments (1 to 5 mistakes each), in Java and written to "
                + "JSON and read back");
        Assertions.assertTimeoutPreemptively(HANG_GUARD, () -> qt().withFixedSeed(61_003L)
                .withExamples(WRONG_ASSESSMENTS).forAll(FuzzGens.wrongAssessments(VARIED, EV.instrument(
                        BadInputCatalogueTest.RULE_SET))).checkAssert(a -> wrong(a, t)));
        assertTrue(t.inputs > WRONG_ASSESSMENTS * 9 / 10, "only " + t.inputs + " distinct inputs ran");
        PASSED.incrementAndGet();
    }

    private static Tally tally(String name) {
        return TALLIES.computeIfAbsent(name, k -> new Tally());
    }

    /** Reads, validates and scores {@code bytes}, checking every invariant; records how it ended. */
    static void pipeline(byte[] bytes, Tally t) {
        t.ran();
        ValidatedRead v = JSON.readAndValidate(new ByteArrayInputStream(bytes), "fuzz.json", VALIDATOR);
        v.problems().forEach(FuzzTest::wellFormed);
        if (v.assessment() == null) {
            assertFalse(v.problems().isEmpty(), "refused without a problem");
            t.add("refused by the JSON reader", v.problems());
            return;
        }
        try {
            EV.evaluate(v.assessment());
            assertTrue(v.ok(), () -> "scored although the validator found " + v.problems());
            t.add("scored", v.problems());
        } catch (InvalidInputException e) {
            assertFalse(v.ok(), "refused by the evaluator but not by the validator");
            assertEquals(codes(v.problems()), codes(e.problems()));
            t.add("refused by the validator", v.problems());
        } catch (UnknownRuleSetException e) {
            t.add("refused: unknown rule set", v.problems());
        }
    }

    private static void wrong(Assessment a, Tally t) {
        t.ran();
        List<Problem> p = EV.validate(a);
        p.forEach(FuzzTest::wellFormed);
        try {
            EV.evaluate(a);
            assertTrue(p.stream().noneMatch(x -> x.severity() == Problem.Severity.ERROR), p::toString);
            t.add("(1) in Java: scored (the mistakes cancelled out)", p);
        } catch (InvalidInputException e) {
            assertEquals(p, e.problems());
            t.add("(1) in Java: refused by the validator", p);
        } catch (UnknownRuleSetException e) {
            assertEquals(List.of("RULESET_NONE_FOR_YEAR"), p.stream().map(Problem::code).toList());
            t.add("(1) in Java: refused, no rule set for the year (validate: RULESET_NONE_FOR_YEAR)", p);
            return;
        }
        String text = JSON.writeAssessment(a);
        ValidatedRead r = JSON.readAndValidate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "round-trip.json", VALIDATOR);
        if (r.assessment() != null) {
            assertEquals(where(p), where(r.problems()), () -> "the round trip changed the problems of\n" + text);
            t.add("(2) after a JSON round trip: the same problems", List.of());
        } else {
            for (Problem q : r.problems()) {
                assertTrue(p.stream().anyMatch(x -> q.location().startsWith(x.location())), () -> "after the "
                        + "round trip the reader found " + q + " where the validator found nothing: " + p);
            }
            t.add("(2) after a JSON round trip: refused by the reader, at places the validator also flagged",
                    r.problems());
        }
    }

    private static void wellFormed(Problem p) {
        if (p.code().isBlank() || p.location().isBlank() || p.messageId().isBlank() || p.messageEn().isBlank()
                || p.code().equals("JSON_UNREADABLE")) {
            fail("a problem without code, location or message, or a reader bug: " + p);
        }
    }

    private static TreeSet<String> codes(List<Problem> ps) {
        TreeSet<String> s = new TreeSet<>();
        ps.forEach(p -> s.add(p.code()));
        return s;
    }

    private static List<String> where(List<Problem> ps) {
        return ps.stream().map(p -> p.code() + " " + p.location()).sorted().toList();
    }

    @AfterAll
    static void publish() {
        if (TALLIES.size() < 3) {
            return;
        }
        StringBuilder md = new StringBuilder("| property | inputs run | how they ended | distinct problem codes "
                + "seen |\n|---|---|---|---|\n");
        long total = 0;
        for (Map.Entry<String, Tally> e : new TreeMap<>(TALLIES).entrySet()) {
            Tally t = e.getValue();
            total += t.inputs;
            List<String> ends = new ArrayList<>();
            t.outcomes.forEach((k, v) -> ends.add(k.strip() + ": " + v));
            md.append("| ").append(e.getKey()).append(" | ").append(t.inputs).append(" | ")
                    .append(ReliabilityDoc.cell(String.join("; ", ends))).append(" | ").append(t.codes.size())
                    .append(": `").append(String.join("` `", t.codes)).append("` |\n");
        }
        md.append("\n").append(total).append(" generated inputs ran (fixed seeds 61001-61003); ")
                .append(PASSED.get() == 3 ? "none ended in an exception other than InvalidInputException or "
                + "UnknownRuleSetException, and every problem had a code, a location and both messages.\n"
                : "**a property failed**.\n");
        ReliabilityDoc.checked("fuzz", md.toString());
    }
}
