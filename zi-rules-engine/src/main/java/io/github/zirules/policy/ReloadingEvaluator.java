package io.github.zirules.policy;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.ReloadStatus;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.spi.Engine;
import io.github.zirules.engine.Catalog;
import io.github.zirules.rules.internal.LimitExceededException;
import io.github.zirules.rules.internal.RunBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Evaluator} whose rule sets can be replaced at run time without a restart (<i>muat ulang aman</i>).
 *
 * <p>{@link #reload()} compiles the rule-set folders again, runs the lint and the load-time checks, and runs the
 * scenario tests of every folder; only if all of that passes do the new rule sets replace the old ones, in one atomic
 * step. By default ({@link Scenarios#REQUIRED}) a folder without scenarios, which {@code zi-rules test} would refuse
 * (a half-copied folder, a {@code tests/} folder without {@code *.csv}), is refused too: a reload is safe only when
 * the rules were tested. If any step fails, the old rule sets stay live and the report says why.
 * Every evaluation reads the current rule sets once, so an evaluation in flight finishes on the version it began
 * with, and its result names that version and hash. Built-in rule sets are compiled again with the rest but cannot
 * change; their scenarios run with the library's own build, not on reload.
 *
 * <p>{@link #startWatching(Duration)} reloads by itself when files under the folders change, after they have been
 * quiet for the debounce time; listeners ({@link #addListener}) hear of every reload. Thread-safe.
 */
public final class ReloadingEvaluator implements Evaluator, AutoCloseable {

    /** The most time one reload (compiling, probing, running the scenarios) may take. */
    public static final Duration RELOAD_TIMEOUT = Duration.ofMinutes(2);

    /** Whether a rule-set folder must carry scenario tests to be loaded. */
    public enum Scenarios {
        /**
         * Every rule-set folder must have a {@code tests/} folder with at least one scenario file ({@code *.csv}),
         * as {@code zi-rules test} needs, and every scenario must pass (the default).
         */
        REQUIRED,
        /**
         * The scenarios of a folder that has them must pass; a folder without any is loaded untested. For rule sets
         * tested elsewhere, e.g. by the build that ships them.
         */
        IF_PRESENT
    }

    private final EvaluatorOptions options;
    private final Scenarios scenarios;
    private final AtomicReference<Generation> current;
    private final List<Consumer<ReloadReport>> listeners = new CopyOnWriteArrayList<>();
    private final Object reloading = new Object();
    private @Nullable FolderWatcher watcher;

    /** The rules serving, with the last reload refused since they were accepted (null if none): read together. */
    private record Generation(long number, Engine evaluator, @Nullable ReloadReport refused) {
        List<RuleSetInfo> infos() {
            return evaluator.ruleSets();
        }
    }

    private record Candidate(@Nullable Engine evaluator, List<Problem> problems, List<SuiteResult> scenarios) {
    }

    private ReloadingEvaluator(EvaluatorOptions options, Scenarios scenarios, Engine first) {
        this.options = options;
        this.scenarios = scenarios;
        this.current = new AtomicReference<>(new Generation(1, first, null));
    }

    /**
     * An evaluator over {@code options}, loaded and tested now; every rule-set folder must carry scenario tests
     * ({@link Scenarios#REQUIRED}).
     *
     * @throws InvalidRuleSetException if a rule set does not load, has no scenario tests, or its scenario tests do
     *     not pass (every problem is listed)
     */
    public static ReloadingEvaluator create(EvaluatorOptions options) {
        return create(options, Scenarios.REQUIRED);
    }

    /**
     * An evaluator over {@code options}, loaded and tested now, with {@code scenarios} deciding whether a folder
     * without scenario tests is refused, now and on every reload.
     *
     * @throws InvalidRuleSetException if a rule set does not load, lacks the scenarios {@code scenarios} asks for,
     *     or its scenario tests do not pass (every problem is listed)
     */
    public static ReloadingEvaluator create(EvaluatorOptions options, Scenarios scenarios) {
        Objects.requireNonNull(scenarios, "scenarios must not be null");
        Candidate c = candidate(options, scenarios, RELOAD_TIMEOUT);
        if (c.evaluator == null || !c.problems.isEmpty()) {
            throw new InvalidRuleSetException(options.ruleSetDirectories().toString(), c.problems);
        }
        return new ReloadingEvaluator(options, scenarios, c.evaluator);
    }

    /**
     * A candidate, never an exception: whatever goes wrong while loading or testing (out of stack or memory, a
     * deadline) is a problem of the candidate.
     */
    @SuppressWarnings("try") // the budget is a scope: open, it bounds the thread's load; it is never referenced
    private static Candidate candidate(EvaluatorOptions options, Scenarios scenarios, Duration timeout) {
        try (RunBudget budget = RunBudget.open(timeout)) {
            return candidateOrThrow(options, scenarios);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String why = e instanceof LimitExceededException ? e.getMessage() : e.toString();
            return new Candidate(null, List.of(Problem.error("RELOAD_FAILED", options.ruleSetDirectories()
                    .toString(), Message.of("RELOAD_FAILED", why), Message.of("RELOAD_FAILED.expected",
                            timeout.toSeconds()))), List.of());
        }
    }

    private static Candidate candidateOrThrow(EvaluatorOptions options, Scenarios scenarios) {
        List<Problem> problems = new ArrayList<>();
        List<SuiteResult> runs = new ArrayList<>();
        Catalog catalog;
        try {
            catalog = Catalog.load(options.ruleSetDirectories(), options.includeBuiltIn());
        } catch (InvalidRuleSetException e) {
            return new Candidate(null, e.problems(), runs);
        }
        for (Map.Entry<String, Path> e : catalog.folders().entrySet()) {
            PolicyRuleSet rs = new PolicyRuleSet(e.getValue(), catalog.ruleSet(e.getKey()));
            try {
                ScenarioSuite suite = ScenarioSuite.load(rs);
                if (suite.scenarios().isEmpty()) {
                    if (scenarios == Scenarios.REQUIRED) {
                        problems.add(untested(rs.testsDirectory()));
                    }
                    continue;
                }
                SuiteResult r = suite.run();
                runs.add(r);
                for (CaseResult f : r.failures()) {
                    problems.add(failed(f));
                }
            } catch (InvalidInputException ex) {
                problems.addAll(ex.problems());
            }
        }
        return new Candidate(catalog.engine(options.fireLimit(), options.evaluationTimeout()), problems,
                runs);
    }

    /** A folder without the scenarios {@code zi-rules test} needs: refused as that command refuses it. */
    private static Problem untested(@Nullable Path tests) {
        Message what = Message.of(Files.isDirectory(tests) ? "scenarios.no-file" : "scenarios.no-folder");
        return Problem.error("SCENARIOS_MISSING", tests.toString(), Message.of("SCENARIOS_MISSING", what),
                Message.of("SCENARIOS_MISSING.expected"));
    }

    private static Problem failed(CaseResult f) {
        Object why = f.error() != null ? f.error() : f.differences().stream().map(Difference::text).toList();
        return Problem.error("SCENARIO_FAILED", f.scenario().location(), Message.of("SCENARIO_FAILED",
                f.scenario().name(), why), Message.of("SCENARIO_FAILED.expected"));
    }

    /**
     * Loads the rule-set folders again and, if every rule set loads and passes its scenarios, makes them live.
     * Reloads never overlap; each tells the listeners. Never throws: a reload that fails in any way, or takes more
     * than {@link #RELOAD_TIMEOUT} (every probe and scenario inside it is stopped then), is refused and reported.
     */
    public ReloadReport reload() {
        return reload(RELOAD_TIMEOUT);
    }

    /** As {@link #reload()}, within {@code timeout}. */
    ReloadReport reload(Duration timeout) {
        ReloadReport report;
        synchronized (reloading) {
            Generation old = current.get();
            Candidate c = candidate(options, scenarios, timeout);
            if (c.evaluator != null && c.problems.isEmpty()) {
                Generation next = new Generation(old.number + 1, c.evaluator, null);
                current.set(next);
                report = new ReloadReport(true, next.number, old.infos(), next.infos(), List.of(), c.scenarios);
            } else {
                report = new ReloadReport(false, old.number, old.infos(), old.infos(), c.problems, c.scenarios);
                current.set(new Generation(old.number, old.evaluator, report));
            }
        }
        for (Consumer<ReloadReport> l : listeners) {
            try {
                l.accept(report);
            } catch (RuntimeException e) {
                // one failing listener must not keep the report from the others
            }
        }
        return report;
    }

    /** Tells {@code listener} of every reload, whether accepted or refused. */
    public void addListener(Consumer<ReloadReport> listener) {
        listeners.add(listener);
    }

    /**
     * Starts reloading by itself when a file under the rule-set folders changes, once they have been quiet for
     * {@code debounce}. Does nothing if it is already watching.
     *
     * @throws IOException if the folders cannot be watched
     */
    public synchronized void startWatching(Duration debounce) throws IOException {
        if (watcher == null) {
            watcher = new FolderWatcher(options.ruleSetDirectories(), debounce, this::reload);
            watcher.start();
        }
    }

    /** Stops watching the folders (a reload under way finishes). */
    public synchronized void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** Stops watching. */
    @Override
    public void close() {
        stopWatching();
    }

    /**
     * The last refused reload, with its problems, if no reload has been accepted since: what an operator must fix
     * while the rules serving now are older than the folder.
     */
    public Optional<ReloadReport> lastRefused() {
        return Optional.ofNullable(current.get().refused);
    }

    /** The generation serving now: 1 after creation, one more with each accepted reload. */
    public long generation() {
        return current.get().number;
    }

    /** {@inheritDoc} Reloading: the generation serving and the problems of its last refused reload. */
    @Override
    public ReloadStatus reloadStatus() {
        Generation g = current.get();
        return new ReloadStatus(true, g.number, g.infos(), g.refused == null ? List.of() : g.refused.problems());
    }

    @Override
    public Result evaluate(Assessment assessment) {
        return current.get().evaluator.evaluate(assessment);
    }

    @Override
    public List<Problem> validate(Assessment assessment) {
        return current.get().evaluator.validate(assessment);
    }

    @Override
    public RuleSetInfo ruleSetFor(Assessment assessment) {
        return current.get().evaluator.ruleSetFor(assessment);
    }

    @Override
    public Instrument instrument(String ruleSetId) {
        return current.get().evaluator.instrument(ruleSetId);
    }

    @Override
    public List<RuleSetInfo> ruleSets() {
        return current.get().infos();
    }

    /**
     * {@inheritDoc} The engine of the rule sets serving now: a tool that asks once per task (a plan, a property run)
     * works with one generation throughout, even if a reload replaces it meanwhile.
     */
    @Override
    public Optional<Engine> engine() {
        return Optional.of(current.get().evaluator);
    }
}
