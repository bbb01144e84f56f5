package io.github.zirules.cli;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.json.ZiJson;
import io.github.zirules.planner.GapPlanner;
import io.github.zirules.planner.Plan;
import io.github.zirules.planner.PlanOptions;
import io.github.zirules.planner.PlannedChange;
import io.github.zirules.report.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan FILE}: the smallest set of answer changes that makes the unit eligible for its target, or why none
 * exists. Exit code 0 whenever a plan is made, feasible or not (the output says which).
 */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = ZiRulesCli.Version.class,
        description = {"Find the fewest answer changes that reach WBK or WBBM (or say why none can).",
        "Cari perubahan jawaban paling sedikit untuk mencapai WBK atau WBBM (atau jelaskan mengapa tidak bisa)."})
public final class PlanCommand implements Callable<Integer> {

    private static final ZiJson JSON = ZiJson.create();

    @Parameters(index = "0", paramLabel = "FILE", description = "assessment file (zi-assessment/1) or LKE workbook "
            + "(.xlsx; a Lampiran III workbook needs --target)")
    Path file;

    @Option(names = "--target", paramLabel = "WBK|WBBM", description = "predicate to plan for (default: the file's)")
    Predikat target;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "output format")
    OptionValues.PlanFormat format;

    @Option(names = "--allow-surveys", description = "also propose survey and other Hasil items (IPAK, IPKP, "
            + "KINERJA: a new survey or a measured result, not the team's own work)")
    boolean allowSurveys;

    @Option(names = "--freeze", paramLabel = "ITEM", split = ",", arity = "1..*",
            description = "items the unit will not change (repeatable, or comma-separated)")
    List<String> freeze = new ArrayList<>();

    @Mixin
    AssessmentCommandOptions options = new AssessmentCommandOptions();

    @Mixin
    WorkbookOptions workbook = new WorkbookOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String l = options.language();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (target == Predikat.NONE) {
            err.println(Lang.t(l, "--target harus WBK atau WBBM", "--target must be WBK or WBBM"));
            return ZiRulesCli.INVALID_INPUT;
        }
        List<ItemId> frozen = new ArrayList<>();
        for (String f : freeze) {
            try {
                frozen.add(ItemId.of(f.strip()));
            } catch (IllegalArgumentException e) {
                err.println("--freeze: " + Lang.t(l, "'" + f + "' bukan kode butir (contoh: PEM.MP.1.a)",
                        "'" + f + "' is not an item id (e.g. PEM.MP.1.a)"));
                return ZiRulesCli.INVALID_INPUT;
            }
        }
        return CommandSupport.run(l, err, () -> {
            Evaluator evaluator = options.evaluator();
            Assessment a = new AssessmentFiles(evaluator, null, target, workbook).read(file);
            Plan plan = GapPlanner.create(evaluator).plan(a, target == null ? a.target() : target,
                    new PlanOptions(allowSurveys, Set.copyOf(frozen)));
            out.print(format == OptionValues.PlanFormat.json ? json(plan)
                    : text(plan, l, ItemQuestions.of(evaluator, plan.result())));
            out.flush();
            return ZiRulesCli.OK;
        });
    }

    static String json(Plan plan) {
        return JSON.writePlan(plan);
    }

    /**
     * The plan for people: the unit and target, the reason in words (no codes), each change with its item's
     * question, and the outcome; an eligible unit gets one sentence and nothing else.
     */
    static String text(Plan plan, String l, ItemQuestions questions) {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        Result r = plan.result();
        b.append(Lang.t(l, "Rencana menuju ", "Plan for ")).append("Menuju " + plan.target())
                .append(Lang.t(l, " untuk ", " for ")).append(r.unit().id()).append(" (")
                .append(r.ruleSet().id()).append(' ').append(r.ruleSet().version()).append(')').append(nl);
        if (plan.changes().isEmpty() && plan.feasible()) {
            return b.append(Lang.t(l, "Sudah memenuhi syarat (nilai total " + Numbers.points(r.scores().total(), l)
                    + "); tidak ada yang perlu diubah.", "Already eligible (total " + Numbers.points(
                    r.scores().total(), l) + "); nothing needs to change.")).append(nl).toString();
        }
        b.append(plan.feasible() ? Lang.t(l, "Dapat dicapai. ", "Reachable. ")
                : Lang.t(l, "Tidak dapat dicapai. ",
                        "Not reachable. ")).append(plan.reason().message(Lang.locale(l))).append(nl);
        if (!plan.changes().isEmpty()) {
            b.append(Lang.t(l, "Perubahan:", "Changes:")).append(nl);
            for (PlannedChange c : plan.changes()) {
                b.append(String.format(Locale.ROOT, "  %-14s %12s → %-12s %6s ", c.item().value(), show(c.from(), l),
                                show(c.to(), l), Numbers.signedPoints(c.gain(), l)))
                        .append(Lang.t(l, "poin", "points")).append(c.steps() > 1 ? " (" + c.steps()
                                + Lang.t(l, " langkah)", " steps)") : "")
                        .append(c.needsNewSurvey() ? Lang.t(l, "  [perlu survei baru]", "  [needs a new survey]")
                                : "").append(nl);
                String q = questions.of(c.item());
                if (!q.isEmpty()) {
                    b.append("      ").append(q).append(nl);
                }
            }
            b.append(Lang.t(l, "Setelah perubahan: nilai total ", "After the changes: total "))
                    .append(Numbers.points(r.scores().total(), l)).append(", ")
                    .append(r.eligible() ? Lang.t(l, "memenuhi syarat", "eligible")
                            : Lang.t(l, "belum memenuhi syarat", "not eligible"));
            if (!r.eligible()) {
                b.append(" (").append(r.verdict().failedChecks().stream().map(Check::id)
                        .collect(Collectors.joining(", "))).append(')');
            }
            b.append(nl);
        }
        return b.toString();
    }

    private static String show(Answer a, String l) {
        return a == null ? Lang.t(l, "(kosong)", "(none)") : Numbers.answer(a, l);
    }
}
