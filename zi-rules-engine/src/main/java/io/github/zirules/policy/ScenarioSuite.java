package io.github.zirules.policy;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.engine.Catalog;
import io.github.zirules.api.Unit;
import io.github.zirules.engine.BoundarySearch;
import io.github.zirules.policy.internal.ScenarioColumns;
import io.github.zirules.policy.internal.ScenarioReader;
import io.github.zirules.rules.RuleRef;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The scenario tests of a rule set (<i>skenario uji</i>): every {@code *.csv} file in its {@code tests/} folder, one
 * case per row, each an assessment with the scores, verdict, failed checks and warnings it must produce. Policy staff
 * edit them in a spreadsheet or a text editor; the format is in docs/policy. Like {@code opa test}: run them after
 * every change, with rule coverage.
 *
 * <pre>{@code
 * SuiteResult r = ScenarioSuite.load(PolicyRuleSet.load(Path.of("rules/my-rule-set"))).run();
 * r.failures().forEach(c -> c.differences().forEach(d -> System.out.println(d.message(Locale.ENGLISH))));
 * }</pre>
 */
public final class ScenarioSuite {

    private final PolicyRuleSet ruleSet;
    private final List<Scenario> scenarios;

    private ScenarioSuite(PolicyRuleSet ruleSet, List<Scenario> scenarios) {
        this.ruleSet = ruleSet;
        this.scenarios = List.copyOf(scenarios);
    }

    /**
     * The scenarios in the rule set's {@code tests/} folder; none if it has no such folder.
     *
     * @throws InvalidInputException with every problem of every scenario file, each with its file:line
     */
    public static ScenarioSuite load(PolicyRuleSet ruleSet) {
        Path tests = ruleSet.testsDirectory();
        return tests == null || !Files.isDirectory(tests) ? new ScenarioSuite(ruleSet, List.of())
                : load(ruleSet, tests);
    }

