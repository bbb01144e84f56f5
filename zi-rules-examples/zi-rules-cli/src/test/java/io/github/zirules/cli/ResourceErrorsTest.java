package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ResourceErrorsTest {

    private static StackOverflowError thrownIn(String className) {
        StackOverflowError e = new StackOverflowError();
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "run", "X.java", 1)});
        return e;
    }

    @Test
    void runningOutInTheRulesIsARuleSetErrorAndElsewhereAnInputError() {
        assertEquals(ZiRulesCli.INVALID_RULE_SET, ResourceErrors.exitCode(thrownIn("org.drools.mvel.Parser")));
        assertEquals(ZiRulesCli.INVALID_INPUT, ResourceErrors.exitCode(thrownIn("com.fasterxml.jackson.X")));
        String m = ResourceErrors.message(new OutOfMemoryError());
        assertTrue(m.contains("memory") && m.contains("memori") && !m.contains("Error"), m);
    }

    @Test
    void anOutOfMemoryErrorOnOneFileIsThatFilesOutcomeAndTheNextFileIsScored() {
        Evaluator real = Cli.ZI;
        Evaluator flaky = (Evaluator) Proxy.newProxyInstance(Evaluator.class.getClassLoader(),
                new Class<?>[] {Evaluator.class}, (proxy, method, args) -> {
                    if (method.getName().equals("evaluate") && ((Assessment) args[0]).unit().id().equals("R1001-1")) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        FileEvaluator scorer = new FileEvaluator(flaky, new AssessmentFiles(flaky, null, null, new WorkbookOptions()), null, "en");
        FileEvaluator.Outcome first = scorer.evaluate(Cli.example("random-1001-01"));
        assertNull(first.result());
        assertEquals(ZiRulesCli.INVALID_INPUT, first.exitCode());
        assertTrue(first.lines().get(0).contains("too much memory"), first.lines().toString());
        assertNotNull(scorer.evaluate(Cli.example("random-1001-02")).result());
    }
}
