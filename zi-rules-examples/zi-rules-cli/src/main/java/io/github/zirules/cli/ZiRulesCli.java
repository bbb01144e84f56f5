package io.github.zirules.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code zi-rules}: the command line. Exit codes: 0 done (whatever the verdict), 1 failed tests or checks,
 * 2 invalid input, 3 invalid rule set, 4 internal error.
 */
@Command(name = "zi-rules", mixinStandardHelpOptions = true, versionProvider = ZiRulesCli.Version.class,
        description = "Zona Integritas (PermenPAN-RB 90/2021) scoring on Drools.%n"
                + "Penilaian Zona Integritas (PermenPAN-RB 90/2021) dengan mesin aturan Drools.",
        subcommands = {ValidateCommand.class, TestCommand.class, RuleSetsCommand.class, PlanCommand.class,
                CompareCommand.class, CommandLine.HelpCommand.class})
public final class ZiRulesCli implements Callable<Integer> {

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

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return OK;
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new ZiRulesCli());
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            cmd.getErr().println("zi-rules: internal error (kesalahan internal): " + ex);
            return INTERNAL;
        });
        cl.setExitCodeExceptionMapper(ex -> INVALID_INPUT);
        return cl.execute(args);
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ZiRulesCli.class.getPackage().getImplementationVersion();
            return new String[] {"zi-rules " + (v == null ? "(development)" : v)};
        }
    }
}
