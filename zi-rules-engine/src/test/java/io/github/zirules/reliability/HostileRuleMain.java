package io.github.zirules.reliability;

import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.ZiRules;
import io.github.zirules.engine.internal.CompiledRuleSet;
import io.github.zirules.engine.internal.DroolsEvaluator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Run in a child JVM by {@link HostileRuleSetTest} for the traps that must never run inside the test JVM (a rule
 * calling {@code System.exit}, a consequence that spins forever): loads the rule set in {@code args[0]}, then
 * scores the trigger on a worker thread, waiting at most {@code args[1]} seconds. With a third argument, the clean
 * rule-set folder, it skips the lint and the probes ({@link Unlinted}) and runs the hostile rules as they are.
 * Prints one line, {@code OUTCOME<TAB>kind<TAB>detail}, then exits 0 (which also ends a worker that still spins).
 * A child that exits with another status and prints no outcome was ended by the rule itself.
 *
 * <p>With {@code --both} after the clean folder, one JVM serves both runs of a case: the hostile folder loaded as
 * users load it (an outcome line if it is refused, as it must be), then the same rules without the lint (a second
 * line). Should the first load succeed, its evaluation runs instead and the child ends after that one line; the test
 * then starts a second child for the run without the lint. Half the JVM starts of one child per run.
 */
public final class HostileRuleMain {

    private HostileRuleMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long timeout = Long.parseLong(args[1]);
        Callable<Result> evaluation;
        boolean unlinted = args.length > 2;
        if (!unlinted || (args.length > 3 && args[3].equals("--both"))) {
            Evaluator ev;
            try {
                ev = ZiRules.evaluator(EvaluatorOptions.builder().ruleSetDirectory(dir).includeBuiltIn(false)
                        .build());
                unlinted = false;
            } catch (InvalidRuleSetException e) {
                refused(e);
                if (!unlinted) {
                    return;
                }
                ev = null;
            }
            Evaluator loaded = ev;
            evaluation = () -> loaded.evaluate(HostileRuleSets.trigger(loaded.instrument("permenpan-rb-90-2021")));
        } else {
            evaluation = null;
        }
        if (unlinted) {
            CompiledRuleSet rs = Unlinted.compile(Path.of(args[2]), dir);
            evaluation = () -> DroolsEvaluator.evaluateWith(rs, HostileRuleSets.trigger(rs.instrument()),
                    EvaluatorOptions.DEFAULT_FIRE_LIMIT, null);
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "zi-worker");
            t.setDaemon(true);
            return t;
        });
        Future<Result> f = worker.submit(evaluation);
        try {
            Result r = f.get(timeout, TimeUnit.SECONDS);
            print("RAN", "scored, total " + r.scores().total());
        } catch (TimeoutException e) {
            f.cancel(true);
            Thread.sleep(1000);
            boolean spinning = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("zi-worker") && t.getState() == Thread.State.RUNNABLE);
            print("HUNG", "no result after " + timeout + " s; after cancel(true) the worker thread is "
                    + (spinning ? "still running (an interrupt cannot stop it)" : "stopped"));
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            print(c instanceof EvaluationException ? "STOPPED_AT_RUN_TIME" : "FAILED", String.valueOf(c));
        }
        System.exit(0);
    }

    private static void refused(InvalidRuleSetException e) {
        Problem p = e.problems().get(0);
        print("REFUSED_AT_LOAD", String.join(" ", e.problems().stream().map(Problem::code).distinct().toList())
                + " at " + p.location());
    }

    private static void print(String kind, String detail) {
        System.out.println("OUTCOME\t" + kind + "\t" + detail.replace('\n', ' '));
        System.out.flush();
    }
}
