package io.github.zirules.cli;

/**
 * The values of {@code --lang}. picocli converts the option (in any case), offers the values to shell completion and
 * refuses any other value naming them; the constants are lower case because picocli writes their names in that
 * message, and they are what a user types.
 */
enum Language {
    /** Bahasa Indonesia. */
    id,
    /** English. */
    en
}
