package io.github.zirules.api.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message catalogue behind {@link io.github.zirules.api.Message}: {@code io/github/zirules/api/messages_en} and
 * {@code messages_id}, loaded once. Every locale but Bahasa Indonesia gets English (never the JVM's default locale).
 */
public final class MessageCatalogue {

    private static final String BUNDLE = "io.github.zirules.api.messages";
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    private static final ResourceBundle ID = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("id"));

    private MessageCatalogue() {
    }

    /** Whether {@code locale} asks for Bahasa Indonesia ({@code id}, or the old code {@code in}). */
    public static boolean indonesian(Locale locale) {
        return locale != null && ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()));
    }

    /** The bundle for {@code locale}. */
    public static ResourceBundle bundle(Locale locale) {
        return indonesian(locale) ? ID : EN;
    }

    /** Whether the bundle for {@code locale} has {@code key}. */
    public static boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }

    /** The pattern under {@code key} in the language of {@code locale}. */
    public static String pattern(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the message catalogue has no key '" + key + "'", e);
        }
    }
}
