package io.github.zirules.examples.spring;

import io.github.zirules.api.EvaluatorOptions;
import io.github.zirules.json.JsonLimits;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings, under the prefix {@code zirules} in {@code application.properties}, on the command line
 * ({@code --zirules.rules-dir=…}) or in the environment, where the dashes are left out ({@code ZIRULES_RULESDIR},
 * {@code ZIRULES_MAXDOCUMENTBYTES}).
 *
 * @param rulesDir a rule-set folder, or a folder of rule-set folders, to load beside the built-in rule sets (a folder
 *     with the id of a built-in one replaces it); none by default
 * @param includeBuiltIn whether the built-in rule sets are served (default true; false needs {@code rulesDir})
 * @param fireLimit the most rule firings one evaluation may take (default
 *     {@value EvaluatorOptions#DEFAULT_FIRE_LIMIT})
 * @param maxDocumentBytes the largest assessment accepted, in bytes, by the API and the upload page alike (default
 *     {@value JsonLimits#DEFAULT_MAX_DOCUMENT_BYTES}, 16 MiB); a larger one is answered with 413
 * @param reload whether {@code rulesDir} is watched and its rule sets reloaded safely when they change (default
 *     false): a folder without scenario tests, or whose scenarios fail, is refused and the old rules keep serving
 */
@ConfigurationProperties("zirules")
public record ZiRulesProperties(
        Path rulesDir,
        @DefaultValue("true") boolean includeBuiltIn,
        @DefaultValue("" + EvaluatorOptions.DEFAULT_FIRE_LIMIT) int fireLimit,
        @DefaultValue("" + JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES) long maxDocumentBytes,
        @DefaultValue("false") boolean reload) {

    /** Refuses {@code reload} without a folder to reload. */
    public ZiRulesProperties {
        if (reload && rulesDir == null) {
            throw new IllegalArgumentException("zirules.reload needs zirules.rules-dir (the folder to watch) but none "
                    + "was given");
        }
    }

    /** The evaluator options these settings describe. */
    public EvaluatorOptions evaluatorOptions() {
        EvaluatorOptions.Builder b = EvaluatorOptions.builder().includeBuiltIn(includeBuiltIn).fireLimit(fireLimit);
        if (rulesDir != null) {
            b.ruleSetDirectory(rulesDir);
        }
        return b.build();
    }

    /** The JSON limits these settings describe: the defaults, with {@link #maxDocumentBytes()}. */
    public JsonLimits jsonLimits() {
        return JsonLimits.builder().maxDocumentBytes(maxDocumentBytes).build();
    }
}
