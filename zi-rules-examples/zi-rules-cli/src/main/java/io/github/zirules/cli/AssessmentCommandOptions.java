package io.github.zirules.cli;

import io.github.zirules.api.Evaluator;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read one assessment file ({@code plan}, {@code compare}): a picocli mixin. */
final class AssessmentCommandOptions {

    @Option(names = "--lang", paramLabel = "id|en", description = "message language (default: from the locale)")
    Language lang;

    @Option(names = "--rules", paramLabel = "DIR", description = "extra rule-set folder to load")
    Path rules;

    /** {@code id} or {@code en}. */
    String language() {
        return Lang.resolve(lang);
    }

    /** The evaluator: the built-in rule sets and, if given, the {@code --rules} folder. */
    Evaluator evaluator() {
        return CommandSupport.evaluator(rules);
    }
}
