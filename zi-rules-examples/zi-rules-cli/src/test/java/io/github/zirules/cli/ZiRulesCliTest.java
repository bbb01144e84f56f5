package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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

    @Test
    void withoutACommandTheUsageIsPrinted() {
        Cli.Run r = Cli.run();
        assertEquals(ZiRulesCli.OK, r.exit());
        assertTrue(r.out().contains("evaluate  Score each assessment and write its report."), r.out());
    }
}