    /**
     * The scenarios in the {@code *.csv} files of {@code folder}, in file-name order.
     *
     * @throws InvalidInputException with every problem of every scenario file, each with its file:line
     */
    public static ScenarioSuite load(PolicyRuleSet ruleSet, Path folder) {
        List<Problem> problems = new ArrayList<>();
        List<Scenario> all = new ArrayList<>();
        int firstYear = ruleSet.firstYear();
        int year = firstYear > 0 ? firstYear : 2024;
        for (Path f : csvFiles(folder, problems)) {
            try {
                String text = new String(Catalog.readFile(f, folder), StandardCharsets.UTF_8);
                all.addAll(ScenarioReader.read(text, f.toString(), f.getParent(), ruleSet.instrument(),
                        year, problems));
            } catch (IOException e) {
                String why = Catalog.describe(e);
                problems.add(Problem.error("SCENARIO_UNREADABLE", f.toString(), Message.of("SCENARIO_UNREADABLE",
                        why), null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("scenario files in " + folder, problems);
        }
        return new ScenarioSuite(ruleSet, all);
    }

    private static List<Path> csvFiles(Path folder, List<Problem> problems) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.limit(Catalog.MAX_FILES).filter(p -> Files.isRegularFile(p) && p.getFileName().toString()
                    .toLowerCase(java.util.Locale.ROOT).endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error("SCENARIO_UNREADABLE", folder.toString(), Message.of("SCENARIO_UNREADABLE.2",
                    e), null));
            return List.of();
        }
    }

    /** The rule set the scenarios test. */
    public PolicyRuleSet ruleSet() {
        return ruleSet;
    }

    /** Every case, in file and line order. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** Runs every case and measures rule coverage. */
    public SuiteResult run() {
        Set<RuleRef> fired = new LinkedHashSet<>();
        List<CaseResult> results = new ArrayList<>();
        Map<String, BoundaryCoverage> boundaries = new java.util.TreeMap<>();
        for (Scenario s : scenarios) {
            results.add(run(s, fired::add, r -> boundaries(r, boundaries)));
        }
        return new SuiteResult(ruleSet.info(), results, coverage(fired), List.copyOf(boundaries.values()));
    }

    /**
     * For every threshold boundary {@code result} leaves uncovered (no case on it, or none 0.01 below it): answers
     * that reach both sides, found by a search over answer combinations and confirmed by the rules, or, when an edit
     * made the minimum unreachable, the nearest values above and below it. Each search runs the rules a few hundred
     * times per predicate, from every answer at its best in the context (year, agency facts) of the first case of
     * that predicate.
     */
    public List<BoundaryProposal> proposals(SuiteResult result) {
        Map<String, BoundarySearch> searches = new java.util.HashMap<>();
        List<BoundaryProposal> out = new ArrayList<>();
        for (BoundaryCoverage b : result.uncoveredBoundaries()) {
            BoundaryProposal p = searches.computeIfAbsent(b.target(), t -> ruleSet.loaded().boundarySearch(
                    context(Predikat.valueOf(t)))).propose(b.check());
            if (p != null) {
                out.add(new BoundaryProposal(p.target(), p.check(), b.required(), p.reachable(), p.on(), p.below()));
            }
        }
        return out;
    }

    /** The assessment of the first case for {@code target}, or a bare one. */
    private Assessment context(Predikat target) {
        return scenarios.stream().map(Scenario::assessment).filter(a -> a.target() == target).findFirst()
                .orElseGet(() -> Assessment.builder(Unit.of("BATAS"), ruleSet.info().years() == null ? 2024
                        : firstYear(ruleSet.info().years()), target).ruleSet(ruleSet.info().id()).build());
    }

    private static int firstYear(String years) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}").matcher(years);
        return m.find() ? Integer.parseInt(m.group()) : 2024;
    }

    /** Adds what {@code r} shows of each score threshold's two sides. */
    private static void boundaries(Result r, Map<String, BoundaryCoverage> out) {
        for (Check check : r.verdict().checks()) {
            if (!(check instanceof ScoreCheck c)) {
                continue;
            }
            String key = r.verdict().target() + " " + c.id() + " " + c.requiredText();
            BoundaryCoverage b = out.getOrDefault(key, new BoundaryCoverage(r.verdict().target().name(), c.id(),
                    c.required(), false, false));
            boolean on = c.passed() && c.actual().compareTo(c.required()) == 0;
            boolean below = !c.passed()
                    && c.shortfall().compareTo(BigDecimal.ONE.movePointLeft(c.required().scale())) == 0;
            out.put(key, new BoundaryCoverage(b.target(), b.check(), b.required(), b.onIt() || on,
                    b.justBelow() || below));
        }
    }

    /**
     * Runs one case.
     *
     * @param observer told of every rule that fires (for coverage); may be null
     */
    public CaseResult run(Scenario s, @Nullable Consumer<RuleRef> observer) {
        return run(s, observer, null);
    }

    private CaseResult run(Scenario s, @Nullable Consumer<RuleRef> observer,
                           @Nullable Consumer<Result> results) {
        Result r;
        try {
            r = ruleSet.evaluate(s.assessment(), observer);
        } catch (EvaluationException | InvalidInputException e) {
            return new CaseResult(s, List.of(), e.getMessage());
        }
        if (results != null) {
            results.accept(r);
        }
        List<Difference> diffs = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : s.scores().entrySet()) {
            BigDecimal actual = ScenarioColumns.score(r, e.getKey());
            if (actual == null || actual.compareTo(e.getValue()) != 0) {
                diffs.add(new Difference(e.getKey(), e.getValue().setScale(Math.max(2, e.getValue().scale()))
                        .toPlainString(), actual == null ? "(none)" : actual.toPlainString()));
            }
        }
        if (s.eligible() != null && s.eligible() != r.eligible()) {
            diffs.add(new Difference("eligible", s.eligible().toString(), Boolean.toString(r.eligible())));
        }
        if (s.failedChecks() != null) {
            Set<String> actual = new LinkedHashSet<>();
            r.verdict().failedChecks().forEach(c -> actual.add(c.id()));
            if (!actual.equals(s.failedChecks())) {
                diffs.add(new Difference("failed", list(s.failedChecks()), details(r.verdict().failedChecks())));
            }
        }
        if (s.warnings() != null) {
            Set<String> actual = new TreeSet<>();
            r.warnings().forEach(w -> actual.add(w.code()));
            if (!actual.equals(new TreeSet<>(s.warnings()))) {
                diffs.add(new Difference("warnings", list(new TreeSet<>(s.warnings())), list(actual)));
            }
        }
        return new CaseResult(s, diffs, null);
    }

    /** The coverage of the rule set by the rules in {@code fired}. */
    public RuleCoverage coverage(Set<RuleRef> fired) {
        Map<String, List<RuleRef>> yes = new LinkedHashMap<>();
        Map<String, List<RuleRef>> no = new LinkedHashMap<>();
        for (String f : ruleSet.files()) {
            yes.put(f, new ArrayList<>());
            no.put(f, new ArrayList<>());
        }
        for (RuleRef r : ruleSet.rules()) {
            (fired.contains(r) ? yes : no).computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
            yes.putIfAbsent(r.file(), new ArrayList<>());
            no.putIfAbsent(r.file(), new ArrayList<>());
        }
        List<RuleCoverage.FileCoverage> files = new ArrayList<>();
        yes.forEach((f, y) -> files.add(new RuleCoverage.FileCoverage(f, y, no.get(f))));
        return new RuleCoverage(files);
    }

    private static String list(Set<String> ids) {
        return ids.isEmpty() ? "none" : "[" + String.join(", ", ids) + "]";
    }

    private static String details(List<Check> failed) {
        if (failed.isEmpty()) {
            return "none";
        }
        List<String> out = new ArrayList<>();
        for (Check c : failed) {
            out.add(c.id() + " (" + c.actualText() + " < " + c.requiredText() + ")");
        }
        return "[" + String.join(", ", out) + "]";
    }
}
