package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The options with a closed set of values are enums: picocli offers the values to completion and converts them. */
class ClosedOptionsTest {

    private static List<String> candidates(String command, String option) {
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        CommandLine cl = ZiRulesCli.commandLine(nowhere, nowhere);
        List<String> out = new ArrayList<>();
        cl.getSubcommands().get(command).getCommandSpec().findOption(option).completionCandidates().forEach(out::add);
        return out;
    }

    @Test
    void shellCompletionOffersEachClosedOptionsValuesAsTheyAreTyped() {
        assertEquals(List.of("text", "txt", "json", "md", "markdown", "html", "pdf", "csv", "xlsx"),
                candidates("evaluate", "--format"));
        assertEquals(List.of("text", "json", "html"), candidates("compare", "--format"));
        assertEquals(List.of("text", "json"), candidates("plan", "--format"));
        assertEquals(List.of("array", "lines"), candidates("evaluate", "--json-layout"));
        assertEquals(List.of("auto", "always", "never"), candidates("evaluate", "--progress"));
        for (String command : List.of("evaluate", "validate", "plan", "compare", "rulesets")) {
            assertEquals(List.of("id", "en"), candidates(command, "--lang"), command);
        }
    }

    @Test
    void closedOptionValuesAreReadInAnyCase() {
        Cli.Run r = Cli.run("evaluate", "--format", "JSON", "--lang", "EN", Cli.example("random-1001-01").toString());
        assertEquals(ZiRulesCli.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("{"), r.out());
    }

    @Test
    void aWrongValueForPlanOrCompareIsRefusedByPicocliBeforeAnyFileIsRead() {
        Cli.Run plan = Cli.run("plan", "--format", "html", "no-such-file.json");
        assertEquals(ZiRulesCli.INVALID_INPUT, plan.exit());
        assertTrue(plan.err().startsWith("Invalid value for option '--format': expected one of [text, json] "
                + "(case-insensitive) but was 'html'"), plan.err());
        Cli.Run compare = Cli.run("compare", "--format", "pdf", "no-such-file.json");
        assertEquals(ZiRulesCli.INVALID_INPUT, compare.exit());
        assertTrue(compare.err().contains("expected one of [text, json, html]"), compare.err());
    }
}
