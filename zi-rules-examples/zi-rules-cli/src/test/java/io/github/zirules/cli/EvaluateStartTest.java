package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.api.RuleSetInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code evaluate}'s start does ahead of its turn changes nothing a run gives: the built-in rule sets loaded while
 * picocli reads the line ({@link EvaluatorAhead}), and the reports drawn into nothing by the run that writes the
 * launcher's class archive ({@link ArchiveWarmUp}).
 */
class EvaluateStartTest {

    @TempDir
    Path dir;

    @Test
    void theEvaluatorLoadedAheadIsTakenOnceByTheFirstCommandWithTheDefaultOptions() {
        EvaluatorAhead.startFor(List.of("evaluate", "some.json"));
        Evaluator ahead = EvaluatorAhead.evaluator(EvaluatorOptions.DEFAULTS);
        assertEquals(ids(Cli.ZI), ids(ahead));
        Evaluator later = EvaluatorAhead.evaluator(EvaluatorOptions.DEFAULTS);
        assertNotSame(ahead, later, "taken once: the next command loads its own");
        assertEquals(ids(Cli.ZI), ids(later));
    }

    @Test
    void nothingIsLoadedAheadForOtherCommandsOrWithRulesOfTheirOwn() {
        for (List<String> args : List.of(List.of("validate", "x"), List.of("evaluate", "--rules", "d", "x"),
                List.of("evaluate", "--rules=d", "x"), List.<String>of())) {
            EvaluatorAhead.startFor(args);
            Evaluator first = EvaluatorAhead.evaluator(EvaluatorOptions.DEFAULTS);
            Evaluator second = EvaluatorAhead.evaluator(EvaluatorOptions.DEFAULTS);
            assertNotSame(first, second, args.toString());
        }
    }

    @Test
    void theRunThatWritesTheArchiveWritesWhatAnyOtherRunWrites() throws IOException {
        for (String format : List.of("json", "text", "md")) {
            Path plain = dir.resolve("plain." + format);
            Path warmed = dir.resolve("warmed." + format);
            Cli.Run a = Cli.run("evaluate", "--format", format, "--date", "2026-01-02", "-o", plain.toString(),
                    Cli.sample("kpknl-jakarta-wbk").toString());
            Cli.Run b;
            System.setProperty(ArchiveWarmUp.PROPERTY, "true");
            try {
                assertTrue(ArchiveWarmUp.wanted());
                b = Cli.run("evaluate", "--format", format, "--date", "2026-01-02", "-o", warmed.toString(),
                        Cli.sample("kpknl-jakarta-wbk").toString());
            } finally {
                System.clearProperty(ArchiveWarmUp.PROPERTY);
            }
            assertEquals(ZiRulesCli.OK, a.exit(), a.err());
            assertEquals(a.exit(), b.exit(), format);
            assertEquals(a.out(), b.out(), format);
            assertEquals(a.err(), b.err(), format);
            assertEquals(Files.readString(plain), Files.readString(warmed), format);
        }
    }

    private static List<String> ids(Evaluator e) {
        return e.ruleSets().stream().map(RuleSetInfo::id).toList();
    }
}
