package io.github.zirules.cli;

import picocli.CommandLine.Option;

/** The {@code --lang id|en} option of the commands that print messages: a picocli mixin. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "id|en", description = "message language (default: from the locale)")
    Language lang;

    /** {@code id} or {@code en}: the option if given, else from the locale. */
    String language() {
        return Lang.resolve(lang);
    }
}
