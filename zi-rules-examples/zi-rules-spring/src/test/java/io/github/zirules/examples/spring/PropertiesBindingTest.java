package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.json.JsonLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The {@code zirules.*} keys as application.properties or the environment spell them; no context started. */
class PropertiesBindingTest {

    private static ZiRulesProperties bind(Map<String, String> props) {
        return new Binder(new MapConfigurationPropertySource(props)).bindOrCreate("zirules",
                ZiRulesProperties.class);
    }

    @Test
    void withNothingSetTheServiceUsesTheLibraryDefaults() {
        ZiRulesProperties p = bind(Map.of());

        assertNull(p.rulesDir());
        assertEquals(EvaluatorOptions.DEFAULTS, p.evaluatorOptions());
        assertEquals(JsonLimits.DEFAULTS, p.jsonLimits());
    }

    @Test
    void aRulesDirIsLoadedBesideOrInsteadOfTheBuiltInOnes() {
        ZiRulesProperties p = bind(Map.of("zirules.rules-dir", "/etc/zi-rules/rulesets",
                "zirules.include-built-in", "false", "zirules.fire-limit", "5000",
                "zirules.max-document-bytes", "1048576"));

        EvaluatorOptions o = p.evaluatorOptions();
        assertEquals(List.of(Path.of("/etc/zi-rules/rulesets")), o.ruleSetDirectories());
        assertFalse(o.includeBuiltIn());
        assertEquals(5000, o.fireLimit());
        assertEquals(1_048_576, p.jsonLimits().maxDocumentBytes());
    }

    @Test
    void anEnvironmentVariableSetsTheRulesDirWithTheDashLeftOut() {
        SystemEnvironmentPropertySource env = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("ZIRULES_RULESDIR", "rules", "ZIRULES_MAXDOCUMENTBYTES", "2048"));

        ZiRulesProperties p = new Binder(ConfigurationPropertySources.from(env)).bindOrCreate("zirules",
                ZiRulesProperties.class);

        assertEquals(Path.of("rules"), p.rulesDir());
        assertEquals(2048, p.maxDocumentBytes());
        assertTrue(p.includeBuiltIn());
    }
}
