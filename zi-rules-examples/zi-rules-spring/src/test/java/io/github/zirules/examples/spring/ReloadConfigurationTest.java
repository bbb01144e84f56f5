package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.JsonLimits;
import io.github.zirules.policy.ReloadingEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.NestedExceptionUtils;

/** {@code zirules.reload}: the rules folder served with the library's safe reload; no context started. */
class ReloadConfigurationTest {

    /** The example rule set beside this module, which carries its scenario tests. */
    private static final Path TESTED = Path.of("../rulesets/agency-stricter-wbk");

    private static ZiRulesProperties reloading(Path dir) {
        return new ZiRulesProperties(dir, true, 1000, JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES, true);
    }

    @Test
    void withReloadOnTheRulesDirIsServedByAWatchingReloadingEvaluator() throws Exception {
        Evaluator e = ZiRulesConfiguration.newEvaluator(reloading(TESTED));
        try (ReloadingEvaluator zi = assertInstanceOf(ReloadingEvaluator.class, e)) {
            assertEquals(1, zi.generation());
            assertTrue(zi.ruleSets().stream().anyMatch(r -> r.id().equals("agency-stricter-wbk")),
                    zi.ruleSets()::toString);
        }
    }

    @Test
    void theReloadEndpointShowsTheRulesServingAndWhyTheLastReloadWasRefused(@TempDir Path tmp) throws Exception {
        Path rs = Files.createDirectories(tmp.resolve("agency-stricter-wbk").resolve("tests"))
                .getParent();
        for (String f : new String[] {"ruleset.properties", "stricter-wbk.drl", "tests/stricter-wbk.csv"}) {
            Files.copy(TESTED.resolve(f), rs.resolve(f));
        }
        try (ReloadingEvaluator zi = (ReloadingEvaluator) ZiRulesConfiguration.newEvaluator(reloading(rs))) {
            EvaluationController api = new EvaluationController(null, zi, null);
            assertEquals(List.of(), api.reloadState().lastRefused());
            Files.writeString(rs.resolve("stricter-wbk.drl"), Files.readString(rs.resolve("stricter-wbk.drl"))
                    .replace("then", "then System.exit( 0 );"));
            zi.reload();

            EvaluationController.ReloadState s = api.reloadState();
            assertTrue(s.reloading());
            assertEquals(1, s.generation());
            assertTrue(s.lastRefused().stream().anyMatch(p -> p.code().equals("LINT_FORBIDDEN_NAME")),
                    s.lastRefused()::toString);
            assertTrue(s.ruleSets().stream().anyMatch(r -> r.id().equals("agency-stricter-wbk")));
        }
    }

    @Test
    void withoutReloadTheEndpointShowsGenerationOneAndNoRefusalFromTheEvaluatorsOwnStatus() {
        Evaluator plain = ZiRules.evaluator();
        EvaluationController.ReloadState s = new EvaluationController(null, plain, null).reloadState();
        assertEquals(new EvaluationController.ReloadState(false, 1, plain.ruleSets().stream()
                .map(EvaluationController.RuleSetView::of).toList(), List.of()), s);
    }

    @Test
    void withReloadOnAFolderWithoutScenarioTestsStopsTheStart(@TempDir Path tmp) throws Exception {
        Path rs = Files.createDirectories(tmp.resolve("agency-stricter-wbk"));
        for (String f : new String[] {"ruleset.properties", "stricter-wbk.drl"}) {
            Files.copy(TESTED.resolve(f), rs.resolve(f));
        }

        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> ZiRulesConfiguration.newEvaluator(reloading(rs)));

        assertEquals("SCENARIOS_MISSING", e.problems().stream().map(Problem::code).findFirst().orElseThrow());
    }

    @Test
    void reloadWithoutARulesDirIsRefusedNamingBothKeys() {
        BindException e = assertThrows(BindException.class, () -> new Binder(new MapConfigurationPropertySource(
                Map.of("zirules.reload", "true"))).bindOrCreate("zirules", ZiRulesProperties.class));

        Throwable why = NestedExceptionUtils.getMostSpecificCause(e);
        assertTrue(why.getMessage().contains("zirules.reload needs zirules.rules-dir"), why::toString);
    }
}
