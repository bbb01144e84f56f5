package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileRulesCliTest {

    private static final String SQUARING = """

            import io.github.zirules.rules.Exact;

            rule "Jebakan: kuadrat"
                ruleflow-group "peringatan"
            when
                $butir : ScoredItem( id == "PEM.MP.1.a" )
                $k : Scorecard()
            then
                Exact x = $butir.getValue().plus( "2" );
            %s    $k.warn( "BESAR", "PEM.MP.1.a", x.toString(), "big" );
            end
            """.formatted("    x = x.times( x );\n".repeat(40));

    @Test
    void aRuleThatSquaresANumberFortyTimesIsRefusedCleanlyNamingTheRule(@TempDir Path dir) throws Exception {
        Path rules = Cli.builtInCopy(dir.resolve("aturan"));
        Files.writeString(rules.resolve("warnings.drl"), SQUARING, StandardOpenOption.APPEND);
        for (String command : new String[] {"validate", "evaluate"}) {
            Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> command.equals("validate")
                    ? Cli.run("validate", "--lang", "en", rules.toString())
                    : Cli.run("evaluate", "--lang", "en", "--rules", rules.toString(),
                    Cli.example("random-1001-01").toString()));
            assertEquals(ZiRulesCli.INVALID_RULE_SET, r.exit(), command + ": " + r.err());
            assertTrue(r.err().contains("Jebakan: kuadrat") && r.err().contains("65536"), command + ": " + r.err());
            r.assertNoStackTrace();
        }
    }
}
