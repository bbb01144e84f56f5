package io.github.zirules.cli;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.json.ZiJson;
import io.github.zirules.report.ReportFormat;
import io.github.zirules.report.ReportOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate FILE|DIR…}: scores each assessment and writes its report (text, zi-report/1 JSON, Markdown or one
 * self-contained HTML file), one result at a time so that any number of files runs in constant memory. Exit codes:
 * 0 done (whatever the verdicts), 2 an input was refused (every problem on standard error; the other files are
 * still scored), 3 the rule set was refused or failed, 4 internal error. See {@code docs/cli.md}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = ZiRulesCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Score each assessment and write its report.",
            "Nilai setiap penilaian dan tulis laporannya."},
        footer = {"", "Exit codes / kode keluar: 0 done / selesai (whatever the verdict / apa pun hasilnya), "
                + "2 invalid input / masukan tidak sah, 3 invalid rule set / aturan tidak sah, 4 internal error / "
                + "kesalahan internal."})
public final class EvaluateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "zi-assessment/1 files or LKE workbooks (.xlsx), - for standard input (JSON), or folders: "
                    + "their *.json and *.xlsx files, sorted (sub-folders only with --recursive)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-r", "--recursive"}, description = "enter the sub-folders of a folder too")
    boolean recursive;

    @Option(names = {"-f", "--format"}, paramLabel = "text|json|md|html|pdf|csv", defaultValue = "text",
            description = "report format (default: text); pdf (A4, to --out), csv (one row per unit), xlsx (the "
                    + "scored LKE, or a summary workbook for several files, to --out)")
    OptionValues.EvaluateFormat format;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "load rule sets from this folder too, beside the built-in ones (repeatable)")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--ruleset", paramLabel = "ID", description = "score every file with this rule set")
    String ruleSet;

    @Option(names = "--lang", paramLabel = "id|en", description = "report and message language (default: locale)")
    Language lang;

    @Mixin
    TargetOption targetOption = new TargetOption();

    @Mixin
    WorkbookOptions workbook = new WorkbookOptions();

    @Option(names = "--evaluator", paramLabel = "NAME", description = "with --format pdf: who signs the report "
            + "(default: a blank line to sign on)")
    String evaluatorName;

    @Option(names = "--place", paramLabel = "PLACE", description = "with --format pdf: where it is signed")
    String place;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the report's date (default: today)")
    LocalDate date;

    private boolean pdf;
    private boolean xlsx;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write the report here instead of stdout")
    Path out;

    @Option(names = "--json-layout", paramLabel = "array|lines",
            description = "several JSON reports as one array (default) or as JSON Lines")
    OptionValues.JsonLayout jsonLayout;

    @Option(names = "--all-warnings", description = "list every warning (default: summarise many of one kind)")
    boolean allWarnings;

    @Option(names = "--progress", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "progress bar on stderr (auto: long runs, stderr a terminal, reports not on it)")
    OptionValues.Progress progress;

    @Option(names = "--threads", paramLabel = "N", description = "score this many files at once (default: the "
            + "available processors); the reports are the same, in the same order, whatever N")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar and no summary on stderr")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String l = Lang.resolve(lang);
        List<String> bad = new ArrayList<>();
        ReportFormat docFormat = format.document();
        String f = format.name();
        pdf = format == OptionValues.EvaluateFormat.pdf;
        xlsx = format == OptionValues.EvaluateFormat.xlsx;
        if ((pdf || xlsx) && out == null) {
            bad.add("--format " + f + ": " + Lang.t(l, "sebutkan berkasnya dengan --out FILE." + f + " (berkas ini "
                    + "tidak ditulis ke terminal)", "name the file with --out FILE." + f + " (it is not written to "
                    + "the terminal)"));
        }
        if (targetOption.target == Predikat.NONE) {
            bad.add("--target: " + Lang.t(l, "harus WBK atau WBBM", "must be WBK or WBBM"));
        }
        if (threads != null && threads < 1) {
            bad.add("--threads: " + Lang.t(l, "harus 1 atau lebih, bukan " + threads,
                    "must be 1 or more, but was " + threads));
        }
        if (!bad.isEmpty()) {
            bad.forEach(err::println);
            return ZiRulesCli.INVALID_INPUT;
        }
        Evaluator evaluator;
        try {
            EvaluatorOptions.Builder o = EvaluatorOptions.builder();
            rules.forEach(o::ruleSetDirectory);
            evaluator = EvaluatorAhead.evaluator(o.build());
        } catch (InvalidRuleSetException e) {
            for (Problem p : e.problems()) {
                err.println(p.format(Lang.locale(l)));
            }
            err.println(Lang.t(l, e.problems().size() + " masalah; aturan ditolak.",
                    e.problems().size() + " problem(s); the rule set is refused."));
            return ZiRulesCli.INVALID_RULE_SET;
        }
        if (ruleSet != null && evaluator.ruleSets().stream().noneMatch(r -> r.id().equals(ruleSet))) {
            err.println("--ruleset: " + Lang.t(l, "aturan '" + ruleSet + "' tidak dikenal (yang sah: ",
                    "unknown rule set '" + ruleSet + "' (expected: ") + known(evaluator) + ")");
            return ZiRulesCli.INVALID_INPUT;
        }
        return run(evaluator, docFormat, l, err);
    }

    // The output is closed before the report file is committed (an atomic rename), inside the try that closes both.
    @SuppressWarnings("try")
    private int run(Evaluator evaluator, ReportFormat docFormat, String l, PrintWriter err) throws IOException {
        InputFiles in = InputFiles.of(inputs, recursive);
        int exit = ZiRulesCli.OK;
        for (Problem p : in.problems()) {
            err.println(p.format(Lang.locale(l)));
            exit = ZiRulesCli.INVALID_INPUT;
        }
        boolean toFile = out != null;
        AtomicReport file = null;
        Writer w;
        OutputStream bytes = null;
        try {
            file = toFile ? AtomicReport.create(out) : null;
            bytes = toFile ? file.stream() : null;
            w = toFile ? file.writer() : spec.commandLine().getOut();
        } catch (IOException e) {
            err.println("--out: " + Lang.t(l, "berkas " + out + " tidak dapat ditulis (" + e.getMessage() + ")",
                    "cannot write the file " + out + " (" + e.getMessage() + ")"));
            return ZiRulesCli.INVALID_INPUT;
        }
        boolean showProgress = !quiet && (progress == OptionValues.Progress.always
                || progress == OptionValues.Progress.auto && Terminal.stderrIsTerminal()
                && (toFile || !Terminal.stdoutIsTerminal()));
        Progress bar = new Progress(err, in.files().size(), showProgress, System::currentTimeMillis);
        FileEvaluator scorer = new FileEvaluator(evaluator, new AssessmentFiles(evaluator, ruleSet,
                targetOption.target, workbook),
                ruleSet, l);
        int scored = 0;
        FileEvaluator.Outcome last = null;
        try (AtomicReport report = file;
                ReportOutput output = pdf ? new ReportOutput.Pdf(bytes, reportOptions(l), evaluator)
                : xlsx ? new ReportOutput.Workbook(bytes, evaluator, in.singleFile())
                : output(docFormat, w, bytes, l, evaluator, in.singleFile())) {
            int done = 0;
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            ReportOutput drawer = output;
            try (OrderedBatch<Path, Scored> batch = new OrderedBatch<>(in.files(), Math.min(n,
                    Math.max(1, in.files().size())), f -> Scored.of(scorer.evaluate(f), drawer))) {
                while (batch.hasNext()) {
                    Scored s = batch.next();
                    FileEvaluator.Outcome o = s.outcome();
                    if (!o.lines().isEmpty()) {
                        bar.clear();
                        o.lines().forEach(err::println);
                    }
                    if (o.result() != null) {
                        output.add(o.result(), o.assessment(), s.drawn());
                        scored++;
                        last = o;
                    } else {
                        output.refused();
                        exit = Math.max(exit, o.exitCode());
                    }
                    bar.update(++done);
                }
            }
            output.close();
            if (last != null && ArchiveWarmUp.wanted()) {
                ArchiveWarmUp.drawEveryFormat(last.result(), last.assessment(), evaluator, reportOptions(l));
            }
            if (report != null && scored > 0) {
                report.commit();
            } else if (report != null) {
                err.println("--out: " + Lang.t(l, "tidak ada yang dinilai; " + out + " tidak ditulis",
                        "nothing was scored; " + out + " is not written") + (Files.exists(out) ? Lang.t(l,
                        " (isinya yang lama tetap)", " (its earlier content is kept)") : ""));
            }
        } catch (IOException e) {
            bar.clear();
            err.println((toFile ? "--out: " : "") + Lang.t(l, "laporan tidak dapat ditulis" + (toFile ? " ke " + out
                    + "; isinya yang lama tetap" : "") + " (" + e.getMessage() + "; disk penuh?)",
                    "the report could not be written" + (toFile ? " to " + out + "; its earlier content is kept"
                    : "") + " (" + e.getMessage() + "; is the disk full?)"));
            return ZiRulesCli.OUTPUT_FAILED;
        } finally {
            bar.clear();
            if (!toFile) {
                w.flush();
            }
        }
        int refused = in.files().size() - scored;
        if (!quiet && (in.files().size() > 1 || refused > 0)) {
            err.println(Lang.t(l, in.files().size() + " berkas: " + scored + " dinilai, " + refused + " ditolak.",
                    in.files().size() + " file(s): " + scored + " scored, " + refused + " refused."));
        }
        err.flush();
        return exit;
    }

    /**
     * A file's outcome and, when the output can draw ahead, its report already drawn (on the thread that scored it).
     *
     * @param outcome what scoring the file gave
     * @param drawn the report as {@link ReportOutput#draw} gives it; null when refused or drawn only when added
     */
    private record Scored(FileEvaluator.Outcome outcome, Object drawn) {
        static Scored of(FileEvaluator.Outcome o, ReportOutput output) {
            return new Scored(o, o.result() == null ? null : output.draw(o.result(), o.assessment()));
        }
    }

    private ReportOutput output(ReportFormat docFormat, Writer w, OutputStream bytes, String l, Evaluator evaluator,
            boolean single) throws IOException {
        if (docFormat != null) {
            return new ReportOutput.Document(docFormat, w, bytes, reportOptions(l), evaluator);
        }
        ReportOutput.Json.Layout layout = jsonLayout == OptionValues.JsonLayout.lines ? ReportOutput.Json.Layout.LINES
                : jsonLayout == null && single ? ReportOutput.Json.Layout.SINGLE : ReportOutput.Json.Layout.ARRAY;
        return new ReportOutput.Json(ZiJson.create(), w, bytes, layout);
    }

    private ReportOptions reportOptions(String l) {
        return ReportOptions.of(l).withAllWarnings(allWarnings).withDate(date == null ? LocalDate.now() : date)
                .withSignature(evaluatorName, place);
    }

    static String known(Evaluator evaluator) {
        return String.join(", ", evaluator.ruleSets().stream().map(RuleSetInfo::id).toList());
    }
}
