package io.github.zirules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ValidatedRead;
import io.github.zirules.json.ZiJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Runs every row of {@code reliability/catalogue.csv} through {@link ZiJson#readAndValidate} and the evaluator, and
 * checks that it ends as the row says: exactly the expected problem codes, or tolerated and scored, never an
 * uncaught exception, an out-of-memory error or a hang. Publishes the outcomes as the section {@code catalogue} of
 * {@code docs/reliability.md}.
 */
class BadInputCatalogueTest {

    static final String RULE_SET = "permenpan-rb-90-2021";
    /** A hang guard only, not a speed claim. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static final Evaluator EVALUATOR = ZiRules.evaluator();
    static final AssessmentValidator VALIDATOR = new AssessmentValidator(EVALUATOR.instrument(RULE_SET));
    private static final BadInputs INPUTS = new BadInputs(EVALUATOR.instrument(RULE_SET));
    private static final Map<String, Outcome> OUTCOMES = new LinkedHashMap<>();
    private static List<Catalogue.Row> rows = List.of();

    /** What happened to one input. */
    record Outcome(Catalogue.Expect kind, List<String> codes, String firstLocation, boolean evaluatorAgreed,
                   String failure) {
    }

    @TestFactory
    Stream<DynamicTest> everyCaseEndsAsTheCatalogueSays() throws IOException {
        rows = Catalogue.read("reliability/catalogue.csv");
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.id() + ": " + r.description(), () -> check(r)));
    }

    @Test
    void theCatalogueHoldsAtLeastFiftyDistinctCases() throws IOException {
        List<Catalogue.Row> all = Catalogue.read("reliability/catalogue.csv");
        Set<String> ids = new LinkedHashSet<>();
        all.forEach(r -> assertTrue(ids.add(r.id()), "duplicate case id " + r.id()));
        assertTrue(ids.size() >= 50, "only " + ids.size() + " cases");
    }

    private static void check(Catalogue.Row row) {
        Outcome o = guarded(row);
        synchronized (OUTCOMES) {
            OUTCOMES.put(row.id(), o);
        }
        if (o.failure() != null) {
            fail(row.id() + ": " + o.failure());
        }
        assertEquals(row.expect(), o.kind(), () -> row.id() + ": " + o);
        if (row.expect() == Catalogue.Expect.TOLERATED) {
            assertTrue(o.codes().containsAll(row.codes()), () -> row.id() + ": warnings " + o.codes()
                    + " lack some of " + row.codes());
        } else {
            assertEquals(row.codes(), new LinkedHashSet<>(o.codes()), () -> row.id() + ": " + o);
        }
        assertTrue(o.evaluatorAgreed(), () -> row.id() + ": the evaluator disagreed with readAndValidate: " + o);
    }

    private static Outcome guarded(Catalogue.Row row) {
        try {
            return assertTimeoutPreemptively(HANG_GUARD, () -> run(row), () -> "hang guard: " + row.id());
        } catch (AssertionFailedError e) {
            return failed("HUNG: still running after " + HANG_GUARD.toSeconds() + " s");
        }
    }

    /** Reads, validates and, when possible, scores one input; every throwable becomes a failed outcome. */
    static Outcome run(Catalogue.Row row) {
        try {
            ZiJson json = ZiJson.create(row.jsonLimits());
            ValidatedRead v;
            try (InputStream in = open(row)) {
                v = json.readAndValidate(in, row.id(), VALIDATOR);
            }
            List<Problem> errors = v.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                    .toList();
            for (Problem p : v.problems()) {
                if (p.code().isBlank() || p.location().isBlank() || p.messageId().isBlank()
                        || p.messageEn().isBlank() || p.code().equals("JSON_UNREADABLE")) {
                    return failed("a problem without code, location or message, or a reader bug: " + p);
                }
            }
            if (!errors.isEmpty()) {
                boolean agreed = true;
                if (v.assessment() != null) {
                    agreed = evaluatorRefusesWith(v, errors);
                }
                return new Outcome(Catalogue.Expect.PROBLEMS, codes(errors), errors.get(0).location(), agreed, null);
            }
            List<String> warnings = new ArrayList<>(codes(v.problems()));
            try {
                Result r = EVALUATOR.evaluate(v.assessment());
                String report = json.writeReport(r);
                if (!json.readReport(report, row.id()).equals(r)) {
                    return failed("the report does not read back equal");
                }
                warnings.addAll(codes(r.warnings()));
                return new Outcome(Catalogue.Expect.TOLERATED, distinct(warnings), "", true, null);
            } catch (io.github.zirules.api.UnknownRuleSetException e) {
                List<Problem> said = EVALUATOR.validate(v.assessment());
                List<String> codes = new ArrayList<>(List.of(e.getClass().getSimpleName()));
                codes.addAll(codes(said));
                return new Outcome(Catalogue.Expect.REFUSED, codes, said.isEmpty() ? "" : said.get(0).location(),
                        true, null);
            }
        } catch (Throwable t) {
            return failed("uncaught " + t);
        }
    }

    private static boolean evaluatorRefusesWith(ValidatedRead v, List<Problem> errors) {
        try {
            EVALUATOR.evaluate(v.assessment());
            return false;
        } catch (InvalidInputException e) {
            // The reader lists a document's first 100 problems and counts the rest (PROBLEMS_OMITTED); the evaluator
            // lists them all: the same codes otherwise.
            Set<String> read = new LinkedHashSet<>(codes(errors));
            read.remove("PROBLEMS_OMITTED");
            return new LinkedHashSet<>(codes(e.problems())).equals(read);
        }
    }

    private static Outcome failed(String why) {
        return new Outcome(null, List.of(), "", false, why);
    }

    static InputStream open(Catalogue.Row row) throws IOException {
        String input = row.input();
        if (input.startsWith("gen:")) {
            return INPUTS.open(input.substring(4));
        }
        String res = "reliability/inputs/" + input.substring("file:".length());
        InputStream in = BadInputCatalogueTest.class.getClassLoader().getResourceAsStream(res);
        if (in == null) {
            throw new IOException("catalogue.csv:" + row.line() + ": no resource " + res);
        }
        return in;
    }

    private static List<String> codes(List<Problem> ps) {
        return distinct(ps.stream().map(Problem::code).toList());
    }

    private static List<String> distinct(List<String> xs) {
        return List.copyOf(new LinkedHashSet<>(xs));
    }

    @AfterAll
    static void publish() {
        if (OUTCOMES.size() < rows.size() || rows.isEmpty()) {
            return;
        }
        StringBuilder md = new StringBuilder();
        Map<String, Integer> byKind = new LinkedHashMap<>();
        md.append("| case | what was tried | limits | outcome | problem codes (or warnings) | first location |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Catalogue.Row r : rows) {
            Outcome o = OUTCOMES.get(r.id());
            String kind = o.failure() != null ? "**FAILED: " + o.failure() + "**"
                    : o.kind().name().toLowerCase(java.util.Locale.ROOT);
            byKind.merge(o.failure() != null ? "failed" : kind, 1, Integer::sum);
            md.append("| `").append(r.id()).append("` | ").append(ReliabilityDoc.cell(r.description()))
                    .append(" | ").append(r.limits().isBlank() ? "defaults" : "`" + r.limits() + "`")
                    .append(" | ").append(ReliabilityDoc.cell(kind)).append(" | ")
                    .append(o.codes().isEmpty() ? "—" : "`" + String.join("` `", o.codes()) + "`").append(" | ")
                    .append(o.firstLocation().isBlank() ? "—" : "`" + ReliabilityDoc.cell(o.firstLocation()) + "`")
                    .append(" |\n");
        }
        md.append("\n").append(rows.size()).append(" cases: ");
        md.append(String.join(", ", byKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
        md.append(". Every case ran under a 60 s hang guard");
        md.append(byKind.containsKey("failed") ? ".\n" : "; none threw, ran out of memory or hung.\n");
        ReliabilityDoc.checked("catalogue", md.toString());
    }
}
