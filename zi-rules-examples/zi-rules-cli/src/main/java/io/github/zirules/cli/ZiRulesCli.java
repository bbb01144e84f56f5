package io.github.zirules.cli;

import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.ZiRules;
import io.github.zirules.policy.PolicyRuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code zi-rules}: the command line. Exit codes: 0 done (whatever the verdict), 1 failed tests or checks,
 * 2 invalid input, 3 invalid rule set, 4 internal error, 5 the report could not be written (disk full, no
 * permission).
 */
@Command(name = "zi-rules", mixinStandardHelpOptions = true, versionProvider = ZiRulesCli.Version.class,
        description = "Zona Integritas (PermenPAN-RB 90/2021) scoring on Drools.%n"
                + "Penilaian Zona Integritas (PermenPAN-RB 90/2021) dengan mesin aturan Drools.")
public final class ZiRulesCli implements Callable<Integer> {

    /**
     * The subcommands' names, in the order the help lists them. Not in the {@code @Command} annotation: picocli reads
     * the annotations of every subcommand it is given (about a tenth of {@code validate}'s start), so a run that
     * names its subcommand first builds only that one ({@link #commandLine(PrintWriter, PrintWriter, String...)}).
     */
    static final List<String> SUBCOMMANDS = List.of("evaluate", "validate", "test", "rulesets", "copy", "plan",
            "compare", "import", "template", "help");

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: tests, properties or checks failed. */
    public static final int FAILED = 1;
    /** Exit code: invalid input. */
    public static final int INVALID_INPUT = 2;
    /** Exit code: invalid rule set. */
    public static final int INVALID_RULE_SET = 3;
    /** Exit code: internal error (a bug: please report it). */
    public static final int INTERNAL = 4;
    /** Exit code: the output could not be written (disk full, no permission); an earlier report is kept. */
    public static final int OUTPUT_FAILED = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    /**
     * Runs the command line on the process's standard output and error, both written as UTF-8, and returns the exit
     * code.
     */
    public static int run(String... args) {
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)), args);
    }

    /**
     * Runs the command line writing to {@code out} and {@code err} (for tests and embedding) and returns the exit
     * code. Both pass through the terminal sanitiser ({@link TerminalText}). No stack trace is ever written: an
     * unexpected exception is one line on {@code err} and exit code {@link #INTERNAL}, running out of memory or stack
     * one line and exit {@link #INVALID_RULE_SET} or {@link #INVALID_INPUT} (set the system property
     * {@code zirules.debug} to see the trace).
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        PrintWriter safeOut = new TerminalText.SafePrintWriter(out);
        PrintWriter safeErr = new TerminalText.SafePrintWriter(err);
        try {
            return commandLine(safeOut, safeErr, args).execute(args);
        } catch (VirtualMachineError e) {
            safeErr.println("zi-rules: " + ResourceErrors.message(e));
            debugTrace(e, safeErr);
            return ResourceErrors.exitCode(e);
        } finally {
            safeOut.flush();
            safeErr.flush();
            out.flush();
            err.flush();
        }
    }

    /**
     * The command line for {@code args}: with only the subcommand that {@code args} names first, if it names one other
     * than {@code help}, else with every subcommand. The two parse, print and exit alike for such arguments
     * ({@code ZiRulesCliTest.aRunThatNamesItsSubcommandPrintsWhatTheWholeCommandLineWouldPrint}): picocli does not
     * match a sibling's name after a subcommand, and help, version and error texts of a subcommand name only its
     * parent and itself.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        boolean named = args.length > 0 && !"help".equals(args[0]) && SUBCOMMANDS.contains(args[0]);
        return commandLine(out, err, named ? List.of(args[0]) : SUBCOMMANDS);
    }

    /** The command line with every subcommand. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, SUBCOMMANDS);
    }

    /**
     * The command line with {@code subcommands} and its handlers: an unexpected exception is one line on {@code err}
     * and exit 4.
     */
    private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> subcommands) {
        CommandLine cl = new CommandLine(new ZiRulesCli());
        // Before the settings below: picocli hands them to the subcommands it already has.
        for (String name : subcommands) {
            cl.addSubcommand(name, subcommand(name));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            Throwable cause = ex;
            while (cause.getCause() != null && !(cause instanceof VirtualMachineError)) {
                cause = cause.getCause();
            }
            int exit = INTERNAL;
            if (cause instanceof VirtualMachineError vm) {
                exit = ResourceErrors.exitCode(vm);
                cmd.getErr().println("zi-rules: " + ResourceErrors.message(vm));
            } else {
                cmd.getErr().println("zi-rules: internal error (kesalahan internal): " + ex
                        + " (please report it / mohon laporkan)");
            }
            debugTrace(ex, cmd.getErr());
            return exit;
        });
        cl.setExitCodeExceptionMapper(ex -> INVALID_INPUT);
        // Closed options are enums: picocli converts them in any case and says what a wrong value should be.
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println(ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr())) {
                cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + " --help: "
                        + "opsi dan nilai yang sah / the valid options and values");
            }
            return INVALID_INPUT;
        });
        return cl;
    }

    /** The class of the subcommand {@code name}, one of {@link #SUBCOMMANDS}. */
    static Class<?> subcommand(String name) {
        return switch (name) {
            case "evaluate" -> EvaluateCommand.class;
            case "validate" -> ValidateCommand.class;
            case "test" -> TestCommand.class;
            case "rulesets" -> RuleSetsCommand.class;
            case "copy" -> CopyCommand.class;
            case "plan" -> PlanCommand.class;
            case "compare" -> CompareCommand.class;
            case "import" -> ImportCommand.class;
            case "template" -> TemplateCommand.class;
            case "help" -> CommandLine.HelpCommand.class;
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    private static void debugTrace(Throwable t, PrintWriter err) {
        if (System.getProperty("zirules.debug") != null) {
            t.printStackTrace(err);
        }
    }

    /** Entry point. */
    public static void main(String[] args) {
        if (args.length > 0 && ("validate".equals(args[0]) || "test".equals(args[0]))) {
            // Both compile a folder's DRL: the compiler gets ready on the other core while picocli reads the line.
            PolicyRuleSet.prepareCompiler();
        }
        // evaluate: the built-in rule sets load on the other core while picocli reads the line.
        EvaluatorAhead.startFor(List.of(args));
        System.exit(run(args));
    }

    /**
     * {@code --version}: the build's version (from {@code version.properties}, filtered by Maven at build time, or
     * else the jar manifest), the Java running it, and every built-in rule set with its version and hash.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            List<String> lines = new ArrayList<>();
            lines.add("zi-rules " + version() + " (Java " + System.getProperty("java.version") + ")");
            lines.add("Rule sets / aturan:");
            for (RuleSetInfo r : ZiRules.evaluator().ruleSets()) {
                lines.add("  " + r.id() + " " + r.version() + (r.provisional() ? " (provisional / sementara)" : "")
                        + "  sha256:" + r.sha256());
            }
            return lines.toArray(String[]::new);
        }

        /** The version Maven wrote into {@code version.properties}, or the manifest's, or "unknown". */
        static String version() {
            try (InputStream in = ZiRulesCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    String v = p.getProperty("version", "");
                    if (!v.isBlank() && !v.startsWith("${")) {
                        return v;
                    }
                }
            } catch (IOException e) {
                // fall through to the manifest
            }
            String v = ZiRulesCli.class.getPackage().getImplementationVersion();
            return v == null ? "unknown" : v;
        }
    }
}
