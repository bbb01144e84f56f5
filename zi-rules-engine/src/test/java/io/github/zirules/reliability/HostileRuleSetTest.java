package io.github.zirules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.ZiRules;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.DroolsEvaluator;
import io.github.zirules.json.ZiJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or broken rule sets: each must be refused at load with a located problem, or stopped at run time with an
 * {@link EvaluationException} naming the rule, while an evaluator built earlier keeps scoring exactly as before.
 * Publishes the outcome of every case as the section {@code rules} of {@code docs/reliability.md}.
 */
class HostileRuleSetTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final ZiJson JSON = ZiJson.create();
    private static final Map<String, String[]> OUTCOMES = new LinkedHashMap<>();

    @TempDir
    static Path root;
    private static Evaluator good;
    private static Assessment ordinary;
    private static String goodReport;

    @BeforeAll
    static void loadTheGoodRuleSetFirst() throws Exception {
        good = fromDisk(HostileRuleSets.copyBuiltIn(root.resolve("good")), EvaluatorOptions.DEFAULT_FIRE_LIMIT);
        ordinary = HostileRuleSets.ordinary(good.instrument(BadInputCatalogueTest.RULE_SET), "BIASA").build();
        goodReport = JSON.writeReport(good.evaluate(ordinary));
    }

    /**
     * The time limit of the in-process cases: long enough that the fire limit, not the clock, stops every loop (100,000
     * firings take well under a second even on a loaded machine), so that the published detail of a loop case does
     * not depend on how busy the machine is. The time limit itself is proved by the child-JVM case.
     */
    private static final Duration LOOP_TIMEOUT = Duration.ofSeconds(60);

    private static Evaluator fromDisk(Path dir, int fireLimit) {
        return ZiRules.evaluator(EvaluatorOptions.builder().ruleSetDirectory(dir).includeBuiltIn(false)
                .fireLimit(fireLimit).evaluationTimeout(LOOP_TIMEOUT).build());
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRuleSetIsRefusedOrStoppedAndTheEarlierOneKeepsServing() {
        return HostileCases.all().stream().map(c -> DynamicTest.dynamicTest(c.id() + ": " + c.what(),
                () -> check(c)));
    }

    private static void check(HostileCases.Case c) throws Exception {
        Path dir = HostileRuleSets.copyBuiltIn(root.resolve(c.id()));
        c.edit().apply(dir);
        String cleanFolder = root.resolve("good").toString();
        // A child JVM case runs both ways in one child where it can (see HostileRuleMain --both).
        List<String[]> child = c.childJvm() ? inChild(dir, List.of(cleanFolder, "--both")) : List.of();
        String[] o = c.childJvm() ? child.get(0) : Assertions.assertTimeoutPreemptively(HANG_GUARD,
                () -> inProcess(c, dir));
        o[1] = clean(o[1], dir);
        String[] u = c.accept() == HostileCases.Accept.LOAD ? new String[] {"—", ""}
                : c.childJvm() ? (child.size() > 1 ? child.get(1) : inChild(dir, List.of(cleanFolder)).get(0))
                : Assertions.assertTimeoutPreemptively(HANG_GUARD, () -> unlinted(c, dir));
        u[1] = clean(u[1], dir);
        boolean serves = JSON.writeReport(good.evaluate(ordinary)).equals(goodReport);
        synchronized (OUTCOMES) {
            OUTCOMES.put(c.id(), new String[] {o[0], o[1], o.length > 2 ? o[2] : "", serves ? "yes" : "**NO**",
                u[0], u[1]});
        }
        assertTrue(serves, "the evaluator loaded before no longer scores as it did, after " + c.id());
        assertTrue(!o[0].startsWith("UNCAUGHT") && !u[0].startsWith("UNCAUGHT"), () -> c.id() + ": " + o[0] + " "
                + o[1] + " / without the lint: " + u[0] + " " + u[1]);
        if (c.accept() == HostileCases.Accept.LOAD_OR_RUN) {
            String[] w = u;
            assertEquals("STOPPED_AT_RUN_TIME", w[0], () -> c.id() + " without the lint and probes: " + w[1]);
            assertTrue(w[1].contains("Jebakan"), () -> "the error does not name the trap rule: " + w[1]);
            assertEquals("yes", w[2], () -> c.id() + ": without the lint, the stopped rule set no longer scores "
                    + "other assessments right");
        }
        switch (c.accept()) {
            case LOAD -> {
                assertEquals("REFUSED_AT_LOAD", o[0], () -> c.id() + ": " + o[1]);
                assertTrue(o[1].matches(".* at [\\w.-]+\\.(drl|properties|csv)(:\\d+)?.*"), o[1]);
            }
            case LOAD_OR_RUN -> {
                if (!o[0].equals("REFUSED_AT_LOAD")) {
                    assertEquals("STOPPED_AT_RUN_TIME", o[0], () -> c.id() + ": " + o[1]);
                    assertTrue(o[1].contains("Jebakan"), () -> "the error does not name the trap rule: " + o[1]);
                    assertEquals("yes", o[2], () -> c.id() + ": the hostile evaluator itself no longer scores "
                            + "other assessments");
                }
            }
            case LINT -> {
                assertEquals("REFUSED_AT_LOAD", o[0], () -> c.id() + ": " + o[1]);
                assertTrue(o[1].startsWith("LINT_"), () -> c.id() + " is refused, but not by the lint: " + o[1]);
            }
            case GAP -> assertTrue(o[0].equals("RAN") || o[0].equals("REFUSED_AT_LOAD")
                    || o[0].equals("STOPPED_AT_RUN_TIME"), () -> c.id() + ": " + o[0] + " " + o[1]);
            default -> fail(c.accept().toString());
        }
    }

    /** {kind, detail, whether the hostile evaluator still scores an ordinary assessment right}. */
    private static String[] inProcess(HostileCases.Case c, Path dir) {
        Evaluator ev;
        try {
            ev = fromDisk(dir, c.fireLimit());
        } catch (InvalidRuleSetException e) {
            Problem p = e.problems().get(0);
            return new String[] {"REFUSED_AT_LOAD", String.join(" ", e.problems().stream().map(Problem::code)
                    .distinct().toList()) + " at " + p.location()};
        } catch (Throwable t) {
            return new String[] {"UNCAUGHT_AT_LOAD", t.toString()};
        }
        try {
            Result r = ev.evaluate(HostileRuleSets.trigger(ev.instrument(BadInputCatalogueTest.RULE_SET)));
            return ran(r);
        } catch (EvaluationException e) {
            Result after = ev.evaluate(ordinary);
            Result before = good.evaluate(ordinary);
            boolean same = after.scores().equals(before.scores()) && after.verdict().equals(before.verdict());
            return new String[] {"STOPPED_AT_RUN_TIME", e.getMessage(), same ? "yes" : "no"};
        } catch (Throwable t) {
            return new String[] {"UNCAUGHT_AT_RUN_TIME", t.toString()};
        }
    }

    private static String clean(String detail, Path dir) {
        return detail.replace(dir + java.io.File.separator, "").replace(dir.toString(), "<folder>");
    }

    /** As {@link #inProcess}, with the hostile rules compiled without the lint and the probes. */
    private static String[] unlinted(HostileCases.Case c, Path dir) throws Exception {
        CompiledRuleSet rs;
        try {
            rs = Unlinted.compile(root.resolve("good"), dir);
        } catch (IllegalArgumentException e) {
            return new String[] {"NOT_COMPILED", e.getMessage()};
        }
        try {
            Result r = DroolsEvaluator.evaluateWith(rs, HostileRuleSets.trigger(rs.instrument()), c.fireLimit(),
                    LOOP_TIMEOUT, null);
            return ran(r);
        } catch (EvaluationException e) {
            Result after = DroolsEvaluator.evaluateWith(rs, ordinary, c.fireLimit(), LOOP_TIMEOUT, null);
            Result before = good.evaluate(ordinary);
            boolean same = after.scores().equals(before.scores()) && after.verdict().equals(before.verdict());
            return new String[] {"STOPPED_AT_RUN_TIME", e.getMessage(), same ? "yes" : "no"};
        } catch (Throwable t) {
            return new String[] {"UNCAUGHT_AT_RUN_TIME", t.toString()};
        }
    }

    private static String[] ran(Result r) {
        return new String[] {"RAN", "scored: total " + r.scores().total() + ", the TOTAL check requires "
                + r.verdict().scoreCheck("TOTAL").map(x -> String.valueOf(x.required())).orElse("?") + ", eligible "
                + r.eligible() + ", warnings " + r.warnings().stream().map(Problem::code).distinct().sorted()
                .toList()};
    }

    /** Every outcome the child printed, in order; else why it printed none (one element). */
    private static List<String[]> inChild(Path dir, List<String> extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(dir.toString(), "5"));
        args.addAll(extra);
        ChildJvm.Exit x = ChildJvm.run(List.of("-Xmx512m"), HostileRuleMain.class, args, HANG_GUARD.toSeconds());
        List<String[]> outcomes = new java.util.ArrayList<>();
        for (String line : x.lines()) {
            if (line.startsWith("OUTCOME\t")) {
                String[] p = line.split("\t", 3);
                outcomes.add(new String[] {p[1], p[2]});
            }
        }
        if (!outcomes.isEmpty()) {
            return outcomes;
        }
        if (x.killed()) {
            return List.<String[]>of(new String[] {"HUNG", "the child JVM was killed after "
                    + HANG_GUARD.toSeconds() + " s"});
        }
        return List.<String[]>of(new String[] {"JVM_EXITED", "the child JVM exited with status " + x.code()
                + " in the middle of an evaluation"});
    }

    private static String abbreviate(String s) {
        return s.length() > 240 ? s.substring(0, 237) + "…" : s;
    }

    @AfterAll
    static void publish() {
        if (OUTCOMES.size() < HostileCases.all().size()) {
            return;
        }
        StringBuilder md = new StringBuilder();
        md.append("| case | what was tried | must end | outcome | detail | without the lint and probes "
                + "| earlier evaluator still right |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (HostileCases.Case c : HostileCases.all()) {
            String[] o = OUTCOMES.get(c.id());
            String detail = abbreviate(o[1]);
            md.append("| `").append(c.id()).append("` | ").append(ReliabilityDoc.cell(c.what()))
                    .append(c.fireLimit() != EvaluatorOptions.DEFAULT_FIRE_LIMIT ? " (fire limit " + c.fireLimit()
                            + ")" : "").append(c.childJvm() ? " (child JVM)" : "").append(" | ")
                    .append(switch (c.accept()) {
                        case LOAD -> "refused at load";
                        case LOAD_OR_RUN -> "refused at load or stopped at run time";
                        case LINT -> "refused at load by the lint";
                        case GAP -> "known gap: recorded";
                    }).append(" | ").append(o[0].toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(" | ").append(ReliabilityDoc.cell(detail)).append(" | ")
                    .append(o[4].toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(o[5].isEmpty() ? "" : ": " + ReliabilityDoc.cell(abbreviate(o[5]))).append(" | ")
                    .append(o[3]).append(" |\n");
        }
        ReliabilityDoc.checked("rules", md.toString());
    }
}
