package io.github.zirules.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Test helper: runs the command line as {@link ZiRulesCli#run} does, with output and errors into one writer. */
final class ZiRulesCliRunner {

    private ZiRulesCliRunner() {
    }

    static int run(StringWriter out, String... args) {
        CommandLine cl = new CommandLine(new ZiRulesCli());
        PrintWriter w = new PrintWriter(out, true);
        cl.setOut(w);
        cl.setErr(w);
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            throw ex;
        });
        cl.setExitCodeExceptionMapper(ex -> ZiRulesCli.INVALID_INPUT);
        return cl.execute(args);
    }
}
