package io.github.zirules.cli;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Predicate;
import io.github.zirules.api.Result;
import io.github.zirules.planner.GapPlanner;
import io.github.zirules.planner.Plan;
import io.github.zirules.planner.PlannedChange;
import io.github.zirules.json.ZiJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan FILE}: the smallest set of answer changes that makes the unit eligible for its target, or why none
 * exists. Exit code 0 whenever a plan is made, feasible or not (the output says which).
 */
@Command(name = "plan", description = {"Find the fewest answer changes that reach WBK or WBBM (or say why none can).",
        "Cari perubahan jawaban paling sedikit untuk mencapai WBK atau WBBM (atau jelaskan mengapa tidak bisa)."})
public final class PlanCommand implements Callable<Integer> {

    private static final ZiJson JSON = ZiJson.create();

    @Parameters(index = "0", paramLabel = "FILE", description = "assessment file (zi-assessment/1)")
    Path file;

    @Option(names = "--target", paramLabel = "WBK|WBBM", description = "predicate to plan for (default: the file's)")
    Predicate target;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "output format")
    String format;

    @Mixin
    AssessmentCommandOptions options = new AssessmentCommandOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String l = options.language();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println(Lang.t(l, "--format harus text atau json, bukan '", "--format must be text or json but was '")
                    + format + "'");
            return ZiRulesCli.INVALID_INPUT;
        }
        if (target == Predicate.NONE) {
            err.println(Lang.t(l, "--target harus WBK atau WBBM", "--target must be WBK or WBBM"));
            return ZiRulesCli.INVALID_INPUT;
        }
        return CommandSupport.run(l, err, () -> {
            Assessment a = AssessmentFiles.read(file);
            Plan plan = GapPlanner.create(options.evaluator()).plan(a, target == null ? a.target()
                    : target);
            out.print(format.equals("json") ? json(plan) : text(plan, l));
            out.flush();
            return ZiRulesCli.OK;
        });
    }

    static String json(Plan plan) {
        return JSON.writePlan(plan);
    }

    static String text(Plan plan, String l) {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        Result r = plan.result();
        b.append(Lang.t(l, "Rencana menuju ", "Plan for ")).append(plan.target()).append(Lang.t(l, " untuk ",
                " for ")).append(r.unit().id()).append(" (").append(r.ruleSet().id()).append(' ')
                .append(r.ruleSet().version()).append(')').append(nl);
        b.append(Lang.t(l, "Dapat dicapai: ", "Feasible: ")).append(plan.feasible() ? Lang.t(l, "ya", "yes")
                : Lang.t(l, "tidak", "no")).append(nl);
        b.append(plan.reason().message(l)).append(" [").append(plan.reason().code()).append(']').append(nl);
        if (!plan.changes().isEmpty()) {
            b.append(Lang.t(l, "Perubahan:", "Changes:")).append(nl);
            for (PlannedChange c : plan.changes()) {
                b.append(String.format(java.util.Locale.ROOT, "  %-14s %12s -> %-12s %+7.2f %s%s%s", c.item(), show(c.from(), l),
                        show(c.to(), l), c.gain(), Lang.t(l, "poin", "points"), c.steps() > 1 ? " (" + c.steps()
                        + Lang.t(l, " langkah)", " steps)") : "", c.needsNewSurvey() ? Lang.t(l,
                        "  [perlu survei baru]", "  [needs a new survey]") : "")).append(nl);
            }
        }
        b.append(Lang.t(l, "Setelah perubahan: nilai total ", "After the changes: total ")).append(r.scores().total())
                .append(", ").append(r.eligible() ? Lang.t(l, "memenuhi syarat", "eligible")
                        : Lang.t(l, "belum memenuhi syarat", "not eligible"));
        if (!r.eligible()) {
            b.append(" (").append(r.verdict().failedChecks().stream().map(Check::id)
                    .collect(Collectors.joining(", "))).append(')');
        }
        return b.append(nl).toString();
    }

    private static String show(Answer a, String l) {
        return a == null ? Lang.t(l, "(kosong)", "(none)") : a.display();
    }
}
