package io.github.zirules.cli;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Result;
import io.github.zirules.compare.AnswerSet;
import io.github.zirules.compare.AnswerSetComparison;
import io.github.zirules.compare.CheckDifference;
import io.github.zirules.compare.ItemDifference;
import io.github.zirules.compare.ScoreDifference;
import io.github.zirules.json.ZiJson;
import io.github.zirules.report.Numbers;
import java.io.PrintWriter;
import java.math.BigDecimal;
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
 * {@code compare FILE}: the unit's answers and each reviewer's (TPI, TPN) side by side, with the items, scores and
 * checks where they differ. Exit code 0 whenever the comparison is made.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = ZiRulesCli.Version.class,
        description = {"Compare the unit's answers with its reviewers' (TPI, TPN), side by side.",
        "Bandingkan jawaban unit dengan jawaban penilai (TPI, TPN) berdampingan."})
public final class CompareCommand implements Callable<Integer> {

    private static final ZiJson JSON = ZiJson.create();

    @Parameters(index = "0", paramLabel = "FILE", description = "assessment file (zi-assessment/1 with reviews) or "
            + "an inspectorate's LKE workbook (.xlsx, with its TPI columns)")
    Path file;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text", description = "output format")
    OptionValues.CompareFormat format;

    @Mixin
    AssessmentCommandOptions options = new AssessmentCommandOptions();

    @Mixin
    TargetOption targetOption = new TargetOption();

    @Mixin
    WorkbookOptions workbook = new WorkbookOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String l = options.language();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return CommandSupport.run(l, err, () -> {
            Evaluator evaluator = options.evaluator();
            AnswerSetComparison cmp = AnswerSetComparison.compare(evaluator,
                    new AssessmentFiles(evaluator, null, targetOption.target, workbook).read(file));
            ItemQuestions questions = ItemQuestions.of(evaluator, cmp.unit().result());
            out.print(switch (format) {
                case json -> json(cmp);
                case html -> CompareHtml.page(cmp, l, questions);
                case text -> text(cmp, l, questions);
            });
            out.flush();
            return ZiRulesCli.OK;
        });
    }

    static String json(AnswerSetComparison cmp) {
        return JSON.writeComparison(cmp);
    }

    static String text(AnswerSetComparison cmp, String l, ItemQuestions questions) {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        Result unit = cmp.unit().result();
        b.append(Lang.t(l, "Perbandingan jawaban ", "Answer sets of ")).append(unit.unit().id()).append(" (")
                .append(unit.ruleSet().id()).append(", ").append(unit.verdict().target()).append(')').append(nl);
        for (AnswerSet s : cmp.sets()) {
            b.append(String.format(java.util.Locale.ROOT, "  %-6s %s %6s  %s%s", s.role(), Lang.t(l, "total",
                    "total"), Numbers.points(s.result().scores().total(), l), s.result().eligible() ? Lang.t(l, "memenuhi syarat",
                    "eligible") : Lang.t(l, "belum memenuhi syarat", "not eligible"), failed(s))).append(nl);
        }
        if (cmp.sets().size() == 1) {
            return b.append(Lang.t(l, "Tidak ada jawaban penilai (reviews).", "No reviewer answers (reviews)."))
                    .append(nl).toString();
        }
        b.append(Lang.t(l, "Butir yang berbeda: ", "Items that differ: ")).append(cmp.items().size()).append(nl);
        for (ItemDifference d : cmp.items()) {
            b.append("  ").append(d.item()).append(':');
            d.answers().forEach((role, a) -> b.append("  ").append(role).append(' ').append(show(a, l)).append(" (")
                    .append(Numbers.points(d.points().get(role), l)).append(')'));
            b.append(nl);
            String q = questions.of(d.item());
            if (!q.isEmpty()) {
                b.append("      ").append(q).append(nl);
            }
        }
        b.append(Lang.t(l, "Nilai yang berbeda:", "Scores that differ:")).append(nl);
        for (ScoreDifference d : cmp.scores()) {
            b.append("  ").append(d.id()).append(':');
            d.values().forEach((role, v) -> b.append("  ").append(role).append(' ').append(Numbers.points(v, l)));
            b.append("  Δ ").append(d.differences().entrySet().stream().map(e -> e.getKey() + " "
                    + signed(e.getValue(), l)).collect(Collectors.joining(", "))).append(nl);
        }
        if (!cmp.checks().isEmpty()) {
            b.append(Lang.t(l, "Syarat yang hasilnya berbeda:", "Checks with different outcomes:")).append(nl);
            for (CheckDifference d : cmp.checks()) {
                b.append("  ").append(d.id()).append(':');
                d.passed().forEach((role, p) -> b.append("  ").append(role).append(' ').append(actual(d.actual()
                                .get(role), l))
                        .append(Boolean.TRUE.equals(p) ? Lang.t(l, " lulus", " passed") : Lang.t(l, " gagal",
                                " failed")));
                b.append(nl);
            }
        }
        return b.toString();
    }

    private static String failed(AnswerSet s) {
        String f = s.result().verdict().failedChecks().stream().map(Check::id).collect(Collectors.joining(", "));
        return f.isEmpty() ? "" : " (" + f + ")";
    }

    /** A difference with its sign, in the language's number format; {@code -} when there is none. */
    static String signed(BigDecimal d, String l) {
        return d == null ? "-" : Numbers.signedPoints(d, l);
    }

    /** A check's actual value: points in the language's format, or a grade as it is. */
    static String actual(String v, String l) {
        if (v == null) {
            return "-";
        }
        try {
            return Numbers.points(new BigDecimal(v), l);
        } catch (NumberFormatException e) {
            return v;
        }
    }

    static String show(Answer a, String l) {
        return a == null ? Lang.t(l, "(kosong)", "(none)") : Numbers.answer(a, l);
    }
}
