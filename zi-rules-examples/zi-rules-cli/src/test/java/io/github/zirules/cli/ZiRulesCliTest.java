package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ZiRulesCliTest {

    @Command(name = "meledak")
    static final class Exploding implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("sesuatu yang tidak terduga");
        }
    }

    @Test
    void anUnexpectedExceptionIsOneLineAndExitFour() {
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        CommandLine cl = ZiRulesCli.commandLine(new PrintWriter(new StringWriter()), errWriter);
        cl.addSubcommand(new Exploding());
        cl.setErr(errWriter);
        int exit = cl.execute("meledak");
        errWriter.flush();
        assertEquals(ZiRulesCli.INTERNAL, exit);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("zi-rules: internal error (kesalahan internal): "
                + "java.lang.IllegalStateException: sesuatu yang tidak terduga"), err.toString());
        assertFalse(err.toString().contains("\tat "));
    }

    /**
     * A run that names its subcommand first builds only that one; its help, version and error output and its exit
     * code are those of the command line with every subcommand.
     */
    @Test
    void aRunThatNamesItsSubcommandPrintsWhatTheWholeCommandLineWouldPrint() {
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[0]);
        runs.add(new String[] {"--help"});
        runs.add(new String[] {"tidak-ada"});
        runs.add(new String[] {"validat"});
        runs.add(new String[] {"--tidak-ada"});
        runs.add(new String[] {"validate", "--version"});
        for (String name : ZiRulesCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(
                new StringWriter())).getSubcommands().keySet()) {
            runs.add(new String[] {name, "--help"});
            runs.add(new String[] {name, "-h"});
            runs.add(new String[] {name, "--tidak-ada"});
            runs.add(new String[] {name, "--tidak-ada=1", "x"});
            runs.add(new String[] {"help", name});
        }
        runs.add(new String[] {"validate"});
        runs.add(new String[] {"evaluate", "--format"});
        runs.add(new String[] {"evaluate", "--format", "xml", "a.json"});
        runs.add(new String[] {"test", "--tries"});
        for (String[] args : runs) {
            StringWriter wholeOut = new StringWriter();
            StringWriter wholeErr = new StringWriter();
            int whole = ZiRulesCli.commandLine(new PrintWriter(wholeOut), new PrintWriter(wholeErr)).execute(args);
            StringWriter onlyOut = new StringWriter();
            StringWriter onlyErr = new StringWriter();
            int only = ZiRulesCli.commandLine(new PrintWriter(onlyOut), new PrintWriter(onlyErr), args).execute(args);
            String what = String.join(" ", args);
            assertEquals(whole, only, what);
            assertEquals(wholeOut.toString(), onlyOut.toString(), what);
            assertEquals(wholeErr.toString(), onlyErr.toString(), what);
        }
    }

    @Test
    void eachSubcommandIsListedUnderTheNameItsAnnotationGives() {
        for (String name : ZiRulesCli.SUBCOMMANDS) {
            assertEquals(name, ZiRulesCli.subcommand(name).getAnnotation(Command.class).name());
        }
    }

    @Test
    void onlyTheSubcommandNamedFirstIsBuilt() {
        PrintWriter none = new PrintWriter(new StringWriter());
        assertEquals(List.of("validate"), List.copyOf(ZiRulesCli.commandLine(none, none, "validate", "DIR")
                .getSubcommands().keySet()));
        assertEquals(10, ZiRulesCli.commandLine(none, none, "help", "validate").getSubcommands().size());
        assertEquals(10, ZiRulesCli.commandLine(none, none, "--version").getSubcommands().size());
    }

    @Test
    void withoutACommandTheUsageIsPrinted() {
        Cli.Run r = Cli.run();
        assertEquals(ZiRulesCli.OK, r.exit());
        assertTrue(r.out().contains("evaluate  Score each assessment and write its report."), r.out());
    }
}
